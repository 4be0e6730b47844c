package org.dateline.eval;

import org.dateline.facts.ActorCoder;
import org.dateline.facts.OfficeHolders;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** NGEC actor-resolution cases; skipped where {@code ../shared/benchmarks} is absent. */
class ActorResolutionEvalTest {
    /** Country accuracy of the general rules alone, without the office-holder table, as measured, minus 0.005. */
    private static final double GENERAL_FLOOR = 0.743 - 0.005;
    /**
     * Country accuracy with the office-holder table, as measured, minus 0.005. The table's scope is two rules fixed
     * without reading these cases (docs/actor-coding.md), so this figure is a measurement too.
     */
    private static final double TABLE_FLOOR = 0.878 - 0.005;
    private static final String CASES = "shared/benchmarks/event-coding/polecat_ngec/ngec_actor_resolution_cases.derived.jsonl";

    @Test
    void countryAccuracyReachesTheMeasuredFigures() {
        Path file = Files.exists(Path.of("../../" + CASES)) ? Path.of("../../" + CASES) : Path.of("../" + CASES);
        assumeTrue(Files.exists(file), "no NGEC actor cases at " + file.toAbsolutePath());
        ActorResolutionResult general = new ActorResolutionEval(new ActorCoder(OfficeHolders.none())).run(file);
        ActorResolutionResult table = new ActorResolutionEval().run(file);
        System.out.println("NGEC actor resolution, general rules only: " + general.format());
        System.out.println("NGEC actor resolution, with the office-holder table: " + table.format());
        table.misses().forEach(m -> System.out.println("  miss: " + m));
        assertThat(general.countryChecks()).isGreaterThan(250);
        assertThat(general.countryAccuracy()).isGreaterThanOrEqualTo(GENERAL_FLOOR);
        assertThat(table.countryAccuracy()).isGreaterThanOrEqualTo(TABLE_FLOOR);
    }

    @Test
    void caseDatesInEveryLayoutTheCasesUse() {
        assertThat(ActorResolutionEval.date("1 july 2021")).hasToString("2021-07-01");
        assertThat(ActorResolutionEval.date("October 1, 2021")).hasToString("2021-10-01");
        assertThat(ActorResolutionEval.date("Today")).isEqualTo(ActorResolutionEval.REFERENCE_DATE);
    }
}
