package org.dateline.corpus;

import org.dateline.corpus.StoryExplanation.Explanation;
import org.dateline.corpus.StoryExplanation.Rule;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Why an article is in its story and thread, replayed on what one run linked: a dam breach, its inquiry, a cup final. */
class StoryExplanationTest {
    static final String BREACH = "The Kessa dam breached on Sunday night and floodwater swept through three villages "
            + "of the Orlen valley. Governor Ida Varn ordered the evacuation of the valley as the flood spread.";
    static final String BREACH_REWORDED = "Floodwater from the broken Kessa dam covered villages in the Orlen valley, "
            + "and Governor Ida Varn said thousands had been evacuated from the flood since the dam breached.";
    static final String INQUIRY = "An inquiry into the Kessa dam breach found that engineers had reported cracks in "
            + "the dam a year before the Orlen valley flood, Governor Ida Varn told the assembly.";
    static final String CUP = "The Tarn football club won the regional cup final after a penalty shoot-out, and "
            + "fans celebrated in the square.";

    private static Actor varn() {
        return new Actor("varn", "Ida Varn", ActorType.PERSON, List.of(), List.of("Governor"), null, Sector.GOV, 1);
    }

    /** What one run links from the five articles, as an output folder gives it back. */
    private static Corpus.Earlier output() {
        Corpus corpus = new Corpus();
        List.of(StoriesTest.article("r1", "Orlen Courier", "2030-06-02", "Kessa dam breaks, valley flooded", BREACH,
                        null, varn()),
                StoriesTest.article("r2", "Valley Radio", "2030-06-03", "Thousands evacuated after dam failure",
                        BREACH_REWORDED, null, varn()),
                StoriesTest.article("r3", "Plains Herald", "2030-06-03", "Kessa dam breaks, valley flooded", BREACH,
                        null, varn()),
                StoriesTest.article("r4", "Orlen Courier", "2030-07-15", "Dam cracks were known, inquiry finds",
                        INQUIRY, null, varn()),
                StoriesTest.article("r5", "Orlen Courier", "2030-06-02", "Tarn wins the cup", CUP, null))
                .forEach(corpus::add);
        Corpus.Linked linked = corpus.link();
        return new Corpus.Earlier(linked.articles(), linked.actors(), linked.stories());
    }

    @Test
    void aReportOfTheSameHappeningJoinsTheStoryOfTheMostSimilarEarlierArticle() {
        Corpus.Earlier output = output();
        Map<String, String> storyOf = output.articles().stream()
                .collect(Collectors.toMap(a -> a.article().id(), a -> a.article().story()));
        Explanation r2 = StoryExplanation.explain(output, "r2");

        assertThat(r2.story().rule()).isEqualTo(Rule.JOINED);
        assertThat(r2.story().agrees()).isTrue();
        assertThat(r2.story().match().article()).isIn("r1", "r3");
        assertThat(r2.story().group()).isEqualTo(storyOf.get("r1"));
        Stories.Match m = r2.story().match();
        assertThat(m.similarity().score()).isGreaterThanOrEqualTo(m.threshold()).isEqualTo(m.similarity().time()
                * (Stories.Similarity.TEXT * m.similarity().text() + Stories.Similarity.ENTITIES * m.similarity().entities()
                + Stories.Similarity.PLACES * m.similarity().places() + Stories.Similarity.EVENTS * m.similarity().events()),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.terms()).contains("kessa", "dam", "flood").doesNotContain("the");
        assertThat(m.entities()).containsExactly(output.actors().get(0).id());
        assertThat(m.places()).contains("baku");
    }

    @Test
    void aCopyIsInItsOriginalsStoryAndALaterStoryOfTheSubjectIsInItsThread() {
        Corpus.Earlier output = output();
        Map<String, AnalyzedArticle> byId = output.articles().stream()
                .collect(Collectors.toMap(a -> a.article().id(), Function.identity()));
        assertThat(byId.get("r3").article().duplicateOf()).as("the fixture's copy").isEqualTo("r1");

        Explanation copy = StoryExplanation.explain(output, "r3");
        assertThat(copy.story().rule()).isEqualTo(Rule.COPY);
        assertThat(copy.story().via()).isEqualTo("r1");

        Explanation inquiry = StoryExplanation.explain(output, "r4");
        assertThat(inquiry.story().rule()).as("six weeks later: another happening").isEqualTo(Rule.OPENED);
        assertThat(inquiry.story().match()).as("nothing within the story window").isNull();
        assertThat(inquiry.thread().rule()).isEqualTo(Rule.JOINED);
        assertThat(inquiry.thread().decidedBy()).isEqualTo("r4");
        assertThat(inquiry.thread().group()).isEqualTo(byId.get("r1").article().thread())
                .isEqualTo(inquiry.thread().match().group());
        assertThat(inquiry.thread().match().similarity().time()).isLessThan(1);

        Explanation reworded = StoryExplanation.explain(output, "r2");
        assertThat(reworded.thread().decidedBy()).as("a story's first article decides its thread").isEqualTo("r1");
        assertThat(reworded.thread().rule()).isEqualTo(Rule.OPENED);
    }

    @Test
    void sharedPlacesAndDaysWithoutSharedWordsDecideNothing() {
        Explanation cup = StoryExplanation.explain(output(), "r5");

        assertThat(cup.story().rule()).isEqualTo(Rule.OPENED);
        assertThat(cup.thread().rule()).isEqualTo(Rule.OPENED);
    }

    @Test
    void theReplayOfOneRunAgreesWithItOnEveryArticle() {
        Corpus.Earlier output = output();
        for (AnalyzedArticle a : output.articles()) {
            Explanation e = StoryExplanation.explain(output, a.article().id());
            assertThat(e.story().agrees()).as("story of " + a.article().id()).isTrue();
            assertThat(e.thread().agrees()).as("thread of " + a.article().id()).isTrue();
            assertThat(e.story().group()).isEqualTo(a.article().story());
            assertThat(e.thread().group()).isEqualTo(a.article().thread());
        }
    }

    @Test
    void anUnknownArticleIsNamed() {
        assertThatThrownBy(() -> StoryExplanation.explain(output(), "r9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no article r9");
    }
}
