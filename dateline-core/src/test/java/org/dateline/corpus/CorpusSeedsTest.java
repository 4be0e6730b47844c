package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.SeedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus stage on the five real seed articles of {@code ../shared/seeds} (skipped when absent): the same
 * diplomat on the same conflict over ten years, so one actor per person across outlets and spellings, and
 * five different stories.
 */
class CorpusSeedsTest {
    private static final List<AnalyzedArticle> ANALYZED = new ArrayList<>();
    private static CorpusActors.Result actors;

    @BeforeAll
    static void analyzeSeeds() {
        ANALYZED.addAll(SeedCorpus.analyzed().values());
        actors = new CorpusActors().merge(ANALYZED);
    }

    /** The corpus ids of the per-article persons whose name contains {@code word}. */
    private static Set<String> corpusIdsOfPersonsNamed(String word) {
        return ANALYZED.stream().flatMap(a -> a.actors().stream())
                .filter(a -> a.type() == ActorType.PERSON && a.name().contains(word))
                .map(a -> actors.corpusIdOf().get(a.id())).collect(Collectors.toSet());
    }

    @Test
    void lavrovAliyevAndSarkisianAreOneActorEachAcrossTheSeeds() {
        for (String name : List.of("Lavrov", "Ilham Aliyev", "Sarkisian")) {
            assertThat(corpusIdsOfPersonsNamed(name)).as(name).hasSize(1);
        }
        Actor lavrov = actors.actors().stream().filter(a -> a.name().contains("Lavrov")).findFirst().orElseThrow();
        assertThat(lavrov.aliases()).as("both spellings of the given name").anyMatch(a -> a.contains("Serge"));
        assertThat(ANALYZED.stream().filter(a -> a.actors().stream().anyMatch(x -> x.name().contains("Lavrov"))))
                .as("Lavrov is named in every seed").hasSize(5);
    }

    @Test
    void theBlockedMergeGivesTheLocalMergeOnTheSeeds() {
        SameActors.assertBlockedIsLocal(ANALYZED);
    }

    @Test
    void peopleWhoShareASurnameStemStayApart() {
        assertThat(corpusIdsOfPersonsNamed("Mehriban Aliyeva")).hasSize(1)
                .doesNotContainAnyElementsOf(corpusIdsOfPersonsNamed("Ilham Aliyev"));
        assertThat(corpusIdsOfPersonsNamed("Elmar Mammadyarov")).hasSize(1)
                .doesNotContainAnyElementsOf(corpusIdsOfPersonsNamed("Novruz Mammadov"));
    }

    @Test
    void theFiveSeedsAreFiveStories() {
        Stories stories = new Stories();
        Set<String> ids = ANALYZED.stream().sorted(Stories.OLDEST_FIRST)
                .map(a -> stories.assign(a, actors.corpusIdOf())).collect(Collectors.toSet());
        assertThat(ids).hasSize(5);
        assertThat(stories.stories()).hasSize(5).allSatisfy(s -> assertThat(s.articles()).hasSize(1));
    }
}
