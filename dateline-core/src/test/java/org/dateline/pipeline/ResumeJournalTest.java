package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeJournalTest {
    private static final AnalysisKey KEY = new AnalysisKey("build-1", 0.7, 0.4);

    @TempDir
    Path dir;

    private static AnalyzedArticle article(String id) {
        Article a = new Article(id, "src/" + id, "Valley Courier", "Ferry crews strike in Port Audry", "2024-03-02",
                "metadata", null, List.of(), "en", "Ferry crews in Port Audry walked out on Monday.", null, null,
                List.of());
        return new AnalyzedArticle(a, List.of(), List.of(), List.of());
    }

    /** A journal of two articles, as a run killed after them leaves it. */
    private void journal(AnalysisKey key) throws IOException {
        try (ResumeJournal journal = new ResumeJournal(dir, key)) {
            journal.add(article("a1"));
            journal.add(article("a2"));
        }
    }

    @Test
    void theSameKeyReusesEveryJournaledAnalysis() throws IOException {
        journal(KEY);
        assertThat(ResumeJournal.read(dir, new AnalysisKey("build-1", 0.7, 0.4)))
                .hasValueSatisfying(m -> assertThat(m).containsOnlyKeys("a1", "a2"));
    }

    @Test
    void anotherBuildOrOtherThresholdsReuseNothing() throws IOException {
        journal(KEY);
        assertThat(ResumeJournal.read(dir, new AnalysisKey("build-2", 0.7, 0.4))).isEmpty();
        assertThat(ResumeJournal.read(dir, new AnalysisKey("build-1", 0.0, 0.4))).isEmpty();
        assertThat(ResumeJournal.read(dir, new AnalysisKey("build-1", 0.7, 0.5))).isEmpty();
    }

    @Test
    void aJournalWithoutAKeyLineReusesNothing() throws IOException {
        Files.writeString(dir.resolve(ResumeJournal.FILE), RecordJson.write(article("a1")) + "\n"
                + RecordJson.write(article("a2")) + "\n", StandardCharsets.UTF_8);
        assertThat(ResumeJournal.read(dir, KEY)).isEmpty();
    }

    @Test
    void noJournalIsNothingToReuseAndNothingDiscarded() {
        assertThat(ResumeJournal.read(dir, KEY)).contains(Map.of());
    }

    @Test
    void anEmptyJournalOrBlankAndBinaryLinesReuseNothingAndLoseNothingElse() throws IOException {
        Files.write(dir.resolve(ResumeJournal.FILE), new byte[0]);
        assertThat(ResumeJournal.read(dir, KEY)).contains(Map.of());

        journal(KEY);
        Files.write(dir.resolve(ResumeJournal.FILE), new byte[] {'\n', (byte) 0xff, (byte) 0xfe, 0, '\n', '{', '\n'},
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(ResumeJournal.read(dir, KEY)).hasValueSatisfying(m -> assertThat(m).containsOnlyKeys("a1", "a2"));
    }

    @Test
    void aTornLastLineIsLeftOut() throws IOException {
        journal(KEY);
        String line = RecordJson.write(article("a3"));
        Files.writeString(dir.resolve(ResumeJournal.FILE), line.substring(0, line.length() / 2),
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(ResumeJournal.read(dir, KEY)).hasValueSatisfying(m -> assertThat(m).containsOnlyKeys("a1", "a2"));
    }

    @Test
    void theAnalysesReadBackShareTheirShortStrings() throws IOException {
        journal(KEY); // held until the run ends, beside the corpus's copies
        Optional<Map<String, AnalyzedArticle>> read = ResumeJournal.read(dir, KEY);
        assertThat(read).isPresent();
        Article a1 = read.get().get("a1").article();
        Article a2 = read.get().get("a2").article();
        assertThat(a2.outlet()).isEqualTo("Valley Courier").isSameAs(a1.outlet());
        assertThat(a2.title()).isSameAs(a1.title());
    }

    @Test
    void aLineTornInsideACharacterSpoilsThatLineOnly() throws IOException {
        journal(KEY);
        byte[] line = RecordJson.write(article("a3")).replace("Ferry", "F\u00e9rry").getBytes(StandardCharsets.UTF_8);
        int inside = new String(line, StandardCharsets.UTF_8).indexOf('\u00e9') + 1; // after the first of its two bytes
        Files.write(dir.resolve(ResumeJournal.FILE), java.util.Arrays.copyOf(line, inside),
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(ResumeJournal.read(dir, KEY)).hasValueSatisfying(m -> assertThat(m).containsOnlyKeys("a1", "a2"));
    }

    @Test
    void aRunStoppedByAnErrorLeavesItsAnalysesToTheNextRunAndNothingElse() throws IOException {
        Path out = dir.resolve("out");
        JsonlOutput stopped = JsonlOutput.replacing(out, KEY);
        stopped.add(article("a1"));
        stopped.add(article("a2"));
        assertThat(stopped.journaled()).isEqualTo(2);
        stopped.abandon(); // the linking ran out of memory, say
        assertThat(out).doesNotExist();
        try (java.util.stream.Stream<Path> left = Files.list(dir.resolve(".out.partial"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(ResumeJournal.FILE);
        }

        JsonlOutput next = JsonlOutput.replacing(out, KEY);
        assertThat(next.resumed()).containsOnlyKeys("a1", "a2");
        next.abandon(); // stopped before it analysed anything: no staging folder is left
        assertThat(dir.resolve(".out.partial")).doesNotExist();
    }

    @Test
    void anOutputOpenedWithAnotherKeyDiscardsTheInterruptedRunAndSaysSo() throws IOException {
        Path out = dir.resolve("out");
        JsonlOutput killed = JsonlOutput.replacing(out, KEY);
        killed.add(article("a1")); // killed here: no complete(), no abandon()

        JsonlOutput other = JsonlOutput.replacing(out, new AnalysisKey("build-1", 0.0, 0.0));
        assertThat(other.discarded()).isTrue();
        assertThat(other.resumed()).isEmpty();
        other.add(article("a1")); // killed again, now under the other key

        JsonlOutput same = JsonlOutput.replacing(out, new AnalysisKey("build-1", 0.0, 0.0));
        assertThat(same.discarded()).isFalse();
        assertThat(same.resumed()).containsOnlyKeys("a1");
        same.abandon();
    }

    @Test
    void theBuildHashChangesWithAnyClassOfAFolderAndWithAJarsBytes() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/org/x"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2});
        Files.write(classes.resolve("B.class"), new byte[] {3});
        String before = AnalysisKey.hash(List.of(dir.resolve("classes")));
        assertThat(AnalysisKey.hash(List.of(dir.resolve("classes")))).isEqualTo(before);
        Files.write(classes.resolve("B.class"), new byte[] {4});
        assertThat(AnalysisKey.hash(List.of(dir.resolve("classes")))).isNotEqualTo(before);

        Path jar = Files.write(dir.resolve("core.jar"), new byte[] {5, 6});
        String jarHash = AnalysisKey.hash(List.of(jar));
        Files.write(jar, new byte[] {5, 7});
        assertThat(AnalysisKey.hash(List.of(jar))).isNotEqualTo(jarHash);
    }

    @Test
    void thisProcessesKeyIsItsThresholdsOnOneBuild() {
        assertThat(AnalysisKey.of(0.7, 0.4)).isEqualTo(AnalysisKey.of(0.7, 0.4)).isNotEqualTo(AnalysisKey.of(0.5, 0.4));
        assertThat(AnalysisKey.of(0.7, 0.4).build()).matches("[0-9a-f]{64}");
    }
}
