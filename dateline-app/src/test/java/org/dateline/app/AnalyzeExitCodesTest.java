package org.dateline.app;

import org.dateline.pipeline.FolderSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The exit codes of {@code dateline analyze} (README, "Exit codes"), and that a run refused or failed leaves an
 * earlier output folder byte for byte as it was. The write failure in the middle of a run (a full disk) is
 * {@code AnalyzeJobTest}'s, with a sink that throws.
 */
class AnalyzeExitCodesTest {
    @TempDir
    Path work;

    /** A new folder of the two good fixture articles. */
    private Path good() throws IOException, URISyntaxException {
        Path corpus = Path.of(AnalyzeExitCodesTest.class.getResource("/fixtures/corpus").toURI());
        Path dir = Files.createTempDirectory(work, "good");
        for (String f : List.of("velmar-talks.txt", "velmar-talks.meta.json", "lesovia-reply.txt")) {
            Files.copy(corpus.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    private CliRun analyze(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        if (!args.contains("--store")) {
            args.add("--no-store");
        }
        return CliRun.of(args.toArray(String[]::new));
    }


    /** An earlier, complete output in {@code work/out}. */
    private Path earlier() throws Exception {
        Path out = work.resolve("out");
        CliRun run = analyze(out, good().toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(FolderSnapshot.of(out)).containsKeys("articles.jsonl", "actors.jsonl", "quotes.jsonl", "times.jsonl",
                "events.jsonl", "stories.jsonl", "report.html");
        return out;
    }

    @Test
    void allInputsAnalysedIsZeroAndSkippedInputsAreOne() throws Exception {
        earlier();
        Path mixed = good();
        Files.write(mixed.resolve("empty.txt"), new byte[0]);
        CliRun run = analyze(work.resolve("out2"), mixed.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(run.err()).contains("empty.txt").contains("1 inputs or parts of inputs were skipped");
        assertThat(run.out()).contains("1 unreadable");
        assertThat(Files.readAllLines(work.resolve("out2").resolve("articles.jsonl"))).hasSize(2);
    }

    @Test
    void aMissingInputIsRefusedBeforeAnyWorkAndTheOutputStays() throws Exception {
        Path out = earlier();
        Map<String, String> before = FolderSnapshot.of(out);
        CliRun run = analyze(out, good().toString(), work.resolve("typo").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no such file or folder: " + work.resolve("typo"));
        assertThat(run.out()).doesNotContain("wrote");
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);
    }

    @Test
    void aMinimumConfidenceOutsideZeroToOneIsRefusedAndTheOutputStays() throws Exception {
        Path out = earlier();
        Map<String, String> before = FolderSnapshot.of(out);
        CliRun run = analyze(out, "--min-confidence", "1.5", good().toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--min-confidence").contains("from 0 to 1");
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);
    }

    @Test
    void anOutputThatIsAFileIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(work.resolve("not-a-folder"), "keep me", StandardCharsets.UTF_8);
        CliRun run = analyze(file, good().toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(file + " is not a folder");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void aStoreThatCannotBeOpenedIsRefusedAndTheOutputStays() throws Exception {
        Path out = earlier();
        Map<String, String> before = FolderSnapshot.of(out);
        Path notAStore = Files.writeString(work.resolve("store-file"), "x", StandardCharsets.UTF_8);
        CliRun run = analyze(out, good().toString(), "--store", notAStore.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(notAStore.toString()).contains("left as it was");
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);
        assertThat(work.resolve(".out.partial")).doesNotExist();
    }

    @Test
    void aReadOnlyOutputIsRefusedNamingIt() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path parent = Files.createDirectories(work.resolve("locked"));
        Path out = parent.resolve("out");
        assertThat(parent.toFile().setWritable(false)).isTrue();
        try {
            CliRun run = analyze(out, good().toString());
            assertThat(run.exit()).isNotZero();
            assertThat(run.err()).contains(out.toString());
        } finally {
            parent.toFile().setWritable(true);
        }
    }

    @Test
    void noArticleAtAllIsOneAndTheOutputStays() throws Exception {
        Path out = earlier();
        Map<String, String> before = FolderSnapshot.of(out);
        Path blank = Files.createDirectories(work.resolve("blank"));
        Files.writeString(blank.resolve("a.txt"), "\n\n", StandardCharsets.UTF_8);
        CliRun run = analyze(out, blank.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(run.out()).contains("no article found in the inputs");
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);
    }

    @Test
    void whatWasOddAboutReadingAnInputIsSaidOnStderrNamingIt() throws Exception {
        Path dir = good();
        Files.writeString(dir.resolve("lesovia-reply.meta.json"), "{\"outlet\": \"Kresno Daily\", ", StandardCharsets.UTF_8);
        CliRun run = analyze(work.resolve("out"), dir.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).containsPattern("warning: \\S*lesovia-reply.txt: .*sidecar");
    }

    @Test
    void aFileReadInPartIsSaidAndCountedAsIncomplete() throws Exception {
        Path dir = good();
        StringBuilder big = new StringBuilder("Harbour dues rise in Mirren\n\n");
        String paragraph = "The port authority of Mirren said on Monday that harbour dues would rise by a tenth next year."
                + " Shipping firms said the rise would be passed on to farmers who export grain.\n\n";
        while (big.length() < 6 * 1024 * 1024) {
            big.append(paragraph);
        }
        Files.writeString(dir.resolve("runaway.txt"), big, StandardCharsets.UTF_8);
        CliRun run = analyze(work.resolve("out"), dir.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(run.err()).containsPattern("warning: \\S*runaway.txt: truncated: read the first 5 MiB");
    }
}
