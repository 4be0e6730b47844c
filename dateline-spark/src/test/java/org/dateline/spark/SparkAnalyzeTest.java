package org.dateline.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.dateline.corpus.BlockedStories;
import org.dateline.corpus.BlockedThreads;
import org.dateline.corpus.Corpus;
import org.dateline.corpus.CorpusActors;
import org.dateline.corpus.DuplicateSettings;
import org.dateline.corpus.Fingerprint;
import org.dateline.corpus.MinHasher;
import org.dateline.corpus.NearDuplicates;
import org.dateline.corpus.Stories;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.export.JsonlExporter;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.JsonlOutput;
import org.dateline.pipeline.RecordJson;
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
import scala.Tuple2;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Spark job on {@code local[2]} against {@code analyze} (the library job, one JVM, the same models) on the same
 * inputs: every contract file holds the same records; and the near-duplicate search of the executors against the
 * local one. Tagged {@code spark}, so that a developer can leave it out ({@code -DexcludedGroups=spark}); the build
 * runs it.
 */
@Tag("spark")
class SparkAnalyzeTest {
    /** The project's hand-written story fixtures: 38 short articles in 13 stories, none a near-duplicate of another. */
    private static final Path FIXTURES = Path.of("..", "dateline-core", "src", "test", "resources", "stories",
            "articles.jsonl");
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
    /** Both thresholds above zero, so that the job is shown to leave out what {@code analyze} leaves out. */
    private static final Thresholds LEAST = new Thresholds(0.5, 0.5);
    /** Every k-th word of a rewrite is changed ({@link #invented}): from a copy of Jaccard about 0.1 to one of 0.9. */
    private static final int[] EVERY = {4, 6, 8, 10, 14, 20, 40};
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

    /**
     * The fixtures, with the stories assigned on the driver and by blocks of a week on the executors, and the threads
     * linked on the driver and by blocks of stories on the executors, in the four pairings: on these articles neither
     * the blocked stories nor the blocked threads move (the hand-written set's 13 stories and 12 threads, one block of
     * stories, {@code docs/scale.md}), so all give {@code analyze}'s records; that the blocked runs are not the local
     * ones is shown on invented rows below.
     */
    @Test
    void fixturesGiveTheRecordsAnalyzeGivesWithTheStoriesAndThreadsOnTheDriverOrByBlocks() throws IOException {
        assertSameRecords(FIXTURES, new Linking(SparkAnalyzeJob.StoryAssignment.local, SparkAnalyzeJob.ThreadLinking.local),
                new Linking(SparkAnalyzeJob.StoryAssignment.blocks, SparkAnalyzeJob.ThreadLinking.local),
                new Linking(SparkAnalyzeJob.StoryAssignment.local, SparkAnalyzeJob.ThreadLinking.blocks),
                new Linking(SparkAnalyzeJob.StoryAssignment.blocks, SparkAnalyzeJob.ThreadLinking.blocks));
        assertThat(Files.readAllLines(work.resolve("spark").resolve(JsonlExporter.STORIES))).hasSizeGreaterThan(1);
        long articles = Files.readAllLines(work.resolve("spark").resolve(JsonlExporter.ARTICLES)).size();
        assertThat(spark.read().parquet(work.resolve("spark").resolve("parquet").resolve("articles").toString()).count())
                .isEqualTo(articles);
    }

    /**
     * Articles over three weeks in rows of different partitions, assigned by blocks on the executors ({@link
     * StoryBlocks}): the stories of {@link BlockedStories#assign(List, Map)} on the same articles, their copies marked
     * by the driver. Not the local run's: a copy three weeks after its original is scored in its own block (its
     * original is in none of its blocks), where the local run puts it in its original's story.
     */
    @Test
    void theStoryBlocksAssignedOnTheExecutorsGiveTheLocalBlockedStories() {
        List<AnalyzedArticle> analysed = velmora();
        Map<String, String> corpusIdOf = Map.of("actor-PERSON-A. Reiss", "actor-PERSON-Anton Reiss");
        List<AnalyzedArticle> marked = marked(analysed);
        BlockedStories.Result got = new StoryBlocks(rows(analysed)).assign(marked, corpusIdOf);

        assertThat(got).isEqualTo(BlockedStories.assign(marked, corpusIdOf));
        Stories local = new Stories();
        marked.stream().sorted(Stories.OLDEST_FIRST).forEach(a -> local.assign(a, corpusIdOf));
        assertThat(local.storyOf("harbour-copy")).as("the local run").isEqualTo(local.storyOf("harbour-1"));
        assertThat(got.storyOf().get("harbour-copy")).as("by blocks").isNotEqualTo(got.storyOf().get("harbour-1"));
        assertThat(got.stories()).extracting(Stories.Story::articles).contains(List.of("harbour-1", "harbour-2"),
                List.of("quota-1", "quota-2"));
    }

