package org.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: a small folder of mixed inputs through {@code dateline extract}. */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Harbour talks resume</title></head>"
            + "<body><article><h1>Harbour talks resume</h1><p>Envoys of Velmora and Ostrany met again on Tuesday in the harbour"
            + " town of Kessel, the foreign ministry said in a statement.</p><p>Both delegations agreed to meet again next"
            + " month to discuss the disputed river border.</p></article></body></html>";

    @TempDir
    Path dir;



    private Path fixtures() throws IOException {
        Path root = dir.resolve("in");
        Files.createDirectories(root.resolve("deep"));
        Files.writeString(root.resolve("a-talks.html"), PAGE);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(PAGE.replace("Tuesday", "Wednesday").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(root.resolve("deep/b-talks.html.gz"), gz.toByteArray());
        Files.writeString(root.resolve("c-empty.html"), "<html><head><title>Nothing</title></head></html>");
        Files.writeString(root.resolve("d-feed.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Coastwire</title>
                <item><title>Port reopens</title><link>https://coastwire.example/port</link>
                <pubDate>Tue, 07 Mar 2023 09:30:00 GMT</pubDate>
                <content:encoded><![CDATA[<p>The port of Kessel reopened on Monday after three weeks, the harbour authority said.</p>]]></content:encoded>
                </item>
                <item><title>Link only</title><link>https://coastwire.example/elsewhere</link></item>
                </channel></rss>
                """);
        return root;
    }

    @Test
    void jsonModeWritesOneContractObjectPerArticleInInputOrderAndReportsProblemsAndSpeed() throws IOException {
        Path root = fixtures();
        CliRun run = CliRun.of("extract", root.toString(), "--json", "--threads", "5");
        assertThat(run.exit()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        // A feed item's source is the link the feed gives for it.
        assertThat(lines).extracting(n -> n.get("source").asText()).containsExactly(
                root.resolve("a-talks.html").toString(), "https://coastwire.example/port",
                root.resolve("deep/b-talks.html.gz").toString());
        for (JsonNode line : lines) {
            assertThat(line.fieldNames()).toIterable().contains("id", "source", "outlet", "title", "published", "published_basis",
                    "dateline", "authors", "language", "text", "duplicate_of", "story", "warnings");
        }
        assertThat(lines.get(0).get("text").asText()).contains("Envoys of Velmora and Ostrany met again on Tuesday");
        assertThat(lines.get(2).get("text").asText()).contains("met again on Wednesday");
        JsonNode item = lines.get(1);
        assertThat(item.get("title").asText()).isEqualTo("Port reopens");
        assertThat(item.get("outlet").asText()).isEqualTo("Coastwire");
        assertThat(item.get("published").asText()).startsWith("2023-03-07");
        assertThat(item.get("text").asText()).contains("The port of Kessel reopened on Monday");
        assertThat(run.err())
                .contains("warning: " + root.resolve("c-empty.html") + ": the page has no <body>")
                .contains("warning: " + root.resolve("c-empty.html") + ": no article text found")
                .contains("not fetched: https://coastwire.example/elsewhere (run with --fetch to download)")
                .containsPattern("extract: 4 pages, 3 articles \\(1 without article text, 0 failed\\) in [0-9.]+ s with 5 threads: "
                        + "[0-9.]+ pages/s, [0-9.]+ MB/s");
    }

    @Test
    void summaryModeWritesOneLinePerArticleToTheOutFile() throws IOException {
        Path root = fixtures();
        Path out = dir.resolve("articles.tsv");
        CliRun run = CliRun.of("extract", root.toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(root.resolve("a-talks.html") + "\ten\t").contains("\tHarbour talks resume\t").endsWith(" chars");
    }

    @Test
    void nothingReadableIsExitCodeOne() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.html"), "<html><head></head></html>");
        CliRun run = CliRun.of("extract", empty.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(empty + ": no article text found");
    }
}
