package org.dateline.extract;

import org.dateline.extract.html.HtmlArticle;
import org.dateline.extract.html.HtmlExtractor;
import org.dateline.extract.html.HtmlMetadata;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Ids;
import org.dateline.model.RawPage;
import org.dateline.model.IsoDay;
import org.dateline.model.SourceMeta;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a raw page into a clean article: boilerplate removed ({@link Boilerplate}), metadata read from the
 * text ({@link TextMetadata}, {@link Datelines}), a repeated body kept once ({@link RepeatedBody}).
 * Text pages are dumps whose first line is their title when it reads like one ({@link TitleLine}): a lede stays
 * in the body, and a page whose only text is its title line keeps that line as its body. HTML pages are read by
 * {@link HtmlExtractor}.
 *
 * <p>An article's {@code source} is the URL given with the input (sidecar, JSONL field, WARC target URI,
 * feed item link) when there is one, else where it was read from ({@code path} or {@code path#line}).
 *
 * <p>Given metadata wins over the text: its {@code published} has basis {@code sidecar} or {@code metadata}
 * after {@link SourceMeta#origin()}; a date read from the text has basis {@code text}. The language is guessed by {@link LanguageGuess} (null when unsure). Stateless and
 * thread-safe.
 */
public final class ArticleExtractor {
    private final HtmlExtractor html = new HtmlExtractor();

    /** Turns a raw page into a clean article; never throws for bad content (problems become warnings). */
    public Article extract(RawPage page) {
        if (page.format() == RawPage.Format.HTML) {
            return extractHtml(page);
        }
        SourceMeta meta = page.meta();
        List<String> warnings = new ArrayList<>(page.warnings());
        PageLines lines = new PageLines(page.content());
        Boilerplate.remove(lines, warnings);

        TextMetadata.Title titleLine = titleLine(lines, meta.title());
        TextMetadata printed = TextMetadata.extract(lines, warnings);
        List<String> seen = Stream.of(titleLine.text(), meta.title()).filter(Objects::nonNull).toList();
        List<String> paragraphs = RepeatedBody.dedupe(lines.paragraphs(), seen, warnings);
        String title = firstNonNull(meta.title(), titleLine.text());
        if (paragraphs.isEmpty() && titleLine.text() != null) {
            paragraphs = List.of(titleLine.text());
            title = meta.title();
        }
        Optional<PrintedDate> printedDate = printed.published().or(titleLine::date);
        return assemble(page, title, paragraphs, new Found(printedDate.map(PrintedDate::iso).orElse(null), "text",
                printed.authors(), printed.outlet(), printed.bylineOutlet()), warnings);
    }

    /**
     * The page's title line, removed from {@code lines} when the first line with content is one ({@link TitleLine});
     * else no title, and the line stays in the body.
     */
    private static TextMetadata.Title titleLine(PageLines lines, String givenTitle) {
        int first = lines.nextContent(0);
        if (first < 0) {
            return TextMetadata.Title.NONE;
        }
        TextMetadata.Title candidate = TextMetadata.title(lines.line(first));
        String next = first + 1 < lines.size() && lines.content(first + 1) ? lines.line(first + 1) : null;
        if (!TitleLine.isTitle(candidate.text(), next, givenTitle)) {
            return TextMetadata.Title.NONE;
        }
        lines.remove(first);
        return candidate;
    }

    /**
     * An HTML page: body and metadata by {@link HtmlExtractor}; a date from the page's markup has basis
     * {@code metadata}, one read from its visible text {@code text}.
     */
    private Article extractHtml(RawPage page) {
        List<String> warnings = new ArrayList<>(page.warnings());
        HtmlArticle article = html.extract(page.content(), page.meta().url());
        warnings.addAll(article.warnings());
        HtmlMetadata m = article.metadata();
        String title = page.meta().title() != null ? page.meta().title() : m.title();
        List<String> seen = Stream.of(m.title(), page.meta().title()).filter(Objects::nonNull).toList();
        PageLines lines = new PageLines(String.join("\n\n", article.paragraphs()));
        TextMetadata printed = TextMetadata.extract(lines, warnings);
        List<String> paragraphs = RepeatedBody.dedupe(lines.paragraphs(), seen, warnings);
        List<String> authors = m.authors().isEmpty() ? printed.authors() : m.authors();
        Found found = m.published() != null ? new Found(m.published(), "metadata", authors, m.outlet(), null)
                : new Found(printed.published().or(() -> Optional.ofNullable(m.printedDate()).flatMap(PrintedDate::find)
                        .map(PrintedDate.Found::date)).map(PrintedDate::iso).orElse(null), "text", authors,
                        firstNonNull(m.outlet(), printed.outlet()), printed.bylineOutlet());
        return assemble(page, title, paragraphs, found, warnings);
    }

    /**
     * What extraction found about an article besides its text; {@code basis} applies to {@code published};
     * {@code lastOutlet} is trusted less than a dateline's outlet (a byline's agency).
     */
    private record Found(String published, String basis, List<String> authors, String outlet, String lastOutlet) {
    }

    /** The article from its parts; given metadata wins over what was found. */
    private static Article assemble(RawPage page, String title, List<String> paragraphs, Found found,
                                    List<String> warnings) {
        SourceMeta meta = page.meta();
        if (paragraphs.isEmpty()) {
            warnings.add("no body text left after extraction");
        }
        String text = String.join("\n\n", paragraphs);
        String published;
        String basis;
        String given = givenPublished(meta.published(), warnings);
        if (given != null) {
            published = given;
            basis = meta.origin() == SourceMeta.Origin.SIDECAR ? "sidecar" : "metadata";
        } else {
            published = found.published();
            basis = published == null ? null : found.basis();
        }
        Optional<Datelines.Found> dateline = Datelines.find(paragraphs);
        Dateline resolved = dateline.map(d -> d.resolve(IsoDay.of(published))).orElse(null);
        String outlet = firstNonNull(meta.outlet(), found.outlet(), dateline.map(Datelines.Found::outlet).orElse(null),
                found.lastOutlet());
        String source = meta.url() != null ? meta.url() : page.source();
        return new Article(id(outlet, text), source, outlet, title, published, basis, resolved,
                found.authors(), LanguageGuess.of(title, text), text, null, null, warnings);
    }

    /** The first 16 hex digits of SHA-256 over outlet, newline, text: stable for the same content. */
    static String id(String outlet, String text) {
        return Ids.of((outlet == null ? "" : outlet) + "\n" + text);
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
