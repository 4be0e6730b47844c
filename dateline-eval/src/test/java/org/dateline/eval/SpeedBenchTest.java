package org.dateline.eval;

import org.dateline.nlp.StageProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpeedBenchTest {
    private static final SpeedBench.Result RESULT = new SpeedBench.Result(4, 2000, 2, 1, new SpeedBench.Timing(2, 1.0),
            List.of(new StageProfile.Stage("corenlp ner", 600_000_000, 3_000_000),
                    new StageProfile.Stage("quotes", 200_000_000, 1_000_000),
                    new StageProfile.Stage("events", 200_000_000, 0)),
            100, 1, new SpeedBench.Timing(20, 8.0));

    @Test
    void eventCodingIsReadFromItsStage() {
        assertThat(RESULT.eventCpu()).isCloseTo(0.2, within(1e-9));
        assertThat(RESULT.eventShare()).isCloseTo(0.25, within(1e-9));
        assertThat(RESULT.ratioCpu()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void theProfileTableGivesEachStageItsCostPerArticleAndShare() {
        List<String> lines = RESULT.profileTable().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(2)).startsWith("corenlp ner").contains("0.60", "150.00", "60.0%", "3.0", "750.0", "75.0%");
        assertThat(lines.get(4)).startsWith("events").contains("20.0%").endsWith(" 0.0%");
        assertThat(lines.get(5)).startsWith("all").contains("1.00", "250.00", "100.0%", "4.0", "1000.0");
    }

    @Test
    void warmPassesRunEveryArticleUntimedBeforeTheTimedPass() {
        List<String> calls = new ArrayList<>();
        SpeedBench.timeWarm(List.of("a", "b", "c"), 2, a -> calls.add("warm " + a), a -> calls.add("timed " + a));
        assertThat(calls).containsExactly("warm a", "warm a", "warm b", "warm c", "warm a", "warm b", "warm c",
                "timed a", "timed b", "timed c");
    }

    @Test
    void noWarmPassesWarmOnTheFirstArticleOnly() {
        List<String> calls = new ArrayList<>();
        SpeedBench.timeWarm(List.of("a", "b"), 0, a -> calls.add("warm " + a), a -> calls.add("timed " + a));
        assertThat(calls).containsExactly("warm a", "timed a", "timed b");
    }

    @Test
    void theOutputSaysHowManyWarmPassesRan() {
        assertThat(RESULT.format().lines().findFirst()).hasValueSatisfying(
                line -> assertThat(line).contains("timed after 2 warm passes"));
    }
}