    /**
     * The same articles' stories (by blocks of a week) linked into threads by blocks of stories on the executors ({@link
     * ThreadBlocks}): the threads of {@link BlockedThreads#assign(List, List, Map, int)} on the same articles and
     * stories, at the default cap and at a cap of two articles, where the harbour's copy (a story of its own, linked to
     * the harbour's story by its harbour master) is a block apart from its original's story and opens a thread of its
     * own, where the default cap puts it in the harbour's thread.
     */
    @Test
    void theThreadBlocksAssignedOnTheExecutorsGiveTheLocalBlockedThreads() {
        List<AnalyzedArticle> analysed = velmora();
        Map<String, String> corpusIdOf = Map.of("actor-PERSON-A. Reiss", "actor-PERSON-Anton Reiss");
        List<AnalyzedArticle> marked = marked(analysed);
        BlockedStories.Result stories = BlockedStories.assign(marked, corpusIdOf);
        String harbour = stories.storyOf().get("harbour-1");
        String copy = stories.storyOf().get("harbour-copy");

        Map<String, String> got = new ThreadBlocks(rows(analysed), BlockedThreads.CAP)
                .assign(marked, stories.stories(), corpusIdOf);
        Map<String, String> capped = new ThreadBlocks(rows(analysed), 2).assign(marked, stories.stories(), corpusIdOf);

        assertThat(got).isEqualTo(BlockedThreads.assign(marked, stories.stories(), corpusIdOf).threadOf());
        assertThat(capped).isEqualTo(BlockedThreads.assign(marked, stories.stories(), corpusIdOf, 2).threadOf());
        assertThat(got.get(copy)).as("at the default cap").isEqualTo(got.get(harbour));
        assertThat(capped.get(copy)).as("at a cap of two").isNotEqualTo(capped.get(harbour));
        assertThat(got).hasSize(stories.stories().size());
    }

    /** Invented articles from Velmora over three weeks, one of them undated and one a copy three weeks after its original. */
    private static List<AnalyzedArticle> velmora() {
        return List.of(
                dated("harbour-1", "2024-03-04", REPORTS.get(0), actor("Anton Reiss", ActorType.PERSON)),
                dated("harbour-2", "2024-03-05", "Ships still waited outside the port of Velmora on Tuesday, and harbour"
                        + " master Anton Reiss repeated that the channel should open again by Friday after the storm.",
                        actor("A. Reiss", ActorType.PERSON)),
                dated("quota-1", "2024-03-10", REPORTS.get(1), actor("Marta Olen", ActorType.PERSON)),
                dated("quota-2", "2024-03-11", "The herring quota protest in Velmora went on for a second day as"
                        + " fishermen kept the fish market blocked; Marta Olen said the cooperative would not give way.",
                        actor("Marta Olen", ActorType.PERSON)),
                dated("lighthouse-1", "2024-03-12", REPORTS.get(2)),
                dated("harbour-copy", "2024-03-25", REPORTS.get(0), actor("Anton Reiss", ActorType.PERSON)),
                dated("undated-1", null, REPORTS.get(2)));
    }

    /** The articles with the copy marked by the driver. */
    private static List<AnalyzedArticle> marked(List<AnalyzedArticle> analysed) {
        Map<String, String> duplicateOf = Map.of("harbour-copy", "harbour-1");
        return analysed.stream().map(a -> new AnalyzedArticle(
                a.article().withLinks(duplicateOf.get(a.article().id()), null), a.actors(), a.quotes(), a.times()))
                .toList();
    }

