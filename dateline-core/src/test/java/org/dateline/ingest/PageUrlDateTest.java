package org.dateline.ingest;

import org.dateline.extract.ArticleExtractor;
import org.dateline.model.Article;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's URL reaches extraction from every input kind that carries one, so a page whose only date is in its URL
 * gets that date: a JSONL line's {@code url}, a sidecar's {@code url}, a WARC record's target URI, a feed item's
 * link.
 */
class PageUrlDateTest {
    private static final String URL = "https://herald.example/2021/06/07/pier-stays-open/";
    private static final String PAGE = "<html><head><title>Pier stays open</title></head><body><h1>Pier stays open</h1>"
            + "<p>The harbour board of Kessin voted to keep the old ferry pier open for another two summers while "
            + "engineers study the silt.</p></body></html>";

    @TempDir
    Path dir;

    private static Article onlyArticle(Path input) {
        ReadResult read = ReadResult.of(input);
        assertThat(read.problems()).isEmpty();
        assertThat(read.pages()).hasSize(1);
        return new ArticleExtractor().extract(read.pages().get(0));
    }

    private static void assertUrlDay(Article article) {
        assertThat(article.published()).isEqualTo("2021-06-07");
        assertThat(article.publishedBasis()).isEqualTo("url");
        assertThat(article.source()).isEqualTo(URL);
    }

    @Test
    void fromAJsonlLine() throws IOException {
        String line = "{\"url\": \"" + URL + "\", \"html\": \"" + PAGE.replace("\"", "\\\"") + "\"}\n";
        assertUrlDay(onlyArticle(Files.writeString(dir.resolve("crawl.jsonl"), line)));
    }

    @Test
    void fromASidecar() throws IOException {
        Path html = Files.writeString(dir.resolve("pier.html"), PAGE);
        Files.writeString(dir.resolve("pier.meta.json"), "{\"url\": \"" + URL + "\"}");
        assertUrlDay(onlyArticle(html));
    }

    @Test
    void fromAWarcTargetUri() throws IOException {
        Path file = dir.resolve("crawl.warc");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.NONE)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8)).build();
            writer.write(new WarcResponse.Builder(URI.create(URL)).date(Instant.parse("2021-06-08T09:00:00Z")).body(http).build());
        }
        assertUrlDay(onlyArticle(file));
    }

    @Test
    void fromAFeedItemLink() throws IOException {
        Path feed = Files.writeString(dir.resolve("herald.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel><title>Kessin Herald</title><link>https://herald.example/</link>
                    <item><title>Pier stays open</title><link>%s</link>
                      <content:encoded><![CDATA[<p>The harbour board of Kessin voted to keep the old ferry pier open for
                      another two summers while engineers study the silt.</p>]]></content:encoded>
                    </item>
                  </channel>
                </rss>
                """.formatted(URL));
        assertUrlDay(onlyArticle(feed));
    }
}
