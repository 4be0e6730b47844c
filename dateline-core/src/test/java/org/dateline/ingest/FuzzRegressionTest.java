package org.dateline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays every input that once broke reading or extraction (found by {@link ReaderFuzzTest}, then cut down by
 * hand; in {@code src/test/resources/fuzz-regressions/}, gzip-compressed where the trigger is long) through
 * {@link FuzzTarget}: none may throw or hang, and each gives the articles and the problem or warning it should.
 */
class FuzzRegressionTest {
    private static final String FOLDER = "fuzz-regressions";

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

    static List<Case> cases() {
        return List.of(
                new Case("colon-run.txt.gz", 1, "", "a long run of colons inside a line: Boilerplate.key's trailing regex took quadratic time"),
                new Case("dot-run.html.gz", 1, "", "a long run of dots inside a paragraph: HtmlExtractor's furniture check took quadratic time"),
                new Case("nested-items.rss.gz", 0, "skipped, elements nested 20002 deep",
                        "items nested 20,000 deep: each was parsed again with all those inside it"),
                new Case("nested-divs.atom.gz", 0, "skipped, elements nested 15002 deep",
                        "elements nested 15,000 deep: JDOM checks every new element against all its ancestors"),
                new Case("bomb.rss.gz", 1, "truncated: read the first 8 MiB of the feed's content",
                        "a gzip member inflating to 10 MiB inside a feed: the whole content was read into memory"),
                new Case("nested-blockquotes.html.gz", 1, "markup nested over 256 elements deep",
                        "blockquotes nested 20,000 deep: the body search summed every block into all its ancestors"),
                new Case("nested-html-in-item.rss.gz", 1, "markup nested over 256 elements deep",
                        "a feed item's HTML nested 20,000 deep: keeping the body's blocks walked every block's ancestors"),
                new Case("long-tag-name.html.gz", 1, "damaged markup: cut 1 tag name longer than 256 characters",
                        "a tag name of 8 MiB: jsoup copies the whole name so far for each piece of it it reads"),
                new Case("long-line.jsonl.gz", 2, ":2: skipped, the line is 70.0 MiB long",
                        "a JSONL line of 70 MiB: the whole line was held in memory"));
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
