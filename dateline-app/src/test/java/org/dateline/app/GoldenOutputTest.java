package org.dateline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole output contract on the project's own story test set (38 articles written for the project), through
 * {@code dateline analyze} as a user runs it: a run on one thread and a run on two write byte-identical files, and
 * those files equal the golden copies in {@code src/test/resources/golden}. A change that alters the output on
 * purpose regenerates them with {@code ./mvnw -pl dateline-app -am test -Dtest=GoldenOutputTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Ddateline.golden=update} and commits the difference, which then shows
 * in review exactly what changed.
 */
class GoldenOutputTest {
    /** Relative to the module folder, where tests run, so {@code source} fields are the same on every machine. */
    private static final Path STORY_SET = Path.of("../dateline-core/src/test/resources/stories/articles.jsonl");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final List<String> CONTRACT = List.of("articles.jsonl", "actors.jsonl", "quotes.jsonl",
            "times.jsonl", "events.jsonl", "stories.jsonl", "mentions.jsonl", "threads.jsonl");

    @TempDir
    Path work;

    private Path analyze(String name, int threads) {
        Path out = work.resolve(name);
        CliRun run = CliRun.of("analyze", STORY_SET.toString(), "--out", out.toString(), "--no-store", "--quiet",
                "--threads", String.valueOf(threads));
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        return out;
    }

    @Test
    void oneAndTwoThreadsWriteTheSameBytesAndTheGoldenOutput() throws IOException {
        Path one = analyze("one", 1);
        Path two = analyze("two", 2);
        for (String file : CONTRACT) {
            assertThat(Files.readString(two.resolve(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(Files.readString(one.resolve(file), StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(two.resolve("report.html"))).isEqualTo(Files.readString(one.resolve("report.html")));
        if ("update".equals(System.getProperty("dateline.golden"))) {
            Files.createDirectories(GOLDEN);
            for (String file : CONTRACT) {
                Files.copy(one.resolve(file), GOLDEN.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String file : CONTRACT) {
            assertThat(Files.readString(one.resolve(file), StandardCharsets.UTF_8)).as("%s against %s", file, GOLDEN)
                    .isEqualTo(Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8));
        }
    }
}
