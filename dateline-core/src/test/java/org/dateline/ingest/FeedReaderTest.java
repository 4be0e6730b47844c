package org.dateline.ingest;

import org.dateline.model.RawPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FeedReaderTest {
    private static final String LONG_TEXT = ("Envoys of Velmora and Ostrany met again on Tuesday in the harbour town of Kessel, "
            + "where the ministry said both sides had agreed to keep talking about the disputed river border. ").repeat(4);

    @TempDir
    Path dir;

    private final List<RawPage> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void read(Path... roots) {
        Inputs.read(List.of(roots), pages::add, problems::add);
    }

    @Test
    void rssItemsWithTheirOwnArticleBecomePagesAndLinkOnlyItemsAreReportedNotFetched() throws IOException {
        Path feed = Files.writeString(dir.resolve("coastwire.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>Coastwire</title>
                    <link>https://coastwire.example/</link>
                    <description>News from the coast</description>
                    <item>
                      <title>Harbour talks resume</title>
                      <link>https://coastwire.example/talks</link>
                      <pubDate>Tue, 07 Mar 2023 09:30:00 GMT</pubDate>
                      <description>Short teaser.</description>
                      <content:encoded><![CDATA[<p>Envoys met again on Tuesday.</p><p>The ministry said talks go on.</p>]]></content:encoded>
                    </item>
                    <item>
                      <title>River border</title>
                      <link>https://coastwire.example/river</link>
                      <description>%s</description>
                    </item>
                    <item>
                      <title>Minister visits port</title>
                      <link>https://coastwire.example/port</link>
                      <description>A short teaser only.</description>
                    </item>
                  </channel>
                </rss>
                """.formatted(LONG_TEXT));
        read(feed);
        assertThat(pages).extracting(RawPage::source).containsExactly(feed + "#item1", feed + "#item2");
        RawPage first = pages.get(0);
        assertThat(first.format()).isEqualTo(RawPage.Format.HTML);
        assertThat(first.content()).contains("<p>Envoys met again on Tuesday.</p>").contains("<title>Harbour talks resume</title>")
                .doesNotContain("Short teaser");
        assertThat(first.meta().url()).isEqualTo("https://coastwire.example/talks");
        assertThat(first.meta().title()).isEqualTo("Harbour talks resume");
        assertThat(first.meta().outlet()).isEqualTo("Coastwire");
        assertThat(first.meta().published()).isEqualTo("2023-03-07T09:30:00Z");
        assertThat(first.warnings()).isEmpty();
        assertThat(pages.get(1).content()).contains("disputed river border");
        assertThat(problems).containsExactly(feed + "#item3 ('Minister visits port'): not fetched: https://coastwire.example/port"
                + " (run with --fetch to download)");
    }

    @Test
    void atomEntriesWithHtmlAndTextContentAreRead() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Ostrany Daily</title>
                  <id>urn:uuid:1</id>
                  <updated>2023-03-08T10:00:00Z</updated>
                  <entry>
                    <title>Ceasefire holds</title>
                    <link href="https://ostrany.example/ceasefire"/>
                    <id>urn:uuid:2</id>
                    <published>2023-03-08T07:00:00+02:00</published>
                    <updated>2023-03-08T10:00:00Z</updated>
                    <content type="html">&lt;p&gt;The ceasefire held overnight, officials said.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Plain note</title>
                    <link href="https://ostrany.example/note"/>
                    <id>urn:uuid:3</id>
                    <updated>2023-03-09T10:00:00Z</updated>
                    <content type="text">The delegations will meet again next week.</content>
                  </entry>
                  <entry>
                    <title>Link only</title>
                    <link href="https://ostrany.example/link"/>
                    <id>urn:uuid:4</id>
                    <updated>2023-03-09T11:00:00Z</updated>
                  </entry>
                </feed>
                """);
        read(feed);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).format()).isEqualTo(RawPage.Format.HTML);
        assertThat(pages.get(0).content()).contains("<p>The ceasefire held overnight, officials said.</p>");
        assertThat(pages.get(0).meta().published()).isEqualTo("2023-03-08T05:00:00Z");
        assertThat(pages.get(0).meta().outlet()).isEqualTo("Ostrany Daily");
        assertThat(pages.get(1).format()).isEqualTo(RawPage.Format.TEXT);
        assertThat(pages.get(1).content()).isEqualTo("Plain note\n\nThe delegations will meet again next week.");
        assertThat(pages.get(1).meta().published()).isEqualTo("2023-03-09T10:00:00Z");
        assertThat(problems).singleElement().asString().contains("not fetched: https://ostrany.example/link");
    }

    @Test
    void withAFetcherLinkOnlyItemsAreDownloadedAndDecodedByTheirHttpCharset() throws IOException {
        String russian = "<html><head><title>Переговоры</title></head><body><p>Министр заявил, что переговоры продолжатся.</p></body></html>";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(server, "/ru", 200, "text/html; charset=windows-1251", russian.getBytes(Charset.forName("windows-1251")));
        serve(server, "/logo", 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0});
        serve(server, "/gone", 404, "text/html", "<html><body>Not here</body></html>".getBytes(StandardCharsets.UTF_8));
        server.start();
        try {
            String base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
            Path feed = Files.writeString(dir.resolve("links.rss"), """
                    <rss version="2.0"><channel><title>Linkwire</title>
                    <item><title>Talks</title><link>%1$s/ru</link><pubDate>Wed, 08 Mar 2023 10:00:00 GMT</pubDate></item>
                    <item><title>Logo</title><link>%1$s/logo</link></item>
                    <item><title>Gone</title><link>%1$s/gone</link></item>
                    </channel></rss>
                    """.formatted(base));
            Inputs.read(List.of(feed), Optional.of(new HttpLinkFetcher()), pages::add, problems::add);
            assertThat(pages).singleElement().satisfies(page -> {
                assertThat(page.source()).isEqualTo(feed + "#item1");
                assertThat(page.content()).isEqualTo(russian);
                assertThat(page.meta().url()).isEqualTo(base + "/ru");
                assertThat(page.meta().title()).isEqualTo("Talks");
                assertThat(page.meta().outlet()).isEqualTo("Linkwire");
                assertThat(page.meta().published()).isEqualTo("2023-03-08T10:00:00Z");
                assertThat(page.meta().fetched()).isNotNull();
            });
            assertThat(problems).containsExactly(
                    feed + "#item2: fetched " + base + "/logo but it is not HTML (image/png), skipped",
                    feed + "#item3: could not fetch " + base + "/gone: HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    private static void serve(HttpServer server, String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @Test
    void feedThatIsNotWellFormedXmlIsAProblemNamingItAndOtherInputsAreRead() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.rss"), """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Coast & Port</title>
                <item><title>Unclosed</item></channel></rss>
                """);
        Path page = Files.writeString(dir.resolve("page.html"), "<html><body><p>Fine.</p></body></html>");
        read(broken, page);
        assertThat(pages).extracting(RawPage::source).containsExactly(page.toString());
        assertThat(problems).singleElement().asString().startsWith(broken + ": skipped, not a well-formed feed");
    }

    @Test
    void aFeedWithADoctypeIsReadAndItsExternalEntitiesAreNot() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the launch codes");
        Path feed = Files.writeString(dir.resolve("old.rss"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd" [
                  <!ENTITY leak SYSTEM "%s">
                ]>
                <rss version="0.91"><channel><title>Kessel Courier</title><link>http://kessel.example/</link>
                <description>News</description>
                <item><title>Harbour talks</title><link>http://kessel.example/1</link>
                <description>%s &leak;</description></item>
                </channel></rss>
                """.formatted(secret.toUri(), LONG_TEXT));
        read(feed);
        assertThat(problems).isEmpty();
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.meta().outlet()).isEqualTo("Kessel Courier");
            assertThat(p.content()).contains("harbour town of Kessel").doesNotContain("launch codes");
        });
    }
}
