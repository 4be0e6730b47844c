package org.dateline.model;

import java.util.List;

/**
 * A clean article: the body text with boilerplate removed and the metadata found for it.
 * All offsets of facts refer to {@link #text()}.
 *
 * @param published      ISO date or date-time, or null
 * @param publishedBasis where {@code published} came from: {@code sidecar} or {@code metadata} (given with the input),
 *                       {@code jsonld}, {@code meta}, {@code time} (the page's markup), {@code url}, {@code text}
 *                       (printed on the page), or null
 * @param modified       ISO date or date-time of the page's last change as the page gives it, or null
 * @param duplicateOf    the id of the original this article is a copy or light rewrite of, or null (no copy, or
 *                       not linked yet)
 * @param story          the id of the story the article reports on, or null before the corpus stage
 * @param thread         the id of the running subject (thread) the article's story belongs to, or null before
 *                       the corpus stage
 */
public record Article(String id, String source, String outlet, String title, String published,
                      String publishedBasis, String modified, Dateline dateline, List<String> authors, String language,
                      String text, String duplicateOf, String story, String thread, List<String> warnings) {
    /**
     * How the warning of an article read or analysed in part begins (a page cut at the size limit, facts looked for
     * in the first part of a runaway text only): {@link #partial()} looks for it.
     */
    public static final String TRUNCATED = "truncated: ";

    public Article {
        authors = List.copyOf(authors);
        warnings = List.copyOf(warnings);
    }

    /** An article in no thread, with no known change date. */
    public Article(String id, String source, String outlet, String title, String published, String publishedBasis,
                   Dateline dateline, List<String> authors, String language, String text, String duplicateOf,
                   String story, List<String> warnings) {
        this(id, source, outlet, title, published, publishedBasis, null, dateline, authors, language, text, duplicateOf,
                story, null, warnings);
    }

    /**
     * The day the article speaks from, which relative times resolve against: its publication day, else
     * a dateline date with a known year, else null (never today).
     */
    public java.time.LocalDate referenceDay() {
        java.time.LocalDate day = IsoDay.of(published);
        return day != null || dateline == null ? day : IsoDay.of(dateline.date());
    }

    /** This article linked by the corpus stage: a copy of {@code duplicateOf} (or null) in {@code story}. */
    public Article withLinks(String duplicateOf, String story) {
        return new Article(id, source, outlet, title, published, publishedBasis, modified, dateline, authors, language,
                text, duplicateOf, story, thread, warnings);
    }

    /** This article in {@code thread} (or in none). */
    public Article withThread(String thread) {
        return new Article(id, source, outlet, title, published, publishedBasis, modified, dateline, authors, language,
                text, duplicateOf, story, thread, warnings);
    }

    /** Whether the article was read or analysed in part only (a warning begins with {@link #TRUNCATED}). */
    public boolean partial() {
        return warnings.stream().anyMatch(w -> w.startsWith(TRUNCATED));
    }

    /** This article with one more warning. */
    public Article withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new Article(id, source, outlet, title, published, publishedBasis, modified, dateline, authors, language,
                text, duplicateOf, story, thread, more);
    }
}
