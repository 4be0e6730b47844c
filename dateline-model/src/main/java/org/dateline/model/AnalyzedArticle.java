package org.dateline.model;

import java.util.List;

/** One article with the facts found in it: what the facts stage hands to the corpus and store stages. */
public record AnalyzedArticle(Article article, List<Actor> actors, List<Quote> quotes, List<TimeMention> times,
                              List<Event> events) {
    public AnalyzedArticle {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        events = List.copyOf(events);
    }

    /** An article with no events coded. */
    public AnalyzedArticle(Article article, List<Actor> actors, List<Quote> quotes, List<TimeMention> times) {
        this(article, actors, quotes, times, List.of());
    }
}
