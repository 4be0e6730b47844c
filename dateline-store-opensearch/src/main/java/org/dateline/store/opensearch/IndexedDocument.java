package org.dateline.store.opensearch;

import java.util.List;

/**
 * One article, quote or event as the OpenSearch store indexes it (its {@code _source}, field names in snake case;
 * {@code index-mapping.json} gives each field's type). Null fields are left out of the document.
 *
 * @param id            the article's, quote's or event's id (also the document's {@code _id})
 * @param kind          {@code article}, {@code quote} or {@code event}
 * @param article       the article's id, on every kind
 * @param title         an article's title (searched); null on quotes and events
 * @param articleTitle  a quote's or event's article title (shown, not searched)
 * @param text          an article's text, a quote's words or an event's evidence (searched, English analysis)
 * @param speaker       a quote's speaker name and mention (searched)
 * @param speakerName   a quote's canonical speaker (the speaker facet)
 * @param speakerMention a quote's speaker as written
 * @param outlet        the article's outlet (the outlet facet; its {@code key} subfield is the case-free filter)
 * @param day           the document's day ({@code yyyy-MM-dd}) for date filters, as {@code date} gives it
 * @param date          the date as written that {@code day} comes from
 * @param month         {@code yyyy-MM} of {@code day} (the month facet)
 * @param actor         an event's source and target names (searched; the actor facet)
 * @param country       an event's source and target countries (filter and facet)
 * @param quoteIds      an article's quotes, so that a later put can remove those it no longer has
 * @param eventIds      an article's events, likewise
 */
record IndexedDocument(String id, String kind, String article, String title, String articleTitle, String text,
                       String source, List<String> speaker, String speakerName, String speakerMention, String cue,
                       String quoteKind, String outlet, String published, String story, String thread, String date,
                       String day, String month, String eventType, String eventMode, String cameo, Double confidence,
                       String place, String sourceName, String targetName, List<String> actor, List<String> country,
                       List<String> quoteIds, List<String> eventIds) {
}
