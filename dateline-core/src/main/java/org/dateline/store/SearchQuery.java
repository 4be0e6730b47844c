package org.dateline.store;

import java.time.LocalDate;

/**
 * What to search for. Every filter is optional (null); blank strings count as null.
 *
 * @param text    query in Lucene classic syntax over article title and text, quote text and speaker, event
 *                evidence and actor names ({@code ceasefire AND "border talks"}, {@code speaker:varnek},
 *                {@code actor:lavrov}); terms are ANDed by default;
 *                null matches everything
 * @param speaker every word of it must occur in the quote's speaker (canonical name or the mention as written),
 *                case-insensitive: {@code Varnek} matches "Ilsa Varnek"; restricts the result to quotes
 * @param outlet  the outlet, exactly but case-insensitive
 * @param from    first day, inclusive, of the document's date: a quote's own date when it is a full ISO date,
 *                else the article's published date; documents without a date are excluded by a date filter
 * @param to      last day, inclusive
 * @param scope   articles, quotes, events or all three; null means all
 * @param pageSize how many hits one page holds, at least 1; every match can be reached by paging
 * @param eventType a PLOVER event type (any case); restricts the result to events
 * @param country an ISO 3166 alpha-3 code (or UNO, EUR, IGO), any case, that an event's source or target has;
 *                restricts the result to events
 * @param story   a story id ({@code stories.jsonl}): its articles and their quotes and events
 * @param thread  a thread id ({@code threads.jsonl}): the articles of its stories and their quotes and events
 * @param minConfidence the least {@code confidence} of an event, from 0 to 1; restricts the result to events
 * @param cursor  where the page starts: null for the first page, else the {@link SearchResult#nextCursor()} of the
 *                previous page of the same query (the other fields unchanged); opaque, made by the store that
 *                reads it
 */
public record SearchQuery(String text, String speaker, String outlet, LocalDate from, LocalDate to, Scope scope,
                          int pageSize, String eventType, String country, String story, String thread,
                          Double minConfidence, String cursor) {
    public static final int DEFAULT_PAGE_SIZE = 20;

    public enum Scope { ARTICLES, QUOTES, EVENTS, ALL }

    public SearchQuery {
        text = blankToNull(text);
        speaker = blankToNull(speaker);
        outlet = blankToNull(outlet);
        eventType = upper(blankToNull(eventType));
        country = upper(blankToNull(country));
        story = blankToNull(story);
        thread = blankToNull(thread);
        cursor = blankToNull(cursor);
        scope = scope == null ? Scope.ALL : scope;
        if (pageSize < 1) {
            throw new IllegalArgumentException("search page size must be at least 1, not " + pageSize);
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be between 0 and 1, not " + minConfidence);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("search date range is empty: from " + from + " is after to " + to);
        }
    }

    /** The first page of a query without event filters. */
    public SearchQuery(String text, String speaker, String outlet, LocalDate from, LocalDate to, Scope scope,
                       int pageSize) {
        this(text, speaker, outlet, from, to, scope, pageSize, null, null, null, null, null, null);
    }

    /** The first page of free text over everything, no filters, {@value #DEFAULT_PAGE_SIZE} hits. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, Scope.ALL, DEFAULT_PAGE_SIZE);
    }

    /** This query's page that starts at {@code next} (a {@link SearchResult#nextCursor()}). */
    public SearchQuery withCursor(String next) {
        return new SearchQuery(text, speaker, outlet, from, to, scope, pageSize, eventType, country, story,
                thread, minConfidence, next);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
