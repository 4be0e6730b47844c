package org.dateline.ingest;

import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs damaged on the way (stray NUL bytes, a cut gzip, a broken feed item) keep what can be saved. */
class DamagedInputsTest {
    /** An invented article, varied enough that its gzip is not mostly back-references. */
    private static final String ARTICLE = """
            Ferry strike ends in Kessel

            KESSEL, May 9 (Coastwire) -- Ferry crews in the harbour town of Kessel returned to work on Friday after \
            eleven days of strike, the union said, once the port authority agreed to hire forty more deckhands and to \
            review night shifts before the summer season. Marta Velin, who chairs the crews' union, told reporters that \
            the agreement was "a fair start" but warned that pay talks would resume in August. Shopkeepers on the \
            island of Orsk, cut off since the walkout began, said deliveries of bread, fuel and medicine were already \
            arriving on the first morning boats. The mayor of Kessel, Ivo Brandt, thanked both sides for their patience.
            """;

    @TempDir
    Path dir;

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** {@code bytes} with a NUL byte put in front of each of the {@code at} positions. */
    private static byte[] withNuls(byte[] bytes, int... at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int next = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (next < at.length && at[next] == i) {
                out.write(0);
                next++;
            }
            out.write(bytes[i]);
        }
        return out.toByteArray();
    }

    @Test
    void textWithAFewStrayNulBytesIsReadWithoutThemAndAWarningCountsThem() throws IOException {
        Path file = Files.write(dir.resolve("ferry.txt"), withNuls(ARTICLE.getBytes(StandardCharsets.UTF_8), 40, 200, 201));
        ReadResult read = ReadResult.of(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.pages()).singleElement().satisfies(page -> {
            assertThat(page.content()).isEqualTo(ARTICLE);
            assertThat(page.warnings()).containsExactly("removed 3 stray NUL bytes from the text");
        });
    }

    @Test
    void htmlPageWithoutACharsetAndJsonlLineWithAStrayNulAreReadWithoutIt() throws IOException {
        String html = "<html><head><title>Ferry strike ends</title></head><body><p>" + ARTICLE + "</p></body></html>";
        Path page = Files.write(dir.resolve("ferry.html"), withNuls(html.getBytes(StandardCharsets.UTF_8), 100));
        String line = "{\"text\": \"" + ARTICLE.replace("\n", "\\n").replace("\"", "\\\"") + "\"}\n";
        Path lines = Files.write(dir.resolve("ferry.jsonl"), withNuls(line.getBytes(StandardCharsets.UTF_8), 50));
        ReadResult read = ReadResult.of(page, lines);
        assertThat(read.problems()).isEmpty();
        assertThat(read.pages()).extracting(RawPage::content).containsExactly(html, ARTICLE);
        assertThat(read.pages()).allSatisfy(p -> assertThat(p.warnings()).containsExactly("removed 1 stray NUL byte from the text"));
    }

    @Test
    void manyNulBytesOrTheFirstBytesOfABinaryFormatStillMakeAFileBinary() throws IOException {
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
        int[] every40th = new int[text.length / 40];
        Arrays.setAll(every40th, i -> i * 40);
        Path dense = Files.write(dir.resolve("dense.txt"), withNuls(text, every40th));
        Path pdf = Files.write(dir.resolve("report.txt"), withNuls(("%PDF-1.4\n" + ARTICLE).getBytes(StandardCharsets.US_ASCII), 300));
        Path zip = Files.write(dir.resolve("bundle.txt"), withNuls(("PK\u0003\u0004" + ARTICLE).getBytes(StandardCharsets.US_ASCII), 300));
        Path elf = Files.write(dir.resolve("tool.txt"), withNuls(("\u007FELF" + ARTICLE).getBytes(StandardCharsets.US_ASCII), 300));
        ReadResult read = ReadResult.of(dense, pdf, zip, elf);
        assertThat(read.pages()).isEmpty();
        assertThat(read.problems()).containsExactly(dense + ": skipped, binary content (NUL bytes), not text",
                pdf + ": skipped, binary content (NUL bytes), not text", zip + ": skipped, binary content (NUL bytes), not text",
                elf + ": skipped, binary content (NUL bytes), not text");
    }

    @Test
    void cutGzipTextKeepsTheReadablePartWithAWarningSayingWhereItWasCut() throws IOException {
        byte[] compressed = gzip(ARTICLE);
        Path file = Files.write(dir.resolve("ferry.txt.gz"), Arrays.copyOf(compressed, compressed.length * 3 / 4));
        ReadResult read = ReadResult.of(file);
        assertThat(read.problems()).isEmpty();
        assertThat(read.pages()).singleElement().satisfies(page -> {
            assertThat(page.content()).startsWith("Ferry strike ends in Kessel").hasSizeLessThan(ARTICLE.length());
            assertThat(ARTICLE).startsWith(page.content());
            assertThat(page.warnings()).containsExactly(Article.TRUNCATED + "gzip data ends early or is corrupt (Unexpected end of ZLIB input stream): cut after "
                    + page.content().length() + " bytes; the readable part is kept");
        });
    }

    @Test
    void cutGzipJsonlKeepsItsCompleteLinesAndDropsTheCutOne() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        String[] parts = ARTICLE.split("(?<=\\.) ");
        for (String part : parts) {
            jsonl.append("{\"text\": \"").append(part.strip().replace("\n", "\\n").replace("\"", "\\\"")).append("\"}\n");
        }
        byte[] compressed = gzip(jsonl.toString());
        Path file = Files.write(dir.resolve("ferry.jsonl.gz"), Arrays.copyOf(compressed, compressed.length - 30));
        ReadResult read = ReadResult.of(file);
        assertThat(read.pages()).hasSizeBetween(1, parts.length - 1);
        assertThat(read.pages()).extracting(RawPage::content).allSatisfy(content -> assertThat(ARTICLE).contains(content));
        assertThat(read.problems()).singleElement().asString()
                .startsWith(file + ": gzip data ends early or is corrupt (Unexpected end of ZLIB input stream): cut after ")
                .endsWith("; the readable part is kept (line " + (read.pages().size() + 1) + ", cut, is dropped)");
    }

    @Test
    void rssWithOneBrokenItemKeepsTheOtherItemsAndNamesTheBrokenOne() throws IOException {
        Path feed = Files.writeString(dir.resolve("coastwire.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Coastwire</title>
                <item><title>Ferry strike ends</title><link>https://coastwire.example/ferry</link>
                <description><![CDATA[%s]]></description></item>
                <item><title>Port fees <b>rise</title><link>https://coastwire.example/fees</link>
                <description>Broken markup.</description></item>
                <item><title>Orsk deliveries resume</title><link>https://coastwire.example/orsk</link>
                <description><![CDATA[%s]]></description></item>
                </channel></rss>
                """.formatted(ARTICLE, ARTICLE));
        ReadResult read = ReadResult.of(feed);
        assertThat(read.pages()).extracting(RawPage::source).containsExactly(feed + "#item1", feed + "#item3");
        assertThat(read.pages()).extracting(p -> p.meta().outlet()).containsOnly("Coastwire");
        assertThat(read.pages().get(1).meta().url()).isEqualTo("https://coastwire.example/orsk");
        assertThat(read.problems()).hasSize(2);
        assertThat(read.problems().get(0)).startsWith(feed + ": not a well-formed feed (line ").contains("\"b\" must be terminated")
                .endsWith("; its items were read one by one");
        assertThat(read.problems().get(1)).startsWith(feed + "#item2 ('Port fees rise', https://coastwire.example/fees): skipped, not well-formed XML");
    }

    @Test
    void cutGzipAtomFeedKeepsItsCompleteEntriesAndSaysWhereItIsCut() throws IOException {
        String entry = "<entry><title>%s</title><link href=\"https://coastwire.example/%d\"/><content type=\"html\"><![CDATA[<p>%s</p>]]></content></entry>\n";
        String[] paragraphs = ARTICLE.split("\\n\\n")[1].split("(?<=\\.) ");
        String atom = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Coastwire</title>\n"
                + entry.formatted("Ferry strike ends", 1, paragraphs[0]) + entry.formatted("Orsk deliveries resume", 2, paragraphs[1])
                + entry.formatted("Mayor thanks crews", 3, paragraphs[2]) + "</feed>\n";
        byte[] compressed = gzip(atom);
        Path file = Files.write(dir.resolve("coastwire.atom.gz"), Arrays.copyOf(compressed, compressed.length - 30));
        ReadResult read = ReadResult.of(file);
        assertThat(read.pages()).as("problems: %s", read.problems()).extracting(RawPage::source).containsExactly(file + "#item1", file + "#item2");
        assertThat(read.problems()).hasSize(3);
        assertThat(read.problems().get(0)).startsWith(file + ": gzip data ends early or is corrupt").endsWith("; the readable part is kept");
        assertThat(read.problems().get(1)).startsWith(file + ": not a well-formed feed");
        assertThat(read.problems().get(2)).isEqualTo(file + "#item3 ('Mayor thanks crews', https://coastwire.example/3): skipped, the item is not closed"
                + " (the feed is cut or broken there)");
    }
}
