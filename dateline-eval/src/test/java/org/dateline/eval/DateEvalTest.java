package org.dateline.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication days on htmldate's Media Cloud sample; skipped where {@code ../shared/benchmarks} is absent. */
class DateEvalTest {
    private static final Path DATA = Path.of("../../shared/benchmarks/dates/htmldate-mediacloud");
    private static final Path DATA_FROM_ROOT = Path.of("../shared/benchmarks/dates/htmldate-mediacloud");
    /** The accuracy measured when the date rules were last tuned: 180 of 195 pages. */
    private static final double FIGURE = 0.923;

    @Test
    void reachesTheFigureMeasured() {
        Path data = Files.isDirectory(DATA) ? DATA : DATA_FROM_ROOT;
        Assumptions.assumeTrue(Files.isDirectory(data), "benchmark absent");
        DateEvalResult result = new DateEval().run(data);
        assertThat(result.pages()).as("pages with a gold day").hasSize(195);
        assertThat(result.accuracy()).isGreaterThanOrEqualTo(FIGURE - 0.01);
        assertThat(result.found()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.format(true)).contains("basis jsonld").contains("miss: gold");
    }

    @Test
    void aPageIsRightOnlyWhenItsDayIsTheGoldDay() {
        assertThat(new DateEval.PageResult("u", "f", "2020-06-07", "2020-06-07T23:10:00-04:00", "jsonld").right()).isTrue();
        assertThat(new DateEval.PageResult("u", "f", "2020-06-07", "2020-06-08T03:10:00Z", "jsonld").right()).isFalse();
        assertThat(new DateEval.PageResult("u", "f", "2020-06-07", null, null).right()).isFalse();
    }
}
