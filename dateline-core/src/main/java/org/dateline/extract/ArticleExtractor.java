package org.dateline.extract;

import org.dateline.extract.html.DateCandidate;
import org.dateline.extract.html.HtmlArticle;
import org.dateline.extract.html.HtmlExtractor;
import org.dateline.extract.html.HtmlMetadata;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Ids;
import org.dateline.model.RawPage;
import org.dateline.model.IsoDay;
import org.dateline.model.SourceMeta;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Given metadata wins over the page: its {@code published} has basis {@code sidecar} or {@code metadata}
 * after {@link SourceMeta#origin()}. Otherwise {@link PublicationDates} chooses among the dates the page gives and
 * its URL's, and the basis says which ({@code jsonld}, {@code meta}, {@code time}, {@code url}, {@code text}); the
 * page's change date becomes {@code modified}. The language is guessed by {@link LanguageGuess} (null when unsure).
 * Stateless and thread-safe.
 */
public final class ArticleExtractor {
    /** How many opening paragraphs may begin with the date, before a wire dateline (a caption may come first). */
    private static final int OPENING_PARAGRAPHS = 3;
    /** How many characters at the start of such a paragraph may hold that date. */
    private static final int OPENING_DATE = 60;
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
        List<DateCandidate> dates = new ArrayList<>(printed.candidates());
        titleLine.date().ifPresent(d -> dates.add(d.candidate(false)));
        PublicationDates.Chosen chosen = PublicationDates.choose(dates, Arrays.asList(meta.url()), page.content(), latest(meta));
        return assemble(page, title, paragraphs, new Found(chosen, printed.authors(), printed.outlet(),
                printed.bylineOutlet()), warnings);
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
     * An HTML page: body and metadata by {@link HtmlExtractor}, the body's paragraphs then cleaned of what markup does not
     * mark (players, embedded posts, sign-ups, appeals, prompts: {@link Boilerplate#removeFromHtmlBody}); its
     * dates, markup first and then those printed near the headline and in the text, are weighed with its URL's (the given
     * URL, else the page's canonical one) by {@link PublicationDates}.
     */
    private Article extractHtml(RawPage page) {
        List<String> warnings = new ArrayList<>(page.warnings());
        HtmlArticle article = html.extract(page.content(), page.meta().url());
        warnings.addAll(article.warnings());
        HtmlMetadata m = article.metadata();
        String title = page.meta().title() != null ? page.meta().title() : m.title();
        List<String> seen = Stream.of(m.title(), page.meta().title()).filter(Objects::nonNull).toList();
        PageLines lines = new PageLines(String.join("\n\n", article.paragraphs()));
        Boilerplate.removeFromHtmlBody(lines, warnings);
        TextMetadata printed = TextMetadata.extract(lines, warnings);
        List<String> paragraphs = RepeatedBody.dedupe(lines.paragraphs(), seen, warnings);
        List<String> authors = m.authors().isEmpty() ? printed.authors() : m.authors();
        List<DateCandidate> dates = new ArrayList<>(m.dates());
        if (m.printedDate() != null) {
            m.printedDate().lines().forEach(line -> PrintedDate.find(line).ifPresent(found ->
                    dates.add(found.date().candidate(PrintedDate.isChange(line, found)))));
        }
        dates.addAll(printed.candidates());
        paragraphs.stream().limit(OPENING_PARAGRAPHS).map(p -> p.substring(0, Math.min(p.length(), OPENING_DATE)))
                .map(PrintedDate::find).flatMap(Optional::stream)
                .filter(found -> found.start() == 0).findFirst().ifPresent(found -> dates.add(found.date().candidate(false)));
        PublicationDates.Chosen chosen = PublicationDates.choose(dates, Arrays.asList(page.meta().url(), m.url()),
                page.content(), latest(page.meta()));
        return assemble(page, title, paragraphs, new Found(chosen, authors, firstNonNull(m.outlet(), printed.outlet()),
                printed.bylineOutlet()), warnings);
    }

    /** The last possible publication day: tomorrow (a page's local day may be ahead of UTC), or the day after fetching. */
    private static LocalDate latest(SourceMeta meta) {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        LocalDate fetched = IsoDay.of(meta.fetched());
        return fetched != null && fetched.plusDays(1).isBefore(tomorrow) ? fetched.plusDays(1) : tomorrow;
    }

    /**
     * What extraction found about an article besides its text; {@code dates} are the page's own;
     * {@code lastOutlet} is trusted less than a dateline's outlet (a byline's agency).
     */
    private record Found(PublicationDates.Chosen dates, List<String> authors, String outlet, String lastOutlet) {
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
            published = found.dates().published();
            basis = published == null ? null : found.dates().basis();
        }
        Optional<Datelines.Found> dateline = Datelines.find(paragraphs);
        Dateline resolved = dateline.map(d -> d.resolve(IsoDay.of(published))).orElse(null);
        String outlet = firstNonNull(meta.outlet(), found.outlet(), dateline.map(Datelines.Found::outlet).orElse(null),
                found.lastOutlet());
        String source = meta.url() != null ? meta.url() : page.source();
        return new Article(id(outlet, text), source, outlet, title, published, basis, found.dates().modified(), resolved,
                found.authors(), LanguageGuess.of(title, text), text, null, null, null, warnings);
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
