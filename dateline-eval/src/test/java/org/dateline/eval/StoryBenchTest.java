package org.dateline.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryBenchTest {
    @Test
    void findsThePlantedStoriesAndThreadsOfASmallStream() {
        StoryBench.Result result = StoryBench.run(6_000, 5L);

        assertThat(result.stories().articles()).isEqualTo(6_000);
        assertThat(result.stories().bcubedF1()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.threads().bcubedR()).isGreaterThanOrEqualTo(0.8);
        assertThat(result.threads().goldStories()).isLessThan(result.stories().goldStories());
        assertThat(result.format()).contains("6,000 articles", "stories: BCubed", "threads: BCubed");
    }

    @Test
    void storiesByBlocksOfAWeekStayCloseToTheLocalRunsOnAStreamOfThreeWeeks() {
        StoryBench.Blocked result = StoryBench.blocked(10_000, 5L, org.dateline.corpus.BlockedThreads.CAP);
        System.out.println(result.format());

        assertThat(result.days()).isGreaterThan(14);
        assertThat(result.difference().articles()).isEqualTo(10_000);
        assertThat(result.blocked().bcubedF1()).as("docs/scale.md, 'Stories and threads by blocks'")
                .isGreaterThanOrEqualTo(0.95);
        assertThat(result.difference().agreement().bcubedF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.format()).contains("blocked against local: articles=10000");

        StoryBench.BlockedThreadFigures threads = result.threads();
        assertThat(threads.difference().articles()).isEqualTo(10_000);
        assertThat(threads.blocks()).isGreaterThan(1);
        assertThat(threads.blocked().bcubedF1()).as("docs/scale.md, 'Stories and threads by blocks'")
                .isGreaterThanOrEqualTo(0.95);
        assertThat(threads.difference().agreement().bcubedF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(threads.onBlockedDifference().agreement().bcubedF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.format()).contains("threads by blocks of stories: ");
    }

    @Test
    void threadsByBlocksWithinACapThatBindsStayCloseToTheLocalRuns() {
        StoryBench.BlockedThreadFigures threads = StoryBench.blocked(4_000, 7L, 400).threads();
        System.out.println(threads.format());

        assertThat(threads.largest()).isLessThanOrEqualTo(400);
        assertThat(threads.blocks()).isGreaterThan(10);
        assertThat(threads.blocked().bcubedF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(threads.difference().agreement().bcubedF1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        StoryBench.Result a = StoryBench.run(500, 3L);
        StoryBench.Result b = StoryBench.run(500, 3L);

        assertThat(a.stories()).isEqualTo(b.stories());
        assertThat(a.threads()).isEqualTo(b.threads());
    }
}
