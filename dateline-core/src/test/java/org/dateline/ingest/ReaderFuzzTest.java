package org.dateline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every reader {@code dateline extract} uses (text, HTML, WARC and WARC.gz, JSONL, RSS/Atom, gzip) and the
 * extractor behind them with seeded random mutations of small valid inputs ({@link FuzzSeeds}, {@link FuzzMutator}),
 * each run through {@link FuzzTarget} (the CLI's library path, under a per-input time limit). No input may throw,
 * hang or run out of memory.
 *
 * <p>It runs for {@code -Ddateline.fuzz.seconds} (default 60) from the seed {@code -Ddateline.fuzz.seed} (default:
 * {@link #BUILD_SEED}, so that every build tries the same inputs first and a build never fails by the draw; give
 * other seeds to explore, and fix what they find). The seed is printed at the end, so a failure can be replayed. Each failing input is written to
 * {@code target/fuzz-failures/} and named in the assertion message; one input per distinct failure is kept, and
 * the run stops after a second hang (a hung thread cannot be stopped and keeps a core busy).
 */
class ReaderFuzzTest {
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    /** The seed of the run in every build. */
    static final long BUILD_SEED = 20261204L;
    private static final int MAX_HANGS = 2;

    @TempDir
    Path dir;

    /** A failing input, kept: the failure and the file it was written to. */
    private record Found(FuzzTarget.Failure failure, Path input, long index) {
    }

    @Test
    void noMutatedInputThrowsHangsOrRunsOutOfMemory() throws IOException {
        long seconds = Long.getLong("dateline.fuzz.seconds", 60);
        long seed = Long.getLong("dateline.fuzz.seed", BUILD_SEED);
        FuzzMutator mutator = new FuzzMutator(seed, FuzzSeeds.all());
        Map<String, Found> found = new LinkedHashMap<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long tried = 0;
        int hangs = 0;
        try (FuzzTarget target = new FuzzTarget()) {
            while (System.nanoTime() < deadline && hangs < MAX_HANGS) {
                FuzzSeeds.Seed input = mutator.next();
                Path file = dir.resolve(tried + "-" + input.name());
                Files.write(file, input.bytes());
                FuzzTarget.Result result = target.run(file);
                tried++;
                if (result.failure() != null) {
                    hangs += result.failure().kind().equals("hang") ? 1 : 0;
                    if (!found.containsKey(result.failure().signature())) {
                        found.put(result.failure().signature(), new Found(result.failure(), keep(seed, tried - 1, input), tried - 1));
                    }
                }
                Files.delete(file);
            }
        }
        System.out.printf("reader fuzz: %d inputs in %d s from seed %d (-Ddateline.fuzz.seed=%d), %d distinct failures%n",
                tried, seconds, seed, seed, found.size());
        List<String> report = new ArrayList<>();
        for (Found f : found.values()) {
            report.add(f.failure().kind() + " on input " + f.index() + " (" + f.input() + "): " + f.failure().signature()
                    + "\n" + f.failure().detail());
        }
        assertThat(report).as("failures of the reader fuzz from seed %d (-Ddateline.fuzz.seed=%d) after %d inputs", seed, seed, tried)
                .isEmpty();
        assertThat(tried).as("inputs tried").isPositive();
    }

    /** Writes a failing input to {@code target/fuzz-failures/SEED-INDEX-NAME} and returns that path. */
    private static Path keep(long seed, long index, FuzzSeeds.Seed input) throws IOException {
        Files.createDirectories(FAILURES);
        return Files.write(FAILURES.resolve(seed + "-" + index + "-" + input.name()), input.bytes()).toAbsolutePath();
    }
}
