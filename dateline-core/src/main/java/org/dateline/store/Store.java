package org.dateline.store;

import org.dateline.model.AnalyzedArticle;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where analysed articles and their quotes are kept for search. Implementations: {@code LuceneStore}
 * (embedded, the default); an OpenSearch one for scale-out.
 *
 * <p>Call order: {@link #put} any number of times (implementations say whether from several threads),
 * {@link #commit} whenever the work so far must survive a crash, {@link #search} at any time, {@link #close}
 * once (it commits).
 */
public interface Store extends Closeable {

    /**
     * Adds an article and its quotes, or replaces them if an article with the same id was put before
     * (ids are content-derived, so analysing the same input twice stores it once). Quotes the earlier version
     * had and this one lacks are removed. A run puts each article as soon as it is analysed, then once more
     * after the corpus stage with its {@code story} and {@code duplicateOf} set ({@code Corpus.relinked}).
     */
    void put(AnalyzedArticle article) throws IOException;

    /** Makes everything put so far durable. */
    void commit() throws IOException;

    /**
     * Runs a query. A store opened for writing sees everything put so far, committed or not; a read-only one
     * sees what was committed when it was opened.
     *
     * @throws IndexMissingException if the store holds no article yet; the message names its location
     * @throws IllegalArgumentException if the query text is not valid query syntax; the message quotes it
     */
    SearchResult search(SearchQuery query) throws IOException;

    /** Commits and releases the store. */
    @Override
    void close() throws IOException;
}
