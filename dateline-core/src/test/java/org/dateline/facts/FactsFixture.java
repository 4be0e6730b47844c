package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;

import java.time.LocalDate;
import java.util.List;

/** A short invented article run through annotation, actor resolution and quote extraction. */
record FactsFixture(Article article, Annotation annotation, ArticleActors actors, List<Quote> quotes) {
    static FactsFixture of(String text) {
        return of(null, text);
    }

    /** An article with a headline. */
    static FactsFixture of(String title, String text) {
        return published(title, text, "2021-03-15");
    }

    /** An article with a headline, published at {@code stamp} (an ISO date or date-time of 15 March 2021). */
    static FactsFixture published(String title, String text, String stamp) {
        return of(new Article("fixture", "fixture.txt", null, title, stamp, "metadata", null,
                List.of(), "en", text, null, null, List.of()));
    }

    /** An article by {@code authors}, as its byline lists them. */
    static FactsFixture byAuthors(List<String> authors, String text) {
        return of(new Article("fixture", "fixture.txt", null, null, "2021-03-15", "metadata", null,
                authors, "en", text, null, null, List.of()));
    }

    private static FactsFixture of(Article article) {
        String text = article.text();
        Annotation annotation = Annotator.forPreset(Preset.FACTS).annotate(text, LocalDate.of(2021, 3, 15));
        ArticleActors actors = new ActorResolver().resolve(article, annotation);
        List<Quote> quotes = new QuoteExtractor().extract(article, annotation, actors, List.of());
        return new FactsFixture(article, annotation, actors, quotes);
    }

    /** The quote whose text contains {@code words}. */
    Quote quote(String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
    }
}
