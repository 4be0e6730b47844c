package org.dateline.model;

import java.util.List;

/**
 * One article with the facts found in it: what the facts stage hands to the corpus stage, and what the corpus
 * stage hands on linked ({@code Corpus.Linked}) to the files and the store.
 *
 * @param actors the actors the article mentions: its own per-article actors as the facts stage found them; once
 *               linked, the corpus actors they are (each once), which is what {@code articles.jsonl}'s
 *               {@code actors} lists by id
 * @param mentions where the text names those actors, in text order (none for an article read back without them)
 */
public record AnalyzedArticle(Article article, List<Actor> actors, List<Quote> quotes, List<TimeMention> times,
                              List<Event> events, List<Mention> mentions) {
    public AnalyzedArticle {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        events = List.copyOf(events);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** An article whose mentions are not known. */
    public AnalyzedArticle(Article article, List<Actor> actors, List<Quote> quotes, List<TimeMention> times,
                           List<Event> events) {
        this(article, actors, quotes, times, events, List.of());
    }

    /** An article with no events coded and no mentions known. */
    public AnalyzedArticle(Article article, List<Actor> actors, List<Quote> quotes, List<TimeMention> times) {
        this(article, actors, quotes, times, List.of());
    }
}
