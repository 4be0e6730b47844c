package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.nlp.Annotation;

/** PLACEHOLDER: replaced by the actors work. */
public final class ActorResolver {
    public ArticleActors resolve(Article article, Annotation annotation) {
        throw new UnsupportedOperationException("not built yet");
    }
}
