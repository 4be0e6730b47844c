package org.dateline.extract.html;

import java.util.List;

/**
 * The article read from an HTML page.
 *
 * @param metadata   what the page says about the article
 * @param paragraphs the body: paragraphs, headings, list items and quotes in page order, without the headline
 * @param warnings   what was odd about the page (never fatal)
 */
public record HtmlArticle(HtmlMetadata metadata, List<String> paragraphs, List<String> warnings) {
    public HtmlArticle {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** The body with paragraphs separated by newlines. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
