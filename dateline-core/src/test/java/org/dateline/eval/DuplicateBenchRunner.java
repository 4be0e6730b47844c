package org.dateline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link DuplicateBench} by hand until the CLI has a {@code bench duplicates} command; skipped in normal
 * builds. Prints to the surefire output file of this class:
 * <pre>
 * ./mvnw -B -q -o -pl dateline-core test -Dtest=DuplicateBenchRunner -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.duplicates=100000 -Dsurefire.argLine=-Xmx8g
 * cat dateline-core/target/surefire-reports/org.dateline.eval.DuplicateBenchRunner-output.txt
 * </pre>
 */
class DuplicateBenchRunner {
    @Test
    @EnabledIfSystemProperty(named = "bench.duplicates", matches = "\\d+")
    void run() {
        int n = Integer.parseInt(System.getProperty("bench.duplicates"));
        System.out.println(DuplicateBench.run(n, Long.getLong("bench.seed", 1L)).format());
    }
}
