package org.dateline.eval;

import org.dateline.corpus.DuplicateSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateBenchTest {
    @Test
    void findsThePlantedCopiesOfASmallSyntheticCorpus() {
        DuplicateBench.Result result = DuplicateBench.run(3_000, 7L);
        assertThat(result.planted()).isEqualTo(300);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(result.format()).contains("3,000 articles", "300 planted copies");
    }

    @Test
    void templatedReportsShareTheirFramesButNoneIsTakenForACopy() {
        DuplicateBench.Result result = DuplicateBench.run(1_000, 400, 7L, DuplicateSettings.DEFAULT);
        assertThat(result.articles()).isEqualTo(1_400);
        assertThat(result.templated()).isEqualTo(400);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.foundPairs()).as("only the planted copies are grouped").isEqualTo(result.truePairs());
        assertThat(result.format()).contains("1,400 articles", "400 templated reports");
    }

    @Test
    void aStricterThresholdMissesLightRewrites() {
        DuplicateBench.Result strict = DuplicateBench.run(1_000, 7L, new DuplicateSettings(3, 40, 3, 0.95, 10));
        assertThat(strict.recall()).isLessThan(0.5);
    }

    @Test
    void theSameSeedGivesTheSameCorpus() {
        SyntheticNews a = new SyntheticNews(3L);
        SyntheticNews b = new SyntheticNews(3L);
        assertThat(a.draft(41)).isEqualTo(b.draft(41));
        assertThat(a.published(41)).isEqualTo(b.published(41));
        assertThat(a.draft(41)).isNotEqualTo(a.draft(42));
    }
}
