package org.dateline.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageProfileTest {
    /** Work that allocates about {@code n} kilobytes and keeps the CPU busy while doing it. */
    private static int allocate(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            byte[] block = new byte[1024];
            block[i % 1024] = 1;
            sum += block[i % 1024] + Integer.toString(i).length();
        }
        return sum;
    }

    @Test
    void eachStageSumsItsCallsInTheOrderFirstSeen() {
        StageProfile profile = StageProfile.measuring();
        assertThat(profile.time("parse", () -> allocate(1000))).isPositive();
        profile.run("tag", () -> allocate(10));
        profile.run("parse", () -> allocate(1000));
        List<StageProfile.Stage> stages = profile.stages();
        assertThat(stages).extracting(StageProfile.Stage::name).containsExactly("parse", "tag");
        assertThat(stages.get(0).allocatedBytes()).isGreaterThan(2 * 1000 * 1024);
        assertThat(stages.get(0).allocatedBytes()).isGreaterThan(stages.get(1).allocatedBytes());
        assertThat(stages.get(0).cpuNanos()).isPositive();
    }

    @Test
    void workThatThrowsIsStillCounted() {
        StageProfile profile = StageProfile.measuring();
        assertThatThrownBy(() -> profile.run("failing", () -> {
            allocate(100);
            throw new IllegalStateException("stop");
        })).hasMessage("stop");
        assertThat(profile.stages()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("failing");
            assertThat(s.allocatedBytes()).isGreaterThan(100 * 1024);
        });
    }

    @Test
    void theOffProfileRunsTheWorkAndRecordsNothing() {
        assertThat(StageProfile.OFF.time("parse", () -> allocate(10))).isPositive();
        assertThat(StageProfile.OFF.stages()).isEmpty();
    }
}
