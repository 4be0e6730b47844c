package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadsTest {
    private static final String LAUNCH = "Velmora test-fired a long-range ballistic missile over the Tessa strait on "
            + "Monday, and Ostrany condemned the missile launch as a breach of the strait treaty.";
    private static final String LAUNCH_REPORTED = "Ostrany said a Velmoran ballistic missile flew over the Tessa "
            + "strait before falling into the sea, the latest launch the strait treaty forbids.";
    private static final String NEXT_LAUNCH = "Weeks after its last test, Velmora launched another ballistic missile "
            + "across the Tessa strait; Ostrany called the launch a new breach of the treaty.";
    private static final String HARVEST = "Farmers in the Kessel plain began the grape harvest early after a dry "
            + "summer, and cooperatives expect a small but sweet vintage.";

    private static AnalyzedArticle article(String id, String outlet, String day, String title, String text,
                                           Actor... actors) {
        return StoriesTest.article(id, outlet, day, title, text, null, actors);
    }

    private static Actor velmora() {
        return new Actor("velmora", "Velmora", ActorType.ORGANIZATION, List.of(), List.of(), "VEL", Sector.GOV, 2);
    }

    /** Stories and threads of {@code articles}, fed oldest first as the corpus stage does. */
    private static Map<String, String> threadOfEach(Stories stories, Threads threads, AnalyzedArticle... articles) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        List.of(articles).stream().sorted(Stories.OLDEST_FIRST).forEach(a ->
                out.put(a.article().id(), threads.assign(a, Map.of(), stories.assign(a, Map.of()))));
        return out;
    }

    @Test
    void aSecondLaunchSevenWeeksLaterIsAnotherStoryOfTheSameThread() {
        Stories stories = new Stories();
        Threads threads = new Threads();
        Map<String, String> thread = threadOfEach(stories, threads,
                article("l1", "Strait Post", "2021-03-01", "Velmora fires missile over strait", LAUNCH, velmora()),
                article("l2", "Ostrany Today", "2021-03-02", "Missile over the Tessa strait", LAUNCH_REPORTED, velmora()),
                article("l3", "Strait Post", "2021-04-19", "Velmora launches again", NEXT_LAUNCH, velmora()));

        assertThat(stories.storyOf("l3")).isNotEqualTo(stories.storyOf("l1"));
        assertThat(stories.storyOf("l2")).isEqualTo(stories.storyOf("l1"));
        assertThat(thread.values()).containsOnly(thread.get("l1"));
        assertThat(threads.threads(stories.stories())).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(thread.get("l1")).isNotEqualTo(stories.storyOf("l1"));
            assertThat(t.title()).isEqualTo("Velmora fires missile over strait");
            assertThat(t.stories()).containsExactly(stories.storyOf("l1"), stories.storyOf("l3"));
            assertThat(t.articles()).containsExactly("l1", "l2", "l3");
            assertThat(t.outlets()).containsExactly("Strait Post", "Ostrany Today");
            assertThat(t.first()).isEqualTo("2021-03-01");
            assertThat(t.last()).isEqualTo("2021-04-19");
        });
    }

    @Test
    void aLaunchFiveMonthsLaterStillContinuesTheThread() {
        Map<String, String> thread = threadOfEach(new Stories(), new Threads(),
                article("l1", "Strait Post", "2021-03-01", "Velmora fires missile over strait", LAUNCH, velmora()),
                article("l2", "Ostrany Today", "2021-08-02", "Velmora launches again", NEXT_LAUNCH, velmora()));

        assertThat(Stories.timeFactor(java.time.LocalDate.parse("2021-03-01"), java.time.LocalDate.parse("2021-08-02"),
                Threads.SETTINGS)).as("a running subject's time decays slowly").isGreaterThan(0.6);
        assertThat(thread.get("l2")).isEqualTo(thread.get("l1"));
    }

    @Test
    void theSameSubjectAYearLaterBreaksTheThread() {
        Map<String, String> thread = threadOfEach(new Stories(), new Threads(),
                article("l1", "Strait Post", "2021-03-01", "Velmora fires missile over strait", LAUNCH, velmora()),
                article("l2", "Strait Post", "2022-03-07", "Velmora launches again", NEXT_LAUNCH, velmora()));

        assertThat(thread.get("l2")).isNotEqualTo(thread.get("l1"));
    }

    @Test
    void anUnrelatedReportOnTheSameDayIsAnotherThread() {
        Map<String, String> thread = threadOfEach(new Stories(), new Threads(),
                article("l1", "Strait Post", "2021-03-01", "Velmora fires missile over strait", LAUNCH, velmora()),
                article("h1", "Strait Post", "2021-03-01", "Early harvest", HARVEST, velmora()));

        assertThat(thread.get("h1")).as("a shared actor without shared words").isNotEqualTo(thread.get("l1"));
    }

    @Test
    void aPrimedStoryKeepsItsThreadAndItsNewArticlesFollowIt() {
        Threads threads = new Threads();
        threads.prime(article("l1", "Strait Post", "2021-03-01", "Velmora fires missile over strait", LAUNCH,
                velmora()), Map.of(), "story-a", "kept-thread");

        assertThat(threads.assign(article("h1", "Strait Post", "2021-03-01", "Early harvest", HARVEST), Map.of(),
                "story-a")).as("its story decides, not its words").isEqualTo("kept-thread");
        assertThat(threads.threadOf("story-a")).isEqualTo("kept-thread");
    }
}
