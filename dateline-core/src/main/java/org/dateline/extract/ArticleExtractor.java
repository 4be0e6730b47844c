package org.dateline.extract;

import org.dateline.model.Article;
import org.dateline.model.RawPage;

/** PLACEHOLDER: replaced by the extraction work. */
public final class ArticleExtractor {
    /** Turns a raw page into a clean article; never throws for bad content (problems become warnings). */
    public Article extract(RawPage page) {
        throw new UnsupportedOperationException("not built yet");
    }
}