    /** The articles as analysed rows in three partitions. */
    private static JavaRDD<AnalysedRow> rows(List<AnalyzedArticle> analysed) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return context.parallelize(IntStream.range(0, analysed.size())
                .mapToObj(i -> new AnalysedRow(i, RecordJson.write(analysed.get(i)), null, null)).toList(), 3);
    }

    private static AnalyzedArticle dated(String id, String published, String text, Actor... actors) {
        return new AnalyzedArticle(invented(id, text, published), List.of(actors), List.of(), List.of());
    }

    @Test
    void seedsGiveTheRecordsAnalyzeGives() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "no ../shared/seeds here");
        assertSameRecords(SEEDS);
    }

    @Test
    void copiesFoundOnTheExecutorsAreTheCopiesAnalyzeFinds() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < REPORTS.size(); i++) {
            lines.add(jsonl("https://velmora.example/news/" + i, "Velmora Post", "2024-03-0" + (i + 2), REPORTS.get(i)));
        }
        lines.add(jsonl("https://coastwire.example/a", "Coast Wire", "2024-03-01", REPORTS.get(0)));
        lines.add(jsonl("https://harbourdaily.example/b", "Harbour Daily", "2024-03-04",
                REPORTS.get(1).replace("for an hour", "for two hours").replace("the winter", "winter")));
        Path input = work.resolve("copies.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);

        assertSameRecords(input);
        List<String> articles = Files.readAllLines(work.resolve("spark").resolve(JsonlExporter.ARTICLES));
        assertThat(articles).filteredOn(a -> a.contains("\"duplicate_of\":\"")).as("the two copies").hasSize(2);
    }

    private static String jsonl(String url, String outlet, String published, String text) {
        return "{\"url\": \"" + url + "\", \"outlet\": \"" + outlet + "\", \"published\": \"" + published
                + "\", \"text\": \"" + text.replace("\"", "\\\"") + "\"}";
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

    /**
     * The near-duplicate search alone ({@link CopyPairs}) against {@link NearDuplicates#find} on texts of invented words,
     * each with rewrites that change every k-th word ({@link #EVERY}), so that their similarity falls on both sides of
     * the threshold (some candidates pass the check and some do not), and with two exact copies, which are paired with
     * the first of the three only.
     */
    @Test
    void thePairsFoundByBandKeysAreCandidatesThatPassAndGiveTheGroupsFindGives() {
        List<Article> articles = articles(30);
        MinHasher hasher = new MinHasher(DuplicateSettings.DEFAULT);
        List<Fingerprint> prints = articles.stream().map(a -> hasher.fingerprint(a.text())).toList();
        Set<Tuple2<Long, Long>> candidates = new HashSet<>();
        Set<Tuple2<Long, Long>> copies = new HashSet<>();
        for (int i = 0; i < prints.size(); i++) {
            for (int j = i + 1; j < prints.size(); j++) {
                int[] other = prints.get(j).bandKeys();
                if (Arrays.stream(prints.get(i).bandKeys()).anyMatch(k -> Arrays.stream(other).anyMatch(l -> l == k))) {
                    candidates.add(new Tuple2<>((long) i, (long) j));
                    if (DuplicateSettings.DEFAULT.similar(prints.get(i).shingles(), prints.get(j).shingles())) {
                        copies.add(new Tuple2<>((long) i, (long) j));
                    }
                }
            }
        }
        assertThat(copies).as("some candidates fail the check").hasSizeLessThan(candidates.size()).isNotEmpty();

        List<Tuple2<Long, CopyPairs.Print>> rows = IntStream.range(0, articles.size())
                .mapToObj(i -> new Tuple2<>((long) i, CopyPairs.Print.of(articles.get(i).text()))).toList();
        JavaPairRDD<Long, CopyPairs.Print> partitioned = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelizePairs(rows, 4);
        List<Tuple2<Long, Long>> found = CopyPairs.find(partitioned);

        Map<String, Long> firstOf = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            firstOf.merge(articles.get(i).text(), (long) i, Math::min);
        }
        Set<Tuple2<Long, Long>> expected = new HashSet<>(copies);
        expected.removeIf(p -> {
            String a = articles.get(p._1().intValue()).text();
            String b = articles.get(p._2().intValue()).text();
            return a.equals(b) ? !p._1().equals(firstOf.get(a)) : !p._1().equals(firstOf.get(a)) || !p._2().equals(firstOf.get(b));
        });
        assertThat(expected).as("of 3 pairs among a base and its exact copies, 2 are kept").hasSizeLessThan(copies.size() - 29);
        assertThat(found).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(NearDuplicates.join(articles, named(articles, found))).isEqualTo(NearDuplicates.find(articles));
        for (int crowded : new int[] {2, 1}) {
            // every key that two articles, or one, hold is crowded: a prefix index finds enough of its pairs that pass
            List<Tuple2<Long, Long>> joining = CopyPairs.find(partitioned, crowded);
            assertThat(found).as("crowded at %d", crowded).containsAll(joining);
            assertThat(joining).hasSizeLessThan(found.size());
            assertThat(NearDuplicates.join(articles, named(articles, joining))).isEqualTo(NearDuplicates.find(articles));
        }
        assertThat(NearDuplicates.find(articles).duplicateOf()).hasSizeGreaterThan(30);
    }

    private static List<NearDuplicates.Pair> named(List<Article> articles, List<Tuple2<Long, Long>> pairs) {
        return pairs.stream().map(p -> new NearDuplicates.Pair(articles.get(p._1().intValue()).id(),
                articles.get(p._2().intValue()).id())).toList();
    }

    /**
     * Names typed two ways in articles of different partitions: "Tomas Brede" a person by two votes in one and an
     * organisation by one and two in two others, so the type is the sum's, not any one partition's; "Halvik" a place
     * by one vote and an organisation by one, a tie.
     */
    @Test
    void theTypesOfNamesDecidedOnTheExecutorsAreThoseOfTheVotesOfTheWholeCorpus() {
        List<AnalyzedArticle> articles = List.of(
                typed("Tomas Brede", ActorType.PERSON, 2), typed("Tomas Brede", ActorType.ORGANIZATION, 1),
                typed("Tomas Brede", ActorType.ORGANIZATION, 2), typed("Halvik", ActorType.LOCATION, 1),
                typed("Halvik", ActorType.ORGANIZATION, 1));
        List<String> json = articles.stream().map(RecordJson::write).toList();

        CorpusActors.NameTypes types = NameVotes.decide(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(json, articles.size()));

        assertThat(types.decided()).isEqualTo(Map.of("tomas brede", ActorType.ORGANIZATION));
        assertThat(new CorpusActors().merge(articles).actors()).filteredOn(a -> a.name().equals("Tomas Brede"))
                .singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(ActorType.ORGANIZATION));
    }

    /**
     * Actors whose rules join names of other last words, and a given name beside its surname, in articles of different
     * partitions: the blocks keyed and joined on the executors give the corpus actors and merges of the local link.
     */
    @Test
    void theActorBlocksJoinedOnTheExecutorsGiveTheLocalCorpusActors() {
        List<AnalyzedArticle> articles = List.of(
                named("blocks-1", "The lake shore of the Windy City froze.", actor("Windy City", ActorType.LOCATION),
                        actor("Çelikel", ActorType.PERSON)),
                named("blocks-2", "Chicago schools opened late; Deniz Celikel and Tarrow spoke.",
                        actor("Chicago", ActorType.LOCATION), actor("Deniz Celikel", ActorType.PERSON),
                        actor("Tarrow", ActorType.PERSON)),
                named("blocks-3", "Quentin Tarrow left the orchestra in spring.", actor("Quentin Tarrow", ActorType.PERSON)),
                named("blocks-4", "Quentin said Tarrow would tour again.", actor("Quentin", ActorType.PERSON),
                        actor("Tarrow", ActorType.PERSON)));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        CorpusActors.NameTypes types = NameVotes.decide(context.parallelize(
                articles.stream().map(RecordJson::write).toList(), articles.size()));
        List<CorpusActors.Joined> blocks = ActorBlocks.join(context.parallelize(IntStream.range(0, articles.size())
                .mapToObj(i -> new AnalysedRow(i, RecordJson.write(articles.get(i)), null, null)).toList(),
                articles.size()), types);
        Corpus local = new Corpus();
        Corpus spread = new Corpus();
        articles.forEach(local::add);
        articles.forEach(spread::add);
        Corpus.Linked want = local.link();
        Corpus.Linked got = spread.link(List.of(), types, blocks);

        assertThat(got.actors()).isEqualTo(want.actors());
        assertThat(new HashSet<>(got.merges())).isEqualTo(new HashSet<>(want.merges()));
        assertThat(got.merges()).extracting(CorpusActors.Merge::rule).contains("nickname", "surname-only", "given-name");
    }

    private static AnalyzedArticle named(String id, String text, Actor... actors) {
        return new AnalyzedArticle(invented(id, text, "2024-05-0" + id.charAt(id.length() - 1)), List.of(actors),
                List.of(), List.of());
    }

    private static Actor actor(String name, ActorType type) {
        return new Actor("actor-" + type + "-" + name, name, type, List.of(), List.of(), null, null, 1);
    }

    private static AnalyzedArticle typed(String name, ActorType type, int mentions) {
        String id = "typed-" + name.length() + "-" + type + "-" + mentions;
        return new AnalyzedArticle(invented(id, name + " was named here.", "2024-05-01"),
                List.of(new Actor(id, name, type, List.of(), List.of(), null, null, mentions)), List.of(), List.of());
    }

    /**
     * {@code bases} texts of 80 invented words, each with two exact copies and its rewrites ({@link #EVERY}), in shuffled
     * order.
     */
    private static List<Article> articles(int bases) {
        Random random = new Random(14);
        List<String> words = IntStream.range(0, 400).mapToObj(i -> "w" + Integer.toString(i * 7919 % 4001, 36)).toList();
        List<Article> out = new ArrayList<>();
        for (int b = 0; b < bases; b++) {
            List<String> text = random.ints(80, 0, words.size()).mapToObj(words::get).toList();
            out.add(invented("base" + b, String.join(" ", text), "2024-01-" + (10 + b % 9)));
            out.add(invented("base" + b + "-same", String.join(" ", text), "2024-02-01"));
            out.add(invented("base" + b + "-again", String.join(" ", text), null));
            for (int every : EVERY) {
                List<String> rewrite = new ArrayList<>(text);
                for (int i = every - 1; i < rewrite.size(); i += every) {
                    rewrite.set(i, words.get(random.nextInt(words.size())));
                }
                out.add(invented("base" + b + "-" + every, String.join(" ", rewrite), "2024-01-" + (10 + every % 9)));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    private static Article invented(String id, String text, String published) {
        return new Article(id, id, "outlet-" + id.length(), null, published, published == null ? null : "metadata", null,
                List.of(), "en", text, null, null, List.of());
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

    /** Where the Spark job links the stories and the threads. */
    private record Linking(SparkAnalyzeJob.StoryAssignment stories, SparkAnalyzeJob.ThreadLinking threads) {
        static final Linking LOCAL = new Linking(SparkAnalyzeJob.StoryAssignment.local, SparkAnalyzeJob.ThreadLinking.local);
    }

    /**
     * Runs {@code analyze} and the Spark job (with each of {@code linkings}, by default on the driver) on {@code input}
     * and compares every contract file as a set of lines.
     */
    private void assertSameRecords(Path input, Linking... linkings) throws IOException {
        Path local = work.resolve("local");
        JsonlOutput files = JsonlOutput.replacing(local, LEAST.key());
        AnalyzeJob.Result expected = new AnalyzeJob(Models.extractor(), new Analyzer(Annotator.forPreset(Preset.FACTS))
                .withMinEventConfidence(LEAST.events()).withMinQuoteConfidence(LEAST.quotes()), 2,
                Optional.empty()).run(List.of(input), Corpus.Earlier.NONE, List.of(files), new AnalyzeJob.Listener() {
        });
        for (Linking where : linkings.length == 0 ? new Linking[] {Linking.LOCAL} : linkings) {
            AnalyzeJob.Result actual = spark(List.of(input.toString()), work.resolve("spark"), new ArrayList<>(), where);

            assertThat(actual.summary().articles()).isEqualTo(expected.summary().articles()).isPositive();
            for (String name : List.of(JsonlExporter.ARTICLES, JsonlExporter.QUOTES, JsonlExporter.TIMES,
                    JsonlExporter.EVENTS, JsonlExporter.ACTORS, JsonlExporter.MENTIONS, JsonlExporter.STORIES,
                    JsonlExporter.THREADS)) {
                Set<String> want = new HashSet<>(Files.readAllLines(local.resolve(name), StandardCharsets.UTF_8));
                Set<String> got = new HashSet<>(Files.readAllLines(work.resolve("spark").resolve(name),
                        StandardCharsets.UTF_8));
                Set<String> onlyLocal = new HashSet<>(want);
                onlyLocal.removeAll(got);
                Set<String> onlySpark = new HashSet<>(got);
                onlySpark.removeAll(want);
                assertThat(onlyLocal).as("%s, %s: records only analyze wrote", name, where).isEmpty();
                assertThat(onlySpark).as("%s, %s: records only the Spark job wrote", name, where).isEmpty();
            }
        }
    }

    private static AnalyzeJob.Result spark(List<String> inputs, Path out, List<String> problems) throws IOException {
        return spark(inputs, out, problems, Linking.LOCAL);
    }

    private static AnalyzeJob.Result spark(List<String> inputs, Path out, List<String> problems, Linking linking)
            throws IOException {
        ParquetOutput parquet = new ParquetOutput(spark, out.resolve("parquet").toUri().toString());
        return new SparkAnalyzeJob(LEAST, linking.stories(), linking.threads()).run(spark, inputs, List.of(JsonlOutput.replacing(out, LEAST.key()), parquet),
                new AnalyzeJob.Listener() {
                    @Override
                    public void problem(String message) {
                        problems.add(message);
                    }
                });
    }
}
