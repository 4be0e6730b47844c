package org.dateline.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @Test
    void helpExplainsTheWarmPasses() {
        CliRun run = CliRun.of("bench", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--warm-passes=N", "untimed");
    }

    @Test
    void aNegativeCountOfWarmPassesIsRefusedBeforeAnyModelLoads() {
        CliRun run = CliRun.of("bench", "--warm-passes", "-1", "no-such-file.txt");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--warm-passes must be 0 or more");
    }
}
