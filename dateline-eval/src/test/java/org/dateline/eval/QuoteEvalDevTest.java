package org.dateline.eval;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code eval quotes} on the PolNeAR dev split through analyze (a few minutes) when {@code ../shared/benchmarks} is
 * there, and holds the figures reached (minus a small margin). Set {@code -Ddateline.annotationCache=DIR} to
 * keep annotations between runs.
 */
class QuoteEvalDevTest {
    @Test
    void devFigures() {
        Path root = repositoryRoot().resolve("../shared/benchmarks/quotes/polnear").normalize();
        assumeTrue(Files.isDirectory(root.resolve("dev")), "PolNeAR not present at " + root);
        String cache = System.getProperty("dateline.annotationCache");
        QuoteEvalResult r = new QuoteEval(cache == null ? null : Path.of(cache)).run(root, "dev", null).result();
        System.out.print(r.format());
        assertThat(r.articles()).isEqualTo(84);
        assertThat(r.overlapF1Speech()).isGreaterThan(0.91);
        assertThat(r.speakerAccuracySpeech()).isGreaterThan(0.91);
        assertThat(r.overlapPrecision()).isGreaterThan(0.95);
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }
}
