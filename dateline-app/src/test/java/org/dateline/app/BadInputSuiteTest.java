package org.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many kinds of bad input, each a small file written here, in one folder with two good articles, through
 * {@code extract} and {@code analyze}: neither hangs nor prints a stack trace, each bad file is named on stderr,
 * and the good articles are analysed in full.
 */
class BadInputSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD_BRIDGE = """
            Bridge over the Tarn reopens in Velmoor

            The old stone bridge over the river Tarn in Velmoor reopened on Tuesday after two years of repairs. \
            "We kept every stone we could save," said Ilse Korvan, the town's chief engineer. Farmers from the \
            villages east of the river had driven an extra hour to market while the bridge was closed.
            """;
    private static final String GOOD_FERRY = """
            Ferry line to Orsk gets a second boat

            The harbour board of Kessmark bought a second ferry for the line to the island of Orsk on Monday. \
            "Islanders will no longer wait half a day for a crossing," said Piet Dravel, who chairs the board. \
            The new boat is to start sailing in the spring.
            """;
    /** A sentence to fill readable inputs with: short, so that analysing them costs little. */
    private static final String LINE = "The council of Dunmere met on Friday to discuss the price of bread.";

    @TempDir
    static Path work;
    private static Path in;
    /** What each bad kind is, with the file whose name stderr (or the articles, for a readable kind) must carry. */
    private static final List<Kind> KINDS = new ArrayList<>();

    /**
     * One kind of bad input.
     *
     * @param what     what is wrong with it
     * @param shownAs  the file's name as stderr shows it
     * @param readable whether it is odd but readable without a warning, so that it must be among the articles instead
     */
    private record Kind(String what, String shownAs, boolean readable) {
    }

    @BeforeAll
    static void writeInputs() throws IOException, InterruptedException {
        in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("good-bridge.txt"), GOOD_BRIDGE);
        Files.writeString(in.resolve("good-ferry.txt"), GOOD_FERRY);

        // plain text
        bad("empty file", "empty.txt", new byte[0]);
        bad("only whitespace", "blank.txt", " \n\t\n   \r\n".getBytes(StandardCharsets.US_ASCII));
        bad("PNG bytes", "photo.png", concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, noise(2000)));
        bad("PNG bytes named .txt", "photo.txt", concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, noise(2000)));
        bad("a PDF header", "report.txt", concat("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), noise(3000)));
        bad("invalid UTF-8", "invalid-utf8.txt", concat(LINE.getBytes(StandardCharsets.UTF_8),
                new byte[]{' ', (byte) 0xc3, '(', (byte) 0xa0, (byte) 0xa1, (byte) 0xe2, (byte) 0x28, (byte) 0xa1, (byte) 0xf0, (byte) 0x28, '.'}));
        bad("UTF-16 without BOM", "utf16.txt", (LINE + "\n\n" + LINE).getBytes(StandardCharsets.UTF_16LE));
        bad("mixed encodings", "mixed.txt", concat(("Caf\u00e9 owners in Dunmere protest. " + LINE + "\n\n").getBytes(StandardCharsets.UTF_8),
                ("Na\u00efve plans for the caf\u00e9 were dropped, said the mayor. " + LINE).getBytes(StandardCharsets.ISO_8859_1)));
        bad("a 6 MB single line", "one-line.txt", ("word ".repeat(6 * 1024 * 1024 / 5)).getBytes(StandardCharsets.US_ASCII));
        readable("10,000 quotation marks", "quotes.txt", (LINE + "\n\n" + "\"".repeat(10_000) + "\n").getBytes(StandardCharsets.US_ASCII));
        readable("a 100,000-character word", "long-word.txt", (LINE + " " + "x".repeat(100_000) + ".").getBytes(StandardCharsets.US_ASCII));
        readable("terminal escape sequences", "escapes.txt", ("\u001b[2J\u001b]0;pwned\u0007" + "\u001b[31m".repeat(2000)).getBytes(StandardCharsets.US_ASCII));

        // HTML
        readable("10,000 levels of nested HTML", "deep.html", ("<html><body>" + "<div>".repeat(10_000) + LINE + " The vote was put off." + "</div>".repeat(10_000)
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
        bad("HTML with no body", "no-body.html", "<html><head><title>Nothing here</title></head></html>".getBytes(StandardCharsets.UTF_8));
        bad("HTML that is only script", "script.html", ("<html><head><script>var a = '" + LINE + "';</script></head><body>"
                + "<script>document.write(a);</script></body></html>").getBytes(StandardCharsets.UTF_8));
        readable("broken entities", "entities.html", ("<html><body><p>&amp &#xZZZ; &#99999999999; &bogus; &#0; &#x110000; &"
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        bad("an unknown charset", "charset.html", ("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>"
                + "</p></body></html>").getBytes(StandardCharsets.UTF_8));

        // gzip
        byte[] gz = gzip((GOOD_BRIDGE.replace("Velmoor", "Tarnby") + LINE.repeat(40)).getBytes(StandardCharsets.UTF_8));
        bad("a cut gzip", "cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));
        bad("a gzip of garbage", "garbage.txt.gz", concat(new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, noise(500)));
        bad("a zero-byte .gz", "zero.gz", new byte[0]);
        bad("a gzip of binary", "binary.txt.gz", gzip(noise(4000)));

        // WARC
        bad("a WARC with a bad header", "bad-header.warc", ("WARC/1.0\r\nthis is not a header line\r\nContent-Length: x\r\n\r\n"
                + LINE + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        bad("a cut WARC record", "cut.warc", Arrays.copyOf(warc(html(LINE), 0), warc(html(LINE), 0).length - 60));
        bad("a WARC whose Content-Length lies", "lying.warc", warc(html(LINE), 5000));
        bad("a WARC of garbage after its version line", "junk.warc", concat("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), noise(3000)));

        // feeds
        bad("an RSS with one broken item", "broken-item.rss", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Dunmere Post</title>
                <item><title>Bread <b>prices</title><link>https://dunmere.example/bread</link><description>Broken.</description></item>
                </channel></rss>
                """).getBytes(StandardCharsets.UTF_8));
        bad("a cut Atom feed", "cut.atom", ("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Dunmere Post</title>
                <entry><title>Bread prices</title><link href="https://dunmere.example/bread"/><content type="html">&lt;p&gt;The co""")
                .getBytes(StandardCharsets.UTF_8));
        bad("a feed of links only", "links.rss", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Dunmere Post</title>
                <item><title>Bread prices</title><link>https://dunmere.example/bread</link></item>
                <item><title>Salt prices</title><link>https://dunmere.example/salt</link></item>
                </channel></rss>
                """).getBytes(StandardCharsets.UTF_8));
        bad("a feed with an entity expansion bomb", "bomb.rss", ("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
                <rss version="2.0"><channel><title>Bomb</title><item><title>&h;</title><description>&h;</description></item></channel></rss>
                """).getBytes(StandardCharsets.UTF_8));
        bad("a feed with an external entity", "xxe.rss", ("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>Leak</title><item><title>x</title><description>&secret;</description></item></channel></rss>
                """).getBytes(StandardCharsets.UTF_8));
        bad("an RSS that is not XML", "not-xml.rss", "<rss this is not xml at all".getBytes(StandardCharsets.UTF_8));

        // JSONL
        bad("a JSONL with a bad line", "bad-line.jsonl", ("{\"text\": \"" + LINE + "\"}\n{\"text\": \"cut\n").getBytes(StandardCharsets.UTF_8));
        bad("a JSONL line without text or html", "no-text.jsonl", "{\"title\": \"Bread prices\", \"url\": \"https://dunmere.example/b\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        bad("a JSONL with a huge line", "huge.jsonl", ("{\"text\": \"" + "word ".repeat(6 * 1024 * 1024 / 5) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        bad("a JSONL with fields of the wrong type", "types.jsonl", "{\"text\": 42, \"html\": [1, 2]}\n[1, 2, 3]\n\"just a string\"\n"
                .getBytes(StandardCharsets.UTF_8));

        // sidecars: each beside a short readable text of its own (no copy of another input), whose name the warning carries
        sidecar("a sidecar that is not JSON", "sidecar-text", "this is not JSON");
        sidecar("a sidecar with wrong types", "sidecar-types", "{\"outlet\": 42, \"published\": [\"x\"], \"authors\": \"Anna Berg\"}");
        sidecar("a sidecar with a date in the far future", "sidecar-future", "{\"outlet\": \"Dunmere Post\", \"published\": \"9999-12-31\"}");
        sidecar("a sidecar that is a JSON array", "sidecar-array", "[{\"outlet\": \"Dunmere Post\"}]");

        // file system oddities
        Path loop = in.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop.getFileName());
        KINDS.add(new Kind("a symlink to itself", loop.toString(), false));
        Path dirs = Files.createDirectories(in.resolve("cycle"));
        Files.createSymbolicLink(dirs.resolve("up"), Path.of(".."));
        KINDS.add(new Kind("a folder symlink loop", dirs.resolve("up").toString(), false));
        Path dangling = in.resolve("dangling.txt");
        Files.createSymbolicLink(dangling, Path.of("no-such-target.txt"));
        KINDS.add(new Kind("a dangling symlink", dangling.toString(), false));
        if (!"root".equals(System.getProperty("user.name"))) {
            Path locked = bad("a file without read permission", "locked.txt", LINE.getBytes(StandardCharsets.US_ASCII));
            assertThat(locked.toFile().setReadable(false)).isTrue();
        }
        Path fifo = in.resolve("pipe.txt");
        shell("mkfifo '" + fifo + "'");
        KINDS.add(new Kind("a named pipe", fifo.toString(), false));
        Path folder = Files.createDirectories(in.resolve("x.txt"));
        Files.writeString(folder.resolve("inside.txt"), "");
        KINDS.add(new Kind("a folder named like a file", folder.resolve("inside.txt").toString(), false));
        bad("a control character in the file name", "bell\u0007name.txt", new byte[0]);
        bad("a newline in the file name", "new\nline.txt", new byte[0]);
        shell("cd '" + in + "' && : > \"$(printf 'latin\\351.txt')\"");
        KINDS.add(new Kind("non-UTF-8 bytes in the file name", "latin\uFFFD.txt", false));
    }

    private static Path bad(String what, String name, byte[] bytes) throws IOException {
        Path file = Files.write(in.resolve(name), bytes);
        KINDS.add(new Kind(what, ControlChars.escape(file.toString()), false));
        return file;
    }

    private static void readable(String what, String name, byte[] bytes) throws IOException {
        Path file = Files.write(in.resolve(name), bytes);
        KINDS.add(new Kind(what, file.toString(), true));
    }

    private static void sidecar(String what, String name, String json) throws IOException {
        Path text = Files.writeString(in.resolve(name + ".txt"), LINE + " Its minutes were filed as " + name + ".");
        Files.writeString(in.resolve(name + ".meta.json"), json);
        KINDS.add(new Kind(what, text.toString(), false));
    }

    private static void shell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(command).isZero();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Bytes that are no text in any encoding (a fixed pseudo-random sequence, NUL bytes included). */
    private static byte[] noise(int n) {
        byte[] out = new byte[n];
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            out[i] = (byte) x;
        }
        return out;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static String html(String text) {
        return "<html><head><title>Bread</title></head><body><p>" + text + "</p></body></html>";
    }

    /** One WARC response record for {@code html}; its Content-Length is the true one, or {@code claimed} when above 0. */
    private static byte[] warc(String html, int claimed) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
        int length = http.getBytes(StandardCharsets.UTF_8).length;
        return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2026-01-02T03:04:05Z\r\nWARC-Target-URI: https://dunmere.example/bread\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (claimed > 0 ? claimed : length)
                + "\r\n\r\n" + http + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** No stack trace printed, each bad kind named on stderr, each readable one among the {@code articles}. */
    private static void assertCalm(CliRun run, List<JsonNode> articles) {
        for (String printed : List.of(run.out(), run.err())) {
            assertThat(printed).doesNotContain("Exception").doesNotContain("\tat org.").doesNotContain("at java.");
        }
        List<String> sources = articles.stream().map(a -> a.get("source").asText()).toList();
        assertThat(KINDS).hasSizeGreaterThanOrEqualTo(40).allSatisfy(kind -> {
            if (kind.readable()) {
                assertThat(sources).as(kind.what()).contains(kind.shownAs());
            } else {
                assertThat(run.err()).as(kind.what()).contains(kind.shownAs());
            }
        });
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void extractNamesEveryBadInputAndReadsTheGoodOnes() throws IOException {
        CliRun run = CliRun.of("extract", in.toString(), "--json", "--threads", "2");
        // extract fails (1) only when no article at all was found
        assertThat(run.exit()).as(run.err()).isZero();
        assertCalm(run, lines(run.out()));
        assertThat(run.out()).contains("We kept every stone we could save").contains("Islanders will no longer wait half a day");
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void analyzeNamesEveryBadInputAndAnalysesTheGoodOnes() throws IOException {
        Path out = work.resolve("out");
        CliRun run = CliRun.of("analyze", in.toString(), "--out", out.toString(), "--no-store", "--quiet", "--threads", "2",
                "--article-timeout", "60");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.INCOMPLETE);
        List<JsonNode> articles = jsonl(out.resolve("articles.jsonl"));
        assertCalm(run, articles);
        List<String> goodIds = new ArrayList<>();
        for (String good : List.of("good-bridge.txt", "good-ferry.txt")) {
            JsonNode article = articles.stream().filter(a -> a.get("source").asText().equals(in.resolve(good).toString()))
                    .findFirst().orElseThrow(() -> new AssertionError(good + " not in articles.jsonl"));
            assertThat(article.get("warnings")).as(good).isEmpty();
            goodIds.add(article.get("id").asText());
        }
        List<JsonNode> quotes = jsonl(out.resolve("quotes.jsonl"));
        assertThat(quotes).filteredOn(q -> q.get("article").asText().equals(goodIds.get(0)))
                .anySatisfy(q -> assertThat(q.get("text").asText()).contains("We kept every stone we could save"));
        assertThat(quotes).filteredOn(q -> q.get("article").asText().equals(goodIds.get(1)))
                .anySatisfy(q -> assertThat(q.get("text").asText()).contains("Islanders will no longer wait half a day"));
    }

    private static List<JsonNode> jsonl(Path file) throws IOException {
        return lines(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static List<JsonNode> lines(String jsonl) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : jsonl.strip().split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
