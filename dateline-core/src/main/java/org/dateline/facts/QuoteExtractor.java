package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;

import java.util.List;

/** PLACEHOLDER: replaced by the quotes work. */
public final class QuoteExtractor {
    public List<Quote> extract(Article article, Annotation annotation, ArticleActors actors, List<TimeMention> times) {
        throw new UnsupportedOperationException("not built yet");
    }
}
