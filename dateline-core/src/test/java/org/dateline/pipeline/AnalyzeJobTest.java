package org.dateline.pipeline;

import org.dateline.corpus.Corpus;
import org.dateline.export.OutputFolder;
import org.dateline.extract.ArticleExtractor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link AnalyzeJob} with sinks that cannot write: the run stops, names the sink, and an earlier output stays. */
class AnalyzeJobTest {
    private static Analyzer analyzer;

    @TempDir
    Path work;

    @BeforeAll
    static void loadModels() {
        analyzer = new Analyzer(Annotator.forPreset(Preset.FACTS));
    }

    /** Two short articles of invented places, written for this test. */
    private Path inputs(String name) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        Files.writeString(dir.resolve("a.txt"), """
                Tarvel and Osmun agree to reopen border crossing

                MIRREN, May 4 -- The foreign minister of Tarvel, Ilse Brandt, said on Tuesday that the two \
                countries "will reopen the crossing at Mirren within a month."

                Osmun's government welcomed the decision.
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), """
                Osmun parliament debates new grain tariff

                Lawmakers in Osmun debated a tariff on imported grain on Wednesday. "Our farmers cannot wait \
                another season," said Petra Lund, who leads the farmers' party.
                """, StandardCharsets.UTF_8);
        return dir;
    }

    private static AnalyzeJob job(int threads) {
        return new AnalyzeJob(new ArticleExtractor(), analyzer, threads, Optional.empty());
    }


    /** A sink whose disk is full: it fails at the {@code failAt}-th article, or at the end if that is 0. */
    private static final class FullDisk implements ResultSink {
        private final int failAt;
        private int added;
        boolean abandoned;

        FullDisk(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public String location() {
            return "/mnt/full";
        }

        @Override
        public void add(AnalyzedArticle analyzed) throws IOException {
            if (++added == failAt) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void complete(Corpus.Linked linked) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void abandon() {
            abandoned = true;
        }
    }

    private Path earlierOutput() throws IOException {
        Path out = work.resolve("out");
        JsonlOutput files = JsonlOutput.replacing(out, analyzer.key());
        AnalyzeJob.Result result = job(1).run(List.of(inputs("first")), Corpus.Earlier.NONE, List.of(files),
                new AnalyzeJob.Listener() { });
        assertThat(result.wroteOutput()).isTrue();
        assertThat(FolderSnapshot.of(out)).containsKeys("articles.jsonl", "quotes.jsonl", "report.html");
        return out;
    }

    @Test
    void theRecordsTheReportIsMadeOfAreThoseTheFolderReadsBack() throws IOException {
        Path out = work.resolve("out");
        JsonlOutput files = JsonlOutput.replacing(out, analyzer.key());
        AnalyzeJob.Result result = job(1).run(List.of(inputs("first")), Corpus.Earlier.NONE, List.of(files),
                new AnalyzeJob.Listener() { });
        OutputFolder written = OutputFolder.of(result.linked());
        assertThat(written.quotes()).isNotEmpty();
        assertThat(written).isEqualTo(OutputFolder.read(out));
    }

    @Test
    void aSinkThatFailsMidRunStopsItAndTheEarlierOutputStaysAsItWas() throws IOException {
        Path out = earlierOutput();
        Map<String, String> before = FolderSnapshot.of(out);
        FullDisk full = new FullDisk(1);
        assertThatThrownBy(() -> job(2).run(List.of(inputs("second")), Corpus.Earlier.NONE,
                List.of(JsonlOutput.replacing(out, analyzer.key()), full), new AnalyzeJob.Listener() { }))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("/mnt/full").hasMessageContaining("No space left on device");
        assertThat(full.abandoned).isTrue();
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);
        // what was analysed before the failure stays for the next run into the output, and nothing else
        assertThat(FolderSnapshot.of(work.resolve(".out.partial"))).containsOnlyKeys(ResumeJournal.FILE);
        assertThat(JsonlOutput.replacing(out, analyzer.key()).resumed()).hasSize(1);
    }

    @Test
    void aSinkThatFailsAtTheEndLeavesTheSinksAfterItAsTheyWere() throws IOException {
        Path out = earlierOutput();
        Map<String, String> before = FolderSnapshot.of(out);
        FullDisk full = new FullDisk(0);
        assertThatThrownBy(() -> job(1).run(List.of(inputs("second")), Corpus.Earlier.NONE,
                List.of(full, JsonlOutput.replacing(out, analyzer.key())), new AnalyzeJob.Listener() { }))
                .isInstanceOf(OutputException.class)
                .satisfies(e -> assertThat(((OutputException) e).location()).isEqualTo("/mnt/full"));
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);
    }

    @Test
    void aSinkBeforeTheFailingOneIsComplete() throws IOException {
        Path out = work.resolve("out");
        assertThatThrownBy(() -> job(1).run(List.of(inputs("only")), Corpus.Earlier.NONE,
                List.of(JsonlOutput.replacing(out, analyzer.key()), new FullDisk(0)), new AnalyzeJob.Listener() { }))
                .isInstanceOf(OutputException.class);
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(2);
    }

    @Test
    void aRunWithNoArticleCompletesNoSinkAndKeepsTheEarlierOutput() throws IOException {
        Path out = earlierOutput();
        Map<String, String> before = FolderSnapshot.of(out);
        Path empty = Files.createDirectories(work.resolve("empty"));
        Files.writeString(empty.resolve("blank.txt"), "   \n", StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        AnalyzeJob.Result result = job(1).run(List.of(empty), Corpus.Earlier.NONE, List.of(JsonlOutput.replacing(out, analyzer.key())),
                new AnalyzeJob.Listener() {
                    @Override
                    public void problem(String message) {
                        problems.add(message);
                    }
                });
        assertThat(result.wroteOutput()).isFalse();
        assertThat(result.summary().incomplete()).isTrue();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("blank.txt"));
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);
    }

    @Test
    void articlesReachTheSinkInInputOrderWhateverTheThreads() throws IOException {
        Path dir = inputs("ordered");
        for (int i = 0; i < 6; i++) {
            Files.writeString(dir.resolve("c" + i + ".txt"), "Report number " + i + "\n\nThe council of Mirren met "
                    + "for the " + (i + 2) + "th time on Friday and said it would meet again.\n", StandardCharsets.UTF_8);
        }
        List<String> order = new ArrayList<>();
        job(2).run(List.of(dir), Corpus.Earlier.NONE, List.of(), new AnalyzeJob.Listener() {
            @Override
            public void analysed(AnalyzedArticle article) {
                order.add(Path.of(article.article().source()).getFileName().toString());
            }
        });
        assertThat(order).containsExactly("a.txt", "b.txt", "c0.txt", "c1.txt", "c2.txt", "c3.txt", "c4.txt", "c5.txt");
    }

    @Test
    void aRunKilledHalfwayIsResumedWithTheAnalysesItJournaledAndWritesWhatAnUninterruptedRunWrites() throws Exception {
        Path stories = Path.of(AnalyzeJobTest.class.getResource("/stories/articles.jsonl").toURI());
        Path whole = work.resolve("whole");
        job(1).run(List.of(stories), Corpus.Earlier.NONE, List.of(JsonlOutput.replacing(whole, analyzer.key())),
                new AnalyzeJob.Listener() { });

        Path out = work.resolve("out");
        JsonlOutput killed = JsonlOutput.replacing(out, analyzer.key());
        int[] written = {0};
        assertThatThrownBy(() -> new AnalysisRun(new ArticleExtractor(), analyzer, 2).run(List.of(stories), a -> {
            if (written[0]++ == 15) {
                throw new IOException("killed"); // the process dies here: no complete(), no abandon()
            }
            killed.add(a);
        }, problem -> { })).hasMessage("killed");

        JsonlOutput resuming = JsonlOutput.replacing(out, analyzer.key());
        assertThat(resuming.resumed()).hasSize(15);
        AnalyzeJob.Result result = job(2).run(List.of(stories), Corpus.Earlier.NONE, resuming.resumed(),
                List.of(resuming), new AnalyzeJob.Listener() { });

        assertThat(result.summary().resumed()).isEqualTo(15);
        assertThat(result.summary().articles()).isEqualTo(38);
        assertThat(FolderSnapshot.of(out)).isEqualTo(FolderSnapshot.of(whole));
        assertThat(work.resolve(".out.partial")).doesNotExist();
    }

    @Test
    void anArticleOverThePerArticleBudgetIsStoppedAndReportedAndTheRunEnds() throws IOException {
        Path dir = Files.createDirectories(work.resolve("long"));
        for (String name : List.of("a.txt", "b.txt")) {
            // two different articles: identical ones would be one article (and a third problem line) when the first
            // finishes before the second is read
            StringBuilder text = new StringBuilder("Harbour dues rise in Mirren, part " + name + "\n\n");
            for (int i = 0; i < 150; i++) { // seconds of analysis: far over a budget of one millisecond
                text.append("On day ").append(i).append(" of ").append(name)
                        .append(" the port authority of Mirren said that dues would rise, and ")
                        .append("Captain Ilse Brandt said pilots \"will not work for less than last year.\"\n\n");
            }
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        AnalyzeJob.Result result = new AnalyzeJob(new ArticleExtractor(), analyzer, 2, Optional.empty(),
                java.time.Duration.ofMillis(1)).run(List.of(dir), Corpus.Earlier.NONE, List.of(),
                new AnalyzeJob.Listener() {
                    @Override
                    public void problem(String message) {
                        problems.add(message);
                    }
                });
        assertThat(result.summary().failed()).as(problems.toString()).isEqualTo(2);
        assertThat(result.summary().incomplete()).isTrue();
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p)
                .containsPattern("[ab]\\.txt: analysis (stopped|given up) after"));
    }
}
