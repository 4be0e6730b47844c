package org.dateline.ingest;

import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.SourceMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way HTML becomes a {@link RawPage}, whatever it came from (an HTML file, a WARC record, a feed
 * item, a JSONL line): bytes are decoded by {@link HtmlDecoder}, pages larger than {@link #MAX_HTML_BYTES}
 * are cut with a warning, a page without a {@code <body>} gets a warning, and a page with nothing but
 * whitespace is refused.
 */
final class HtmlPages {
    /**
     * The most bytes (or characters) of one HTML page that are kept: 8 MiB. Real article pages, scripts and
     * inline images included, stay well below; beyond it the page is cut with a warning so that one
     * monstrous page cannot stall a crawl.
     */
    static final int MAX_HTML_BYTES = 8 * 1024 * 1024;

    private HtmlPages() {
    }

    /**
     * The page held by {@code bytes}, or empty (with {@code why} told) when they are not usable HTML.
     *
     * @param transportCharset the charset of the HTTP header, or null
     * @param partial          whether the bytes end at an arbitrary byte (cut at a limit, or the input ended
     *                         early); the caller adds the warning that says why
     * @param why              receives the reason when the result is empty (without the source)
     */
    static Optional<RawPage> fromBytes(String source, byte[] bytes, String transportCharset, boolean partial,
                                       SourceMeta meta, List<String> warnings, Consumer<String> why) {
        TextDecoder.Decoded decoded;
        try {
            decoded = HtmlDecoder.decode(bytes, transportCharset, partial);
        } catch (TextDecoder.NotTextException e) {
            why.accept(e.getMessage());
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(decoded.warnings());
        return fromText(source, decoded.text(), meta, all, why);
    }

    /** The page held by decoded HTML {@code html}, or empty (with {@code why} told) when it is blank. */
    static Optional<RawPage> fromText(String source, String html, SourceMeta meta, List<String> warnings,
                                      Consumer<String> why) {
        if (html.isBlank()) {
            why.accept("empty page (only whitespace)");
            return Optional.empty();
        }
        List<String> all = new ArrayList<>(warnings);
        String content = html;
        if (content.length() > MAX_HTML_BYTES) {
            content = content.substring(0, MAX_HTML_BYTES);
            all.add(cutWarning());
        }
        if (!hasTag(content, "body") && (hasTag(content, "html") || hasTag(content, "head"))) {
            all.add("the page has no <body>: there may be no article text");
        }
        return Optional.of(new RawPage(source, RawPage.Format.HTML, content, meta, all));
    }

    /** HTML by its declared type, or by its first element when the type says nothing ({@code application/octet-stream} or none). */
    static boolean isHtml(String contentType, byte[] bytes) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return true;
        }
        boolean unknown = type.isEmpty() || type.equals("application/octet-stream") || type.equals("text/plain");
        return unknown && Head.firstElement(Arrays.copyOf(bytes, Math.min(bytes.length, InputFile.HEAD_BYTES))).equals("html");
    }

    /** The warning on a page cut at {@link #MAX_HTML_BYTES}. */
    static String cutWarning() {
        return String.format(Locale.ROOT, Article.TRUNCATED + "kept the first %d MiB of a larger HTML page", MAX_HTML_BYTES >> 20);
    }

    /** Whether the markup opens an element {@code name} (lower-case; matched case-insensitively); cheap, no parsing. */
    static boolean hasTag(String html, String name) {
        int after = name.length() + 1;
        for (int i = html.indexOf('<'); i >= 0 && i + after <= html.length(); i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i + 1, name, 0, name.length())
                    && (i + after == html.length() || !Character.isLetterOrDigit(html.charAt(i + after)))) {
                return true;
            }
        }
        return false;
    }
}
