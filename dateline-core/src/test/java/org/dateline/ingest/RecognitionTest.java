package org.dateline.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which reader takes a file, judged by its name and first bytes, in the order {@link Inputs} asks them. */
class RecognitionTest {
    private static String readerOf(String name, String head) {
        byte[] bytes = head.getBytes(StandardCharsets.UTF_8);
        return Inputs.readers(Optional.empty()).stream().filter(r -> r.accepts(name, bytes)).findFirst()
                .map(r -> r.getClass().getSimpleName()).orElse("none");
    }

    @Test
    void markupIsTakenByItsFirstElementWhateverTheName() {
        assertThat(readerOf("page.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head></html>""")).isEqualTo("HtmlFileReader");
        assertThat(readerOf("saved.txt", "<!-- saved from a browser -->\n<HTML><BODY>x</BODY></HTML>")).isEqualTo("HtmlFileReader");
        assertThat(readerOf("news.html", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>")).isEqualTo("FeedReader");
        assertThat(readerOf("atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>")).isEqualTo("FeedReader");
        assertThat(readerOf("rdf.xml", "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"))
                .isEqualTo("FeedReader");
        assertThat(readerOf("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>")).isEqualTo("none");
    }

    @Test
    void warcJsonlAndTextAreTakenByContentOrName() {
        assertThat(readerOf("capture", "WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo("WarcFileReader");
        assertThat(readerOf("capture.warc", "not a warc")).isEqualTo("none");
        assertThat(readerOf("lines", "{\"text\": \"x\"}\n")).isEqualTo("JsonlReader");
        assertThat(readerOf("lines.ndjson", "{\"html\": \"<p>x</p>\"}\n")).isEqualTo("JsonlReader");
        assertThat(readerOf("dump", "Harbour talks resume\n\nEnvoys met.")).isEqualTo("TextFileReader");
        assertThat(readerOf("notes.txt", "A text that mentions <html> later on.")).isEqualTo("TextFileReader");
    }
}
