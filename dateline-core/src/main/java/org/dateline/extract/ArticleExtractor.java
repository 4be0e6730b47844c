package org.dateline.extract;

import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.RawPage;
import org.dateline.model.IsoDay;
import org.dateline.model.SourceMeta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a raw page into a clean article: boilerplate removed ({@link Boilerplate}), metadata read from the
 * text ({@link TextMetadata}, {@link Datelines}), a repeated body kept once ({@link RepeatedBody}).
 * Text pages are dumps with a title line first; HTML pages are read naively ({@link HtmlText}).
 *
 * <p>Given metadata wins over the text: its {@code published} has basis {@code sidecar} or {@code metadata}
 * after {@link SourceMeta#origin()}; a date read from the text has basis {@code text}. The language is guessed by {@link LanguageGuess} (null when unsure). Stateless and
 * thread-safe.
 */
public final class ArticleExtractor {
    /** A page source that is a line of a file ({@code path#12}) or a URL: its metadata came with the input. */

    /** Turns a raw page into a clean article; never throws for bad content (problems become warnings). */
    public Article extract(RawPage page) {
        SourceMeta meta = page.meta();
        List<String> warnings = new ArrayList<>(page.warnings());
        String body = page.content();
        String pageTitle = null;
        if (page.format() == RawPage.Format.HTML) {
            HtmlText html = HtmlText.parse(page.content());
            body = html.body();
            pageTitle = html.title();
            warnings.add("HTML read naively: title and <p> text only");
        }
        PageLines lines = new PageLines(body);
        Boilerplate.remove(lines, warnings);

        TextMetadata.Title titleLine = new TextMetadata.Title(pageTitle, Optional.empty());
        if (page.format() == RawPage.Format.TEXT) {
            int first = lines.nextContent(0);
            if (first >= 0) {
                titleLine = TextMetadata.title(lines.line(first));
                lines.remove(first);
            }
        }
        String title = meta.title() != null ? meta.title() : titleLine.text();
        TextMetadata printed = TextMetadata.extract(lines, warnings);
        List<String> seen = Stream.of(titleLine.text(), meta.title()).filter(Objects::nonNull).toList();
        List<String> paragraphs = RepeatedBody.dedupe(lines.paragraphs(), seen, warnings);
        if (paragraphs.isEmpty()) {
            warnings.add("no body text left after extraction");
        }
        String text = String.join("\n\n", paragraphs);

        Optional<PrintedDate> printedDate = printed.published().or(titleLine::date);
        String published;
        String basis;
        String given = givenPublished(meta.published(), warnings);
        if (given != null) {
            published = given;
            basis = meta.origin() == SourceMeta.Origin.SIDECAR ? "sidecar" : "metadata";
        } else {
            published = printedDate.map(PrintedDate::iso).orElse(null);
            basis = published == null ? null : "text";
        }
        Optional<Datelines.Found> found = Datelines.find(paragraphs);
        Dateline dateline = found.map(d -> d.resolve(IsoDay.of(published))).orElse(null);
        String outlet = firstNonNull(meta.outlet(), printed.outlet(), found.map(Datelines.Found::outlet).orElse(null),
                printed.bylineOutlet());
        return new Article(id(outlet, text), page.source(), outlet, title, published, basis, dateline,
                printed.authors(), LanguageGuess.of(title, text), text, null, null, warnings);
    }

    /** The first 16 hex digits of SHA-256 over outlet, newline, text: stable for the same content. */
    static String id(String outlet, String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(((outlet == null ? "" : outlet) + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The given publication date as ISO: kept when it is ISO already, rewritten when it is a printed date
     * ("March 5, 2021"), dropped with a warning when it is no date at all.
     */
    private static String givenPublished(String given, List<String> warnings) {
        if (given == null || isIso(given)) {
            return given;
        }
        Optional<PrintedDate.Found> printed = PrintedDate.find(given)
                .filter(found -> given.substring(0, found.start()).isBlank() && given.substring(found.end()).isBlank());
        if (printed.isPresent()) {
            String iso = printed.get().date().iso();
            warnings.add("given published date '" + given + "' read as " + iso);
            return iso;
        }
        warnings.add("ignored given published date '" + given + "': not a date");
        return null;
    }

    private static boolean isIso(String value) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE)) {
            try {
                format.parse(value);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
