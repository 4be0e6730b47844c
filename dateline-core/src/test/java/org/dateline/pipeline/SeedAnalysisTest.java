package org.dateline.pipeline;

import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careful reader sees by eye in the five real seed articles of {@code ../shared/seeds}; skipped
 * when that folder is absent. Nothing of the seeds is copied here: the checks read the raw files.
 */
class SeedAnalysisTest {
    private static Map<String, AnalyzedArticle> BY_FILE;

    @BeforeAll
    static void analyzeSeeds() {
        BY_FILE = SeedCorpus.analyzed();
    }

    @Test
    void noQuoteComesFromAReaderComment() throws IOException {
        for (var e : BY_FILE.entrySet()) {
            Optional<String> section = SeedCorpus.comments(e.getKey());
            if (section.isEmpty()) {
                continue;
            }
            String comments = section.get();
            assertThat(e.getValue().article().text()).doesNotContain(comments.strip().lines().findFirst().orElseThrow());
            for (Quote q : e.getValue().quotes()) {
                assertThat(comments).as("quote from the comment section of " + e.getKey()).doesNotContain(q.text());
            }
        }
    }

    @Test
    void aBodyPrintedTwiceIsKeptOnce() {
        for (AnalyzedArticle a : BY_FILE.values()) {
            List<String> paragraphs = a.article().text().lines().filter(l -> l.strip().length() > 60).toList();
            assertThat(paragraphs).as(a.article().source()).doesNotHaveDuplicates();
        }
    }

    @Test
    void oneActorPerPersonAndEveryLavrovMentionInIt() {
        for (AnalyzedArticle a : BY_FILE.values()) {
            List<Actor> lavrovs = a.actors().stream().filter(x -> x.name().contains("Lavrov")).toList();
            assertThat(lavrovs).as(a.article().source()).hasSize(1);
            assertThat(lavrovs.get(0).country()).isEqualTo("RUS");
        }
    }

    @Test
    void theAzerbaijaniMinistersWordsAreHis() {
        AnalyzedArticle xinhua = BY_FILE.values().stream()
                .filter(a -> "Xinhua".equals(a.article().outlet())).findFirst().orElseThrow();
        List<Quote> informed = xinhua.quotes().stream().filter(q -> q.text().startsWith("I informed")).toList();
        assertThat(informed).isNotEmpty();
        assertThat(informed).allMatch(q -> q.speaker().name() != null && q.speaker().name().contains("Mammadyarov"));
    }

    @Test
    void indirectSpeechIsFoundAndAttributed() {
        long indirect = BY_FILE.values().stream().flatMap(a -> a.quotes().stream())
                .filter(q -> q.kind() != org.dateline.model.QuoteKind.DIRECT).count();
        assertThat(indirect).isGreaterThanOrEqualTo(5);
        assertThat(BY_FILE.values().stream().flatMap(a -> a.quotes().stream()))
                .allMatch(q -> q.speaker().mention() != null && !q.speaker().mention().isBlank());
    }

    @Test
    void timesWithoutAKnownYearStayOpen() {
        AnalyzedArticle tass = BY_FILE.values().stream()
                .filter(a -> "TASS".equals(a.article().outlet())).findFirst().orElseThrow();
        assertThat(tass.article().dateline()).isNotNull();
        assertThat(tass.article().dateline().date()).startsWith("XXXX-");
        assertThat(tass.times()).noneMatch(t -> t.value() != null && t.value().startsWith("2026"));
    }
}
