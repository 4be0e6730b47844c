package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.extract.ArticleExtractor;
import org.dateline.model.Actor;
import org.dateline.model.EventType;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.JsonlOutput;
import org.dateline.pipeline.StoreOutput;
import org.dateline.server.DatelineServer;
import org.dateline.server.ServedOutput;
import org.dateline.server.ServerSettings;
import org.dateline.store.lucene.LuceneLocation;
import org.dateline.store.lucene.LuceneStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code dateline bench server}: the HTTP API of {@code dateline serve} under measurement, on the loopback.
 *
 * <p>Latency: a {@link SyntheticRecord} of N articles is written (output folder and store, no language analysis), a
 * server is started on it, and {@value #QUERIES} varied searches with facets (text, outlet, speaker, event type and
 * country, month range, story, thread, confidence; every search computes every facet) are sent one after another
 * after {@value #WARMUP} unmeasured ones; the p50 and p95 of their wall-clock time are reported.
 *
 * <p>Load: {@value #CLIENTS} clients send requests (searches, articles, actors) while a batch of real articles is
 * uploaded to {@code POST /api/ingest} and analysed, and stop when they have sent {@value #REQUESTS} and the batch's job
 * has ended (so that the swap to the new state comes under load); every request must be answered 200, and the counts served after the batch must equal those of {@code analyze --append} of the same batch onto the
 * same record. That reference run is made first, through the same analysis, and the annotations it made are kept in
 * memory for the server's run, so the language models annotate each text once (the rest of the analysis and all the
 * linking run twice).
 */
public final class ServerBench {
    public static final int QUERIES = 1_000;
    static final int WARMUP = 200;
    static final int CLIENTS = 16;
    static final int REQUESTS = 10_000;
    private static final String TOKEN = "server-bench-token-" + Long.toHexString(System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kinds of search sent, in turn ({@link #queries}). */
    static final List<String> KINDS = List.of("text", "text+outlet", "quotes by speaker", "events by type+country",
            "text+month", "story", "events by confidence+text", "articles of a thread, two words");

    /**
     * Search latency over {@code queries} searches of a {@code articles}-article record; times in ms.
     *
     * @param p95ByKind the p95 of each of {@link #KINDS}, in that order
     * @param load      the machine's load average (one minute) when the searches ended, on {@code cores} cores: wall
     *                  clock times include the waits for a core that other work causes
     */
    public record Latency(int articles, double writeSeconds, int queries, double p50, double p95, double max,
                         int failed, List<Double> p95ByKind, double load, int cores) {
        public String format() {
            StringBuilder kinds = new StringBuilder();
            for (int k = 0; k < KINDS.size(); k++) {
                kinds.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f", KINDS.get(k), p95ByKind.get(k)));
            }
            return String.format(Locale.ROOT, "search latency, %,d synthetic articles (written in %.0f s): %d queries with"
                    + " facets through the HTTP API, p50 %.1f ms, p95 %.1f ms, max %.1f ms, %d failed (load average %.1f on"
                    + " %d cores)%np95 by kind (ms): %s", articles, writeSeconds, queries, p50, p95, max, failed, load,
                    cores, kinds);
        }
    }

    /**
     * A load test while a batch was ingested.
     *
     * @param requests how many requests were sent: at least {@value #REQUESTS}, more when the job ran longer
     * @param during   whether the batch's commit came while the clients were sending
     * @param served   what the server served after the batch
     * @param expected what {@code analyze --append} of the batch onto the same record wrote
     */
    public record Load(int base, int clients, int requests, int failed, List<String> failures, double seconds,
                       String job, int batchArticles, boolean during, ServedOutput.Counts served,
                       ServedOutput.Counts expected) {
        public boolean countsEqual() {
            return expected.equals(served);
        }

        public String format() {
            return String.format(Locale.ROOT, "load: %d clients, %,d requests in %.1f s (%.0f/s), %d failed%s;"
                            + " meanwhile a batch of %d articles was ingested onto %,d synthetic ones (job %s, committed %s"
                            + " the load)%nserved after it:   %s%nanalyze --append: %s%ncounts equal: %s",
                    clients, requests, seconds, requests / seconds, failed,
                    failures.isEmpty() ? "" : " (first: " + String.join("; ", failures) + ")", batchArticles, base, job,
                    during ? "during" : "outside", served, expected, countsEqual() ? "yes" : "NO");
        }
    }

    private ServerBench() {
    }

    /**
     * Writes a record of {@code articles} articles under {@code work} and measures search latency on it, over
     * {@code queries} searches after a fifth as many warm-up ones ({@value #QUERIES} and {@value #WARMUP} for the
     * figure).
     */
    public static Latency latency(int articles, long seed, Path work, int queries, Consumer<String> progress)
            throws IOException {
        Path out = work.resolve("out");
        Path store = work.resolve("store");
        progress.accept("writing " + articles + " synthetic articles to " + work + " ...");
        long started = System.nanoTime();
        SyntheticRecord.Written written;
        try (LuceneStore index = LuceneStore.open(store, 10_000)) {
            written = new SyntheticRecord(seed).write(articles, out, index);
        }
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        progress.accept("starting the server ...");
        try (DatelineServer server = DatelineServer.start(new ServerSettings(new LuceneLocation(store), out, ServerSettings.LOOPBACK, 0,
                Optional.empty(), false), ServerBench::noIngest)) {
            Client client = new Client(server.port(), null);
            int warmup = queries * WARMUP / QUERIES;
            List<String> searches = queries(written, seed, warmup + queries);
            progress.accept("sending " + warmup + " warm-up and " + queries + " measured searches ...");
            double[] ms = new double[queries];
            List<List<Double>> byKind = new ArrayList<>();
            KINDS.forEach(k -> byKind.add(new ArrayList<>()));
            int failed = 0;
            for (int i = 0; i < searches.size(); i++) {
                long t = System.nanoTime();
                int status = client.get(searches.get(i)).statusCode();
                if (i >= warmup) {
                    ms[i - warmup] = (System.nanoTime() - t) / 1e6;
                    byKind.get(i % KINDS.size()).add(ms[i - warmup]);
                    failed += status == 200 ? 0 : 1;
                }
            }
            Arrays.sort(ms);
            return new Latency(articles, writeSeconds, queries, percentile(ms, 0.50), percentile(ms, 0.95),
                    ms[ms.length - 1], failed, byKind.stream().map(k -> percentile(
                            k.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.95)).toList(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * Writes a record of {@code base} articles under {@code work} twice, adds {@code batch} to one copy by
     * {@code analyze --append}'s job, serves the other, and runs the load test while the server ingests the batch.
     */
    public static Load load(int base, long seed, Path batch, Path work, Consumer<String> progress)
            throws IOException, InterruptedException {
        Path out = work.resolve("load-out");
        Path store = work.resolve("load-store");
        Path refOut = work.resolve("ref-out");
        Path refStore = work.resolve("ref-store");
        SyntheticRecord record = new SyntheticRecord(seed);
        SyntheticRecord.Written written;
        try (LuceneStore index = LuceneStore.open(store, 10_000); LuceneStore ref = LuceneStore.open(refStore, 10_000)) {
            written = record.write(base, out, index);
            record.write(base, refOut, ref);
        }
        progress.accept("loading the language models and analysing " + batch + " as analyze --append would ...");
        Supplier<Analyzer> analyzers = remembering(Annotator.forPreset(Preset.FACTS));
        try (LuceneStore ref = LuceneStore.open(refStore)) {
            JsonlOutput files = JsonlOutput.adding(refOut, analyzers.get().key());
            new AnalyzeJob(new ArticleExtractor(), analyzers.get(), Runtime.getRuntime().availableProcessors(),
                    Optional.empty()).run(List.of(batch), files.earlier(), List.of(files, new StoreOutput(ref, "reference")),
                    new AnalyzeJob.Listener() { });
        }
        ServedOutput.Counts expected = ServedOutput.read(refOut).counts();
        try (DatelineServer server = DatelineServer.start(new ServerSettings(new LuceneLocation(store), out, ServerSettings.LOOPBACK, 0,
                Optional.of(TOKEN), false), analyzers)) {
            Client client = new Client(server.port(), TOKEN);
            List<String> requests = new ArrayList<>(queries(written, seed + 1, REQUESTS / 2));
            SplittableRandom random = new SplittableRandom(seed);
            while (requests.size() < REQUESTS) {
                requests.add(random.nextBoolean()
                        ? "/api/articles/" + String.format(Locale.ROOT, "syn%07d", random.nextInt(base))
                        : "/api/actors/" + record.article(random.nextInt(base)).actors().get(0).id());
            }
            AtomicInteger next = new AtomicInteger();
            AtomicBoolean jobEnded = new AtomicBoolean();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            progress.accept("load: " + CLIENTS + " clients, " + REQUESTS + " requests, while the batch is ingested ...");
            List<Thread> clients = new ArrayList<>();
            Instant loadStart = Instant.now();
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    for (int i; (i = next.getAndIncrement()) < REQUESTS || !jobEnded.get(); ) {
                        String path = requests.get(i % REQUESTS);
                        try {
                            HttpResponse<String> r = client.get(path);
                            if (r.statusCode() != 200) {
                                failures.add(path + " answered " + r.statusCode());
                            }
                        } catch (UncheckedIOException e) {
                            failures.add(path + ": " + e.getMessage());
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            JsonNode done = client.awaitJob(client.ingest(batch));
            jobEnded.set(true);
            for (Thread t : clients) {
                t.join();
            }
            Instant loadEnd = Instant.now();
            int sent = next.get() - CLIENTS; // each client took one number more, the one it stopped at
            Instant finished = Instant.parse(done.get("finished").asText());
            ServedOutput.Counts served = done.get("served").isNull() ? null
                    : JSON.treeToValue(done.get("served"), ServedOutput.Counts.class);
            return new Load(base, CLIENTS, sent, failures.size(), failures.stream().limit(3).toList(),
                    Duration.between(loadStart, loadEnd).toMillis() / 1000.0,
                    done.get("state").asText() + (done.get("error").isNull() ? "" : ": " + done.get("error").asText()),
                    done.get("articles").asInt(), finished.isBefore(loadEnd), served, expected);
        }
    }

    /** An analyzer whose annotations are kept in memory, so that a second run over the same texts reuses them. */
    private static Supplier<Analyzer> remembering(Annotator annotator) {
        Map<String, Annotation> kept = new ConcurrentHashMap<>();
        Analyzer analyzer = new Analyzer((String text, LocalDate day) -> {
            String key = day + "\n" + text;
            Annotation a = kept.get(key);
            if (a == null) {
                a = annotator.annotate(text, day);
                kept.put(key, a);
            }
            return a;
        }, Analyzer.MAX_ANALYZED_CHARS).withMinEventConfidence(Analyzer.DEFAULT_MIN_EVENT_CONFIDENCE)
                .withMinQuoteConfidence(Analyzer.DEFAULT_MIN_QUOTE_CONFIDENCE);
        return () -> analyzer;
    }

    private static Analyzer noIngest() {
        throw new IllegalStateException("the latency bench takes no uploads");
    }

    /** {@code n} varied API searches of {@code written}'s words, outlets, persons, event types, months and stories. */
    static List<String> queries(SyntheticRecord.Written written, long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed * 7 + 3);
        List<String> queries = new ArrayList<>();
        LocalDate first = LocalDate.parse("2015-01-01");
        long days = Math.max(1, (long) written.articles() * 600 / 86_400);
        for (int i = 0; i < n; i++) {
            String word = written.words().get(r.nextInt(written.words().size()));
            Actor person = written.persons().get(r.nextInt(written.persons().size()));
            String outlet = written.outlets().get(r.nextInt(written.outlets().size()));
            LocalDate from = first.plusDays(r.nextLong(days));
            String query = switch (i % KINDS.size()) {
                case 0 -> "q=" + enc(word);
                case 1 -> "q=" + enc(word) + "&outlet=" + enc(outlet);
                case 2 -> "scope=quotes&speaker=" + enc(person.name());
                case 3 -> "scope=events&event_type=" + EventType.values()[r.nextInt(EventType.values().length)].name()
                        .toLowerCase(Locale.ROOT) + "&country=" + person.country();
                case 4 -> "q=" + enc(word) + "&from=" + from + "&to=" + from.plusDays(30);
                case 5 -> "story=story" + r.nextInt(Math.max(1, written.stories()));
                case 6 -> "scope=events&min_confidence=0.8&q=" + enc(word);
                default -> "scope=articles&thread=thread" + r.nextInt(Math.max(1, written.threads())) + "&q="
                        + enc(word + " OR " + written.words().get(r.nextInt(written.words().size())));
            };
            queries.add("/api/search?" + query);
        }
        return queries;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Requests to the bench's server, with its token when it has one. */
    private record Client(int port, String token) {
        private static final HttpClient HTTP = HttpClient.newHttpClient();

        HttpResponse<String> get(String path) {
            return send(request(path).GET());
        }

        /** Uploads {@code file} (streamed) and gives its job's id. */
        String ingest(Path file) throws IOException {
            HttpResponse<String> r = send(request("/api/ingest?name=" + enc(file.getFileName().toString()))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)));
            if (r.statusCode() != 202) {
                throw new IOException("the upload was answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body()).get("id").asText();
        }

        JsonNode awaitJob(String id) throws IOException, InterruptedException {
            while (true) {
                JsonNode job = JSON.readTree(get("/api/jobs/" + id).body());
                if (job.get("state").asText().equals("DONE") || job.get("state").asText().equals("FAILED")) {
                    return job;
                }
                Thread.sleep(250);
            }
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            return token == null ? b : b.header("Authorization", "Bearer " + token);
        }

        private static HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
