package org.dateline.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * A deliberately simple reading of an HTML page: its title ({@code <h1>}, else {@code <title>}) and the
 * text of its {@code <p>} elements as paragraphs (the whole body text when there are none). Full HTML
 * extraction (main-content detection) is separate work.
 *
 * @param title null when the page has none
 * @param body  paragraphs separated by blank lines
 */
record HtmlText(String title, String body) {
    static HtmlText parse(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form").remove();
        Element h1 = doc.selectFirst("h1");
        String title = h1 != null && !h1.text().isBlank() ? h1.text() : doc.title();
        List<String> paragraphs = doc.select("p").eachText().stream().filter(p -> !p.isBlank()).toList();
        String body = paragraphs.isEmpty() ? doc.body().text() : String.join("\n\n", paragraphs);
        return new HtmlText(title.isBlank() ? null : title.strip(), body);
    }
}
