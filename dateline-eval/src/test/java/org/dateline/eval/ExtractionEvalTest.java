package org.dateline.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Zyte article-extraction benchmark; skipped where {@code ../shared/benchmarks} is absent. */
class ExtractionEvalTest {
    private static final Path DATA = Path.of("../../shared/benchmarks/article-extraction");
    private static final Path DATA_FROM_ROOT = Path.of("../shared/benchmarks/article-extraction");

    @Test
    void scoresAtLeastTheFigureReached(@TempDir Path tmp) throws Exception {
        Path data = Files.isDirectory(DATA) ? DATA : DATA_FROM_ROOT;
        Assumptions.assumeTrue(Files.isDirectory(data), "benchmark absent");
        Path predictions = tmp.resolve("pred.json");
        ExtractionEvalResult result = new ExtractionEval().run(data, predictions);
        assertThat(result.pages()).hasSize(181);
        assertThat(result.score().f1()).isGreaterThanOrEqualTo(FIGURE_F1 - 0.005);
        assertThat(result.score().precision()).isGreaterThanOrEqualTo(0.945);
        assertThat(result.titleFound()).isGreaterThanOrEqualTo(0.99);
        assertThat(result.dateFoundWhereUrlDated()).isGreaterThanOrEqualTo(0.95);
        assertThat(Files.readString(predictions)).contains("\"articleBody\"");
    }

    /** The F1 measured when this test was last tuned. */
    private static final double FIGURE_F1 = 0.964;

    @Test
    void urlDatesAreReadInTheCommonForms() {
        assertThat(ExtractionEval.urlDate("https://example.org/2019/11/19/talks-resume/")).isEqualTo("2019-11-19");
        assertThat(ExtractionEval.urlDate("https://example.org/news/20191119/talks.html")).isEqualTo("2019-11-19");
        assertThat(ExtractionEval.urlDate("https://example.org/2018/10/talks.html")).isNull();
        assertThat(ExtractionEval.urlDate("https://example.org/article-11574168580")).isNull();
    }
}
