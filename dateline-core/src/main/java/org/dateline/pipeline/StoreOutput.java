package org.dateline.pipeline;

import org.dateline.corpus.Corpus;
import org.dateline.model.AnalyzedArticle;
import org.dateline.store.Store;

import java.io.IOException;

/**
 * Indexes a run's articles into a {@link Store}, each once, after linking (with its story, its
 * {@code duplicate_of} and its quotes' and events' corpus actors), and commits. It runs after the output files
 * are complete, so the store never holds an article the files lack. When a batch is added to an earlier output,
 * the earlier articles are put again too (linking may have made one a copy of a new article, or merged its actors
 * with new ones); puts replace by id. The store is opened and closed by the caller.
 */
public final class StoreOutput extends LinkedOutput {
    private final Store store;

    public StoreOutput(Store store, String location) {
        super(location);
        this.store = store;
    }

    @Override
    public void complete(Corpus.Linked linked) throws IOException {
        for (AnalyzedArticle article : linked.articles()) {
            store.put(article);
        }
        store.commit();
    }
}
