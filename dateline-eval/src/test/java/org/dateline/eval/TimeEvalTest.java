package org.dateline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** TempEval-3 platinum through analyze (the user's path); skipped where {@code ../shared/benchmarks} is absent. */
class TimeEvalTest {
    private static final Path PLATINUM = Path.of("../../shared/benchmarks/timex/te3-platinum");
    private static final Path PLATINUM_FROM_ROOT = Path.of("../shared/benchmarks/timex/te3-platinum");

    /** Value F1 through analyze measured when this test was last tightened (README), minus 0.005. */
    private static final double VALUE_F1_FLOOR = 0.804 - 0.005;

    @Test
    void platinumValueF1ReachesTheMeasuredFigure(@TempDir Path out) throws Exception {
        Path dir = Files.isDirectory(PLATINUM) ? PLATINUM : PLATINUM_FROM_ROOT;
        assumeTrue(Files.isDirectory(dir), "no TempEval-3 platinum data at " + dir.toAbsolutePath());
        Path predictions = out.resolve("times.jsonl");
        TimeEvalResult r = TimeEval.forProduct().run(dir, predictions).result();
        System.out.println("TempEval-3 platinum: " + r.format());
        assertThat(r.documents()).isEqualTo(20);
        assertThat(r.gold()).isEqualTo(138);
        assertThat(Files.readAllLines(predictions)).hasSize(r.system());
        assertThat(r.valueF1()).isGreaterThanOrEqualTo(VALUE_F1_FLOOR);
    }
}
