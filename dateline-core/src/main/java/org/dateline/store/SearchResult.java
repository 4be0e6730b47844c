package org.dateline.store;

import java.util.List;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param totalHits how many documents matched (exact), of which {@code hits} are the best {@code limit}
 * @param hits      best first
 * @param speakers  matching quotes per canonical speaker name, most first (unresolved speakers are not counted)
 * @param outlets   matching documents per outlet, most first
 * @param months    matching documents per month of their date ({@code 2021-03}), most first
 * @param kinds     matching documents per kind ({@code article}, {@code quote}, {@code event})
 * @param eventTypes matching events per PLOVER event type, most first
 * @param actors    matching events per actor (source or target, canonical name), most first
 * @param countries matching events per country of their source or target, most first
 * @param stories   matching documents per story id, most first (documents indexed before their run was linked
 *                  have none)
 */
public record SearchResult(long totalHits, List<Hit> hits, List<FacetCount> speakers, List<FacetCount> outlets,
                           List<FacetCount> months, List<FacetCount> kinds, List<FacetCount> eventTypes,
                           List<FacetCount> actors, List<FacetCount> countries, List<FacetCount> stories) {
    public SearchResult {
        hits = List.copyOf(hits);
        speakers = List.copyOf(speakers);
        outlets = List.copyOf(outlets);
        months = List.copyOf(months);
        kinds = List.copyOf(kinds);
        eventTypes = List.copyOf(eventTypes);
        actors = List.copyOf(actors);
        countries = List.copyOf(countries);
        stories = List.copyOf(stories);
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
