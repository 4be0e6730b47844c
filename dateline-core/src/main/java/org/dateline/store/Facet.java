package org.dateline.store;

/**
 * The facets of a {@link SearchResult}: what the matching documents are counted by. {@link #field()} is the
 * facet's name as stores keep it (the Lucene index holds these names on disk, so they do not change).
 */
public enum Facet {
    /** Matching quotes per canonical speaker name (unresolved speakers are not counted). */
    SPEAKER("speaker"),
    /** Matching documents per outlet. */
    OUTLET("outlet"),
    /** Matching documents per month of their date ({@code 2021-03}). */
    MONTH("month"),
    /** Matching documents per kind ({@code article}, {@code quote}, {@code event}). */
    KIND("kind"),
    /** Matching events per PLOVER event type. */
    EVENT_TYPE("event_type"),
    /** Matching events per actor (source or target, canonical name). */
    ACTOR("actor"),
    /** Matching events per country of their source or target. */
    COUNTRY("country"),
    /** Matching documents per story id (documents of an article put before its run was linked have none). */
    STORY("story"),
    /** Matching documents per thread id (documents of an article put before threads existed have none). */
    THREAD("thread");

    private final String field;

    Facet(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
