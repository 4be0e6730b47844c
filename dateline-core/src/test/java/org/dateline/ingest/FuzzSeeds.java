package org.dateline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Small valid inputs of every kind {@code dateline extract} reads, written for the fuzz tests (invented
 * places and people): the starting points the {@link FuzzMutator} damages.
 */
final class FuzzSeeds {
    /** One seed input: the file name it is read under (readers look at it) and its bytes. */
    record Seed(String name, byte[] bytes) {
    }

    private static final String ARTICLE = """
            Harbour pilots walk out in Velmora

            VELMORA, March 2 (Tidewire) -- Harbour pilots in the port of Velmora stopped guiding ships on \
            Monday, the pilots' guild said, after talks on night-shift pay broke down. "We will not board \
            another tanker at night until the port pays for it," said Anzo Merel, who leads the guild.

            By Ilka Sarro

            The port authority said on Tuesday it would meet the guild again next week.

            Related news
            Ferry fares rise on the northern route 14:05
            Fishing quotas cut for the spring 09:30

            Follow us on Telegram for more
            © 2026 Tidewire. All rights reserved.

            1. Kasimir said:
            The pilots are right.
            """;

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Harbour pilots walk out in Velmora | Tidewire</title>
            <meta property="og:title" content="Harbour pilots walk out in Velmora">
            <meta property="og:site_name" content="Tidewire">
            <meta property="article:published_time" content="2026-03-02T08:15:00Z">
            <meta name="author" content="Ilka Sarro">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Harbour pilots walk out in Velmora","datePublished":"2026-03-02T08:15:00Z",
            "author":[{"@type":"Person","name":"Ilka Sarro"}],"publisher":{"@type":"Organization","name":"Tidewire"},
            "articleBody":"Harbour pilots in the port of Velmora stopped guiding ships on Monday."}</script>
            </head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/ports">Ports</a></li></ul></nav>
            <div class="cookie-banner">We use cookies. <a href="/privacy">Accept</a></div>
            <article><h1>Harbour pilots walk out in Velmora</h1>
            <p class="byline">By Ilka Sarro, March 2, 2026</p>
            <p>VELMORA, March 2 (Tidewire) -- Harbour pilots in the port of Velmora stopped guiding ships on Monday,
            the pilots' guild said, after talks on night-shift pay broke down.</p>
            <p>&ldquo;We will not board another tanker at night until the port pays for it,&rdquo; said Anzo Merel,
            who leads the guild. The port authority said it would meet the guild again next week.</p>
            <figure><img src="pilots.jpg" alt="Pilot boat"><figcaption>Photo 1 of 3</figcaption></figure>
            <p>Advertisement</p>
            </article>
            <aside><h2>Related stories</h2><ul><li><a href="/a">Ferry fares rise</a></li><li><a href="/b">Quotas cut</a></li></ul></aside>
            <section class="comments"><h3>Comments</h3><p>Kasimir: the pilots are right.</p></section>
            <footer>&copy; 2026 Tidewire &middot; <a href="/terms">Terms</a></footer>
            </body></html>
            """;

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Tidewire</title><link>https://tidewire.example/</link><description>Port news</description>
            <item><title>Harbour pilots walk out in Velmora</title><link>https://tidewire.example/pilots</link>
            <pubDate>Mon, 02 Mar 2026 08:15:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>VELMORA, March 2 (Tidewire) -- Harbour pilots in the port of Velmora stopped
            guiding ships on Monday, the pilots' guild said.</p><p>"We will not board another tanker at night," said Anzo Merel.</p>]]></content:encoded>
            </item>
            <item><title>Ferry fares rise</title><link>https://tidewire.example/ferry</link>
            <description>Fares on the northern route go up in April.</description></item>
            </channel></rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Tidewire</title><id>urn:tidewire:feed</id>
            <updated>2026-03-02T09:00:00Z</updated>
            <entry><title>Harbour pilots walk out in Velmora</title><id>urn:tidewire:1</id>
            <link href="https://tidewire.example/pilots"/><updated>2026-03-02T08:15:00Z</updated>
            <content type="html">&lt;p&gt;VELMORA, March 2 (Tidewire) -- Harbour pilots in the port of Velmora stopped guiding
            ships on Monday.&lt;/p&gt;&lt;p&gt;"We will not board another tanker at night," said Anzo Merel.&lt;/p&gt;</content>
            </entry>
            <entry><title>Ferry fares rise</title><id>urn:tidewire:2</id><link href="https://tidewire.example/ferry"/>
            <updated>2026-03-01T08:00:00Z</updated><summary>Fares go up in April.</summary></entry>
            </feed>
            """;

    private static final String JSONL = """
            {"url":"https://tidewire.example/pilots","title":"Harbour pilots walk out","published":"2026-03-02","text":"Harbour pilots walk out\\n\\nVELMORA, March 2 (Tidewire) -- Harbour pilots stopped guiding ships on Monday, \\"for good\\", said Anzo Merel."}
            {"url":"https://tidewire.example/ferry","outlet":"Tidewire","html":"<html><head><title>Ferry fares rise</title></head><body><article><p>Fares on the northern route of Velmora go up in April, the ferry company said on Sunday.</p></article></body></html>"}
            """;

    private FuzzSeeds() {
    }

    /** Every seed: a text article, an HTML page, a WARC (plain and gzip per record), JSONL, RSS, Atom, and gzip files. */
    static List<Seed> all() {
        byte[] html = utf8(HTML);
        return List.of(
                new Seed("article.txt", utf8(ARTICLE)),
                new Seed("page.html", html),
                new Seed("crawl.warc", concat(warcRecords(html))),
                new Seed("crawl.warc.gz", concat(warcRecords(html).stream().map(FuzzSeeds::gzip).toList())),
                new Seed("lines.jsonl", utf8(JSONL)),
                new Seed("feed.rss", utf8(RSS)),
                new Seed("feed.atom", utf8(ATOM)),
                new Seed("page.html.gz", gzip(html)),
                new Seed("article.txt.gz", gzip(utf8(ARTICLE))));
    }

    /** A warcinfo record, a response record holding {@code html} and a resource record holding it too. */
    private static List<byte[]> warcRecords(byte[] html) {
        byte[] http = concat(List.of(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + html.length + "\r\n\r\n"), html));
        return List.of(
                warcRecord(1, "warcinfo", null, "application/warc-fields", utf8("software: fuzz-seed\r\nformat: WARC 1.1\r\n")),
                warcRecord(2, "response", "https://tidewire.example/pilots", "application/http; msgtype=response", http),
                warcRecord(3, "resource", "https://tidewire.example/pilots-copy", "text/html", html));
    }

    private static byte[] warcRecord(int id, String type, String target, String contentType, byte[] block) {
        String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-00000000000"
                + id + ">\r\nWARC-Date: 2026-03-02T08:20:00Z\r\n"
                + (target == null ? "" : "WARC-Target-URI: " + target + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(List.of(utf8(header), block, utf8("\r\n\r\n")));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
