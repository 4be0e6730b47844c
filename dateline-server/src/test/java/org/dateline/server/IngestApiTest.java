package org.dateline.server;

import org.dateline.store.lucene.LuceneLocation;
import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.extract.ArticleExtractor;
import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.JsonlOutput;
import org.dateline.pipeline.StoreOutput;
import org.dateline.store.lucene.LuceneStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/ingest} and {@code GET /api/jobs} of a real server on a free port, over a copy of
 * {@link ServedFixture}, with real analysis (the language models load on the first upload).
 */
class IngestApiTest {
    private static final String TOKEN = "ingest-test-token-0123456789";
    private static final Path STORY_SET = Path.of("../dateline-core/src/test/resources/stories/articles.jsonl");
    /** Small, so that the limit is reached by a test's body. */
    private static final long MAX_UPLOAD = 64 * 1024;

    @TempDir
    static Path work;

    private static DatelineServer server;
    private static Path served;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        ServedFixture f = ServedFixture.write(work.resolve("served"));
        served = f.out();
        server = DatelineServer.start(new ServerSettings(new LuceneLocation(f.store()), f.out(), ServerSettings.LOOPBACK, 0,
                Optional.of(TOKEN), false, MAX_UPLOAD), Models::facts);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Posts {@code body} as the file {@code name} and waits for its job to end; the job's last status. */
    private static JsonNode ingest(String name, byte[] body) throws InterruptedException {
        HttpResponse<String> r = http.post("/api/ingest?name=" + name, body, TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        JsonNode job = Http.parse(r);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/jobs/" + job.get("id").asText());
        return awaitEnd(job.get("id").asText());
    }

    private static JsonNode awaitEnd(String id) throws InterruptedException {
        return awaitEnd(http, id);
    }

    private static JsonNode awaitEnd(Http http, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = http.json("/api/jobs/" + id, TOKEN);
            if (job.get("state").asText().equals("DONE") || job.get("state").asText().equals("FAILED")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " did not end in 10 minutes");
    }

    private static int total(String query) {
        return http.json("/api/search?q=" + query, TOKEN).get("total").asInt();
    }

    private static int servedArticles() {
        return Http.parse(http.post("/api/reload", "", TOKEN)).get("articles").asInt();
    }

    private static String line(String url, String outlet, String published, String title, String text) {
        return "{\"url\": \"" + url + "\", \"outlet\": \"" + outlet + "\", \"published\": \"" + published
                + "\", \"title\": \"" + title + "\", \"text\": \"" + text.replace("\"", "\\\"").replace("\n", "\\n")
                + "\"}\n";
    }

    @Test
    void aJsonlBatchIsAnalysedAndItsArticlesAreServedWhenItsJobIsDone() throws InterruptedException {
        int before = servedArticles();
        String jsonl = line("https://quillmouth.example/news/harbour-toll", "Quillmouth Courier", "2021-04-02",
                "Harbour toll talks end in Quillmouth",
                "Quillmouth, April 2 -- Mayor Odile Fenwarra met the Brask trade delegate Ruben Asterlo in Quillmouth"
                        + " on Thursday to settle the harbour toll.\n\n\"The toll will fall by half in May,\" Fenwarra"
                        + " told reporters after the meeting.")
                + line("https://brask.example/2021/04/03/toll", "Brask Today", "2021-04-03",
                "Brask delegate welcomes the Quillmouth toll cut",
                "Ruben Asterlo, the Brask trade delegate, said on Friday that the lower harbour toll in Quillmouth"
                        + " would bring back the ferry trade.\n\n\"Our ferries will return,\" Asterlo said.");

        JsonNode job = ingest("batch.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("pages").asInt()).isEqualTo(2);
        assertThat(job.get("articles").asInt()).isEqualTo(2);
        assertThat(job.get("served").get("articles").asInt()).isEqualTo(before + 2);
        assertThat(total("Fenwarra")).isPositive();
        assertThat(http.json("/api/jobs", TOKEN).get("jobs")).extracting(j -> j.get("id").asText())
                .contains(job.get("id").asText());

        JsonNode again = ingest("batch.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        assertThat(again.get("state").asText()).as("a batch already served adds nothing and is no error")
                .isEqualTo("DONE");
        assertThat(again.get("skipped").asInt()).isEqualTo(2);
        assertThat(servedArticles()).isEqualTo(before + 2);
    }

    @Test
    void aWarcCrawlIsIngested() throws InterruptedException {
        String html = "<!doctype html><html><head><title>Lantern ferry resumes at Oskavel</title></head><body>"
                + "<article><h1>Lantern ferry resumes at Oskavel</h1><p>The Lantern ferry between Oskavel and Tirrin"
                + " sailed again on Monday after a month in dock, the harbour master Pell Imbrey said.</p>"
                + "<p>\"We have repaired both engines,\" Imbrey said on the quay.</p></article></body></html>";
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html)
                .getBytes(StandardCharsets.UTF_8);
        String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:3c9a5e4e-0f1b-4d55-9d3e-1b2f0a7c9e11>\r\n"
                + "WARC-Date: 2021-05-10T08:00:00Z\r\nWARC-Target-URI: https://oskavel.example/2021/05/10/ferry\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        byte[] warc = concat(head.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        JsonNode job = ingest("crawl.warc", warc);

        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("articles").asInt()).isEqualTo(1);
        assertThat(total("Imbrey")).isPositive();
    }

    @Test
    void anIngestAfterOneKilledUnderOtherCodeSaysThatNothingOfItIsReused() throws Exception {
        JsonlOutput.adding(served, new AnalysisKey("another build", 0.7, 0.4)); // killed: its journal stays behind
        String jsonl = line("https://quillmouth.example/news/ferry-fares", "Quillmouth Courier", "2021-04-09",
                "Ferry fares frozen in Quillmouth",
                "Quillmouth, April 9 -- The Quillmouth council froze ferry fares on Friday until the end of the year.");

        JsonNode job = ingest("fares.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("articles").asInt()).isEqualTo(1);
        assertThat(job.get("warnings")).extracting(JsonNode::asText)
                .anySatisfy(w -> assertThat(w).contains("other code or settings"));
        JsonNode next = ingest("fares-again.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        assertThat(next.get("warnings")).as("the journal is gone once the batch is committed").isEmpty();
    }

    @Test
    void aFileWithNoArticleFailsItsJobSayingWhyAndLosesNothing() throws InterruptedException {
        int before = servedArticles();
        int crossing = total("crossing");

        JsonNode job = ingest("capture.warc", "this is not a crawl".getBytes(StandardCharsets.UTF_8));

        assertThat(job.get("state").asText()).isEqualTo("FAILED");
        assertThat(job.get("error").asText()).contains("no article");
        assertThat(job.get("warnings")).extracting(JsonNode::asText)
                .anySatisfy(w -> assertThat(w).startsWith("capture.warc: ").contains("not a recognised input"));
        assertThat(job.toString()).as("no path of the server's files").doesNotContain(System.getProperty("java.io.tmpdir"));
        assertThat(servedArticles()).isEqualTo(before);
        assertThat(total("crossing")).isEqualTo(crossing);
        assertThat(http.get("/api/articles/talks1", TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void aJobThatRunsOutOfMemoryFailsSayingSoAndTheNextJobStillRuns() throws IOException, InterruptedException {
        ServedFixture f = ServedFixture.write(work.resolve("out-of-memory"));
        try (DatelineServer starved = DatelineServer.start(new ServerSettings(new LuceneLocation(f.store()), f.out(),
                ServerSettings.LOOPBACK, 0, Optional.of(TOKEN), false, MAX_UPLOAD), () -> {
                    throw new OutOfMemoryError("Java heap space");
                })) {
            Http client = new Http(starved.port());
            byte[] body = line("https://quillmouth.example/news/ferry", "Quillmouth Courier", "2021-04-02",
                    "Ferry crews strike", "Ferry crews in Quillmouth walked out on Monday.").getBytes(StandardCharsets.UTF_8);
            for (int attempt = 0; attempt < 2; attempt++) {
                HttpResponse<String> r = client.post("/api/ingest?name=ferry.jsonl", body, TOKEN);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
                JsonNode job = awaitEnd(client, Http.parse(r).get("id").asText());
                assertThat(job.get("state").asText()).isEqualTo("FAILED");
                assertThat(job.get("error").asText()).contains("out of memory").contains("nothing was added");
            }
        }
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413() throws IOException {
        int jobs = http.json("/api/jobs", TOKEN).get("jobs").size();
        // only the head is sent, asking whether to send the body (as curl does for large files): the server must
        // refuse from the declared length, not answer "100 Continue" and then refuse a body it asked for
        assertThat(statusLine("Expect: 100-continue\r\nContent-Length: " + (MAX_UPLOAD + 1), new byte[0]))
                .as("declared by its length").startsWith("HTTP/1.1 413");
        // without a declared length the body is counted as it is streamed; it fits the socket's buffers, so the
        // answer is read whole
        int chunk = (int) MAX_UPLOAD / 2 + 1;
        byte[] size = (Integer.toHexString(chunk) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] chunked = concat(size, new byte[chunk], end, size, new byte[chunk], end,
                "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(statusLine("Transfer-Encoding: chunked", chunked)).as("counted as streamed").startsWith("HTTP/1.1 413");
        assertThat(http.json("/api/jobs", TOKEN).get("jobs").size()).as("no job for a refused upload").isEqualTo(jobs);
    }

    /** The status line the server answers to an upload with the token, the given framing header and body bytes. */
    private static String statusLine(String framing, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream o = socket.getOutputStream();
            o.write(("POST /api/ingest?name=big.jsonl HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\n" + framing + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.write(body);
            o.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void anUploadWithoutTheTokenIsRefusedWith401() {
        HttpResponse<String> r = http.post("/api/ingest?name=a.jsonl", "{\"text\": \"x\"}\n", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(http.post("/api/ingest?name=a.jsonl", "{\"text\": \"x\"}\n", "not-" + TOKEN).statusCode())
                .isEqualTo(401);
        assertThat(http.get("/api/jobs").statusCode()).isEqualTo(401);
    }

    /**
     * Readers hammer the API of a server of its own while a batch of the project's story articles is ingested: every
     * request is answered, what they see switches from the old state to the new one once, and the final counts are
     * those of an {@code analyze --append} of the same file onto the same output.
     */
    @Test
    void readersAreServedWhileABatchIsAddedAndTheResultIsThatOfAnalyze() throws Exception {
        Path batch = Files.write(work.resolve("stories.jsonl"), Files.readAllLines(STORY_SET).subList(0, 3));
        ServedFixture reference = ServedFixture.write(work.resolve("reference"));
        try (LuceneStore index = LuceneStore.open(reference.store())) {
            JsonlOutput files = JsonlOutput.adding(reference.out(), AnalysisKey.of(0, 0));
            new AnalyzeJob(new ArticleExtractor(), Models.facts(), 2, Optional.empty()).run(List.of(batch),
                    files.earlier(), List.of(files, new StoreOutput(index, "reference")), new AnalyzeJob.Listener() { });
        }
        ServedFixture own = ServedFixture.write(work.resolve("own"));
        try (DatelineServer s = DatelineServer.start(new ServerSettings(new LuceneLocation(own.store()), own.out(), ServerSettings.LOOPBACK,
                0, Optional.of(TOKEN), false), Models::facts)) {
            Http client = new Http(s.port());
            String all = "/api/search?q=" + URLEncoder.encode("*:*", StandardCharsets.UTF_8);
            int before = client.json(all, TOKEN).get("total").asInt();
            AtomicBoolean ingesting = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    while (ingesting.get()) {
                        HttpResponse<String> search = client.get(all, TOKEN);
                        HttpResponse<String> article = client.get("/api/articles/talks1", TOKEN);
                        if (search.statusCode() != 200 || article.statusCode() != 200) {
                            failures.add(search.statusCode() + "/" + article.statusCode());
                        } else {
                            seen.add(Http.parse(search).get("total").asInt());
                        }
                    }
                });
                t.start();
                readers.add(t);
            }
            JsonNode job;
            try {
                HttpResponse<String> r = client.post("/api/ingest?name=stories.jsonl", Files.readAllBytes(batch), TOKEN);
                assertThat(r.statusCode()).isEqualTo(202);
                job = awaitEnd(client, Http.parse(r).get("id").asText());
            } finally {
                ingesting.set(false);
                for (Thread t : readers) {
                    t.join();
                }
            }

            assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("DONE");
            assertThat(failures).isEmpty();
            int after = client.json(all, TOKEN).get("total").asInt();
            assertThat(after).isGreaterThan(before);
            assertThat(seen).isNotEmpty().allSatisfy(n -> assertThat(n).isIn(before, after));
            ServedOutput.Counts expected = ServedOutput.read(reference.out()).counts();
            assertThat(expected.articles()).isEqualTo(3 + 3);
            assertThat(Http.JSON.treeToValue(job.get("served"), ServedOutput.Counts.class)).isEqualTo(expected);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
