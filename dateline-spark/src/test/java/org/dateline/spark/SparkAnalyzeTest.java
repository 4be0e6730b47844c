package org.dateline.spark;

import org.apache.spark.sql.SparkSession;
import org.dateline.corpus.Corpus;
import org.dateline.export.JsonlExporter;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.JsonlOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Spark job on {@code local[2]} against {@code analyze} (the library job, one JVM, the same models) on the same
 * inputs: every contract file holds the same records. Tagged {@code spark}, so that a developer can leave it out
 * ({@code -DexcludedGroups=spark}); the build runs it.
 */
@Tag("spark")
class SparkAnalyzeTest {
    /** The project's hand-written story fixtures: 38 short articles in 13 stories, with copies among them. */
    private static final Path FIXTURES = Path.of("..", "dateline-core", "src", "test", "resources", "stories",
            "articles.jsonl");
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
    /** Both thresholds above zero, so that the job is shown to leave out what {@code analyze} leaves out. */
    private static final Thresholds LEAST = new Thresholds(0.5, 0.5);
    private static SparkSession spark;

    @TempDir
    Path work;

    @BeforeAll
    static void start() {
        spark = SparkMain.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void fixturesGiveTheRecordsAnalyzeGives() throws IOException {
        assertSameRecords(FIXTURES);
        assertThat(Files.readAllLines(work.resolve("spark").resolve(JsonlExporter.STORIES))).hasSizeGreaterThan(1);
        long articles = Files.readAllLines(work.resolve("spark").resolve(JsonlExporter.ARTICLES)).size();
        assertThat(spark.read().parquet(work.resolve("spark").resolve("parquet").resolve("articles").toString()).count())
                .isEqualTo(articles);
    }

    @Test
    void seedsGiveTheRecordsAnalyzeGives() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "no ../shared/seeds here");
        assertSameRecords(SEEDS);
    }

    @Test
    void corruptWarcRecordIsNamedWithItsFileAndOffsetAndTheRestIsAnalysed() throws IOException {
        Path crawl = Files.createDirectories(work.resolve("crawl"));
        Path file = crawl.resolve("harbour.warc");
        List<Long> offsets = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.NONE)) {
            for (int i = 1; i <= 3; i++) {
                offsets.add(writer.position());
                writer.write(page(i));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = offsets.get(1).intValue() + 10; i < offsets.get(1) + 40; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(file, bytes);
        String uri = crawl.toUri().toString();
        List<String> problems = new ArrayList<>();
        AnalyzeJob.Result result = spark(List.of(uri), work.resolve("out"), problems);

        String named = "file:" + file.toAbsolutePath();
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .startsWith(named + ": record at offset " + offsets.get(1) + " is truncated or corrupt"));
        assertThat(result.summary().articles()).isEqualTo(2);
        assertThat(result.summary().incomplete()).isTrue();
        assertThat(result.linked().articles()).extracting(a -> a.article().source())
                .containsExactly("https://velmora.example/harbour/1", "https://velmora.example/harbour/3");
        assertThat(result.linked().articles()).allSatisfy(a -> assertThat(a.quotes()).isNotEmpty());
    }

    /** Three pages of invented news from the harbour town of Velmora, written for this test, each its own story. */
    private static final List<String> REPORTS = List.of(
            "The harbour master of Velmora, Anton Reiss, said on Tuesday that a dozen ships had been held outside the"
                    + " port since the storm. \"We expect to open the channel again by Friday,\" Reiss told reporters.",
            "Fishermen in Velmora protested against a new quota on herring, blocking the fish market for an hour."
                    + " \"The quota leaves us nothing for the winter,\" said Marta Olen, who speaks for the cooperative.",
            "The city council of Velmora voted to rebuild the old lighthouse on the northern pier. Mayor Jonas Hale said"
                    + " the work would begin in the spring and cost less than a new tower.");

    private static WarcResponse page(int n) throws IOException {
        String html = "<!DOCTYPE html><html><head><title>Velmora report " + n + "</title></head><body><article>"
                + "<h1>Velmora report " + n + "</h1><p>" + REPORTS.get(n - 1) + "</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create("https://velmora.example/harbour/" + n))
                .date(Instant.parse("2024-03-0" + n + "T09:00:00Z")).body(http).build();
    }

    /** Runs {@code analyze} and the Spark job on {@code input} and compares every contract file as a set of lines. */
    private void assertSameRecords(Path input) throws IOException {
        Path local = work.resolve("local");
        JsonlOutput files = JsonlOutput.replacing(local);
        AnalyzeJob.Result expected = new AnalyzeJob(Models.extractor(), new Analyzer(Annotator.forPreset(Preset.FACTS))
                .withMinEventConfidence(LEAST.events()).withMinQuoteConfidence(LEAST.quotes()), 2,
                Optional.empty()).run(List.of(input), Corpus.Earlier.NONE, List.of(files), new AnalyzeJob.Listener() {
        });
        AnalyzeJob.Result actual = spark(List.of(input.toString()), work.resolve("spark"), new ArrayList<>());

        assertThat(actual.summary().articles()).isEqualTo(expected.summary().articles()).isPositive();
        for (String name : List.of(JsonlExporter.ARTICLES, JsonlExporter.QUOTES, JsonlExporter.TIMES,
                JsonlExporter.EVENTS, JsonlExporter.ACTORS, JsonlExporter.MENTIONS, JsonlExporter.STORIES,
                JsonlExporter.THREADS)) {
            Set<String> want = new HashSet<>(Files.readAllLines(local.resolve(name), StandardCharsets.UTF_8));
            Set<String> got = new HashSet<>(Files.readAllLines(work.resolve("spark").resolve(name), StandardCharsets.UTF_8));
            Set<String> onlyLocal = new HashSet<>(want);
            onlyLocal.removeAll(got);
            Set<String> onlySpark = new HashSet<>(got);
            onlySpark.removeAll(want);
            assertThat(onlyLocal).as("%s: records only analyze wrote", name).isEmpty();
            assertThat(onlySpark).as("%s: records only the Spark job wrote", name).isEmpty();
        }
    }

    private static AnalyzeJob.Result spark(List<String> inputs, Path out, List<String> problems) throws IOException {
        ParquetOutput parquet = new ParquetOutput(spark, out.resolve("parquet").toUri().toString());
        return new SparkAnalyzeJob(LEAST).run(spark, inputs, List.of(JsonlOutput.replacing(out), parquet),
                new AnalyzeJob.Listener() {
                    @Override
                    public void problem(String message) {
                        problems.add(message);
                    }
                });
    }
}
