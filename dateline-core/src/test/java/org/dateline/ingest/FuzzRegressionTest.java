package org.dateline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays every input that once broke reading or extraction (found by {@link ReaderFuzzTest}, then cut down by
 * hand; in {@code src/test/resources/fuzz-regressions/}, gzip-compressed where the trigger is long) through
 * {@link FuzzTarget}: none may throw or hang, and each gives the articles and the problem or warning that
 * {@code fuzz-regressions.tsv} says it should.
 */
class FuzzRegressionTest {
    private static final String FOLDER = "fuzz-regressions";
    private static final String TABLE = "fuzz-regressions.tsv";

    /**
     * One kept input.
     *
     * @param file     its name under {@value #FOLDER} (the readers judge it by name too)
     * @param articles how many articles it must give
     * @param message  a fragment of a problem or article warning it must give; empty for none in particular
     * @param cause    what it broke, for the test's name
     */
    record Case(String file, int articles, String message, String cause) {
        @Override
        public String toString() {
            return file + ": " + cause;
        }
    }

    /** The kept inputs, from {@value #TABLE}. */
    static List<Case> cases() throws IOException {
        try (InputStream in = Objects.requireNonNull(FuzzRegressionTest.class.getResourceAsStream("/" + TABLE), TABLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .map(f -> new Case(f[0], Integer.parseInt(f[1]), f[2].equals("-") ? "" : f[2], f[3]))
                    .toList();
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keptInputIsReadWithoutExceptionOrHang(Case c) throws IOException {
        Path file = dir.resolve(c.file());
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/" + FOLDER + "/" + c.file()), c.file())) {
            Files.copy(in, file);
        }
        FuzzTarget.Result result;
        try (FuzzTarget target = new FuzzTarget()) {
            result = target.run(file);
        }
        assertThat(result.failure()).as("failure").isNull();
        assertThat(result.outcome().articles()).hasSize(c.articles());
        if (!c.message().isEmpty()) {
            assertThat(result.outcome().messages()).anySatisfy(m -> assertThat(m).contains(c.message()));
        }
        assertThat(result.outcome().messages()).as("no message runs on for pages").allSatisfy(m -> assertThat(m.length()).isLessThan(2000));
    }

    @Test
    void everyKeptInputIsReplayed() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(getClass().getResource("/" + FOLDER)).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(cases().stream().map(Case::file).toList());
        }
    }
}
