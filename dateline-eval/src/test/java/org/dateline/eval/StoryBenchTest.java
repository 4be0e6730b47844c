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
    void theSameSeedGivesTheSameFigures() {
        StoryBench.Result a = StoryBench.run(500, 3L);
        StoryBench.Result b = StoryBench.run(500, 3L);

        assertThat(a.stories()).isEqualTo(b.stories());
        assertThat(a.threads()).isEqualTo(b.threads());
    }
}
