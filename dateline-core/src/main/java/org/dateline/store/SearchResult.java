package org.dateline.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the answer to a {@link SearchQuery}.
 *
 * @param totalHits  how many documents matched (exact), on every page alike
 * @param hits       this page's hits, best first, at most {@link SearchQuery#pageSize()}
 * @param facets     every {@link Facet}, in declaration order, with its values over all matching documents (not
 *                   only this page's), most first, at most a few dozen each; a facet no match has a value for maps
 *                   to an empty list
 * @param nextCursor the {@link SearchQuery#cursor()} of the next page, or null when this page is the last
 */
public record SearchResult(long totalHits, List<Hit> hits, Map<Facet, List<FacetCount>> facets, String nextCursor) {
    public SearchResult {
        hits = List.copyOf(hits);
        Map<Facet, List<FacetCount>> all = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            all.put(f, List.copyOf(facets.getOrDefault(f, List.of())));
        }
        facets = Collections.unmodifiableMap(all);
    }

    /** The values of one facet, most first (empty when no match has one). */
    public List<FacetCount> facet(Facet facet) {
        return facets.get(facet);
    }

    public enum Kind { ARTICLE, QUOTE, EVENT }

    /**
     * One matching article, quote or event.
     *
     * @param id      the article's, quote's or event's id
     * @param snippet for a quote, what was said; for an event, its evidence; for an article, a passage around
     *                the first query term (or its opening); at most a few hundred
     *                characters plus ellipses
     * @param speaker a quote's canonical speaker name, else the mention as written; null for articles
     * @param date    the date the {@code from}/{@code to} filters use (see {@link SearchQuery}), or null
     * @param article the article's id (for an article hit, its own id)
     * @param title   the article's title, or null
     * @param event   for an event, what happened; null for articles and quotes
     */
    public record Hit(String id, Kind kind, float score, String snippet, String speaker, String outlet,
                      String date, String article, String title, EventSummary event) {
    }

    /**
     * An event hit's coding.
     *
     * @param type   PLOVER event type
     * @param mode   PLOVER mode, or null
     * @param cameo  CAMEO code, or null
     * @param source the source actor's name, or null
     * @param target the target actor's name, or null
     * @param place  where, as written, or null
     */
    public record EventSummary(String type, String mode, String cameo, String source, String target, String place) {
    }

    /** How many matching documents have {@code value} in a facet. */
    public record FacetCount(String value, int count) {
    }
}
