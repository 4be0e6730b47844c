package org.dateline.store;

import org.dateline.model.AnalyzedArticle;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where analysed articles, their quotes and their events are kept for search. Implementations:
 * {@code LuceneStore} (embedded, the default); {@code OpenSearchStore} for scale-out. Every implementation passes
 * {@code StoreContract} (in {@code dateline-core}'s test jar). Where a store lives is the caller's choice: the
 * CLI decides its default location, not the store.
 *
 * <p>Call order: {@link #put} any number of times, {@link #commit} whenever the work so far must survive a
 * crash, {@link #search} at any time (also between puts), {@link #close} once, last (it commits). A run puts each
 * article once, after the corpus stage linked it (its {@code story} and {@code duplicateOf} set); a store must
 * not depend on that, though: a second put of the same article replaces the first.
 *
 * <p>Thread-safety: every method may be called from several threads at once, except {@link #close}, which
 * must come after every other call has returned.
 *
 * <p>What a search sees: a store opened for writing sees everything put so far, committed or not; one opened
 * read-only sees what was committed when it was opened (an implementation may offer a way to see later
 * commits). Results are paged: {@link SearchResult#nextCursor()} leads to the next page, and paging a store
 * nobody writes to meanwhile returns every match exactly once.
 */
public interface Store extends Closeable {

    /**
     * Adds an article with its quotes and events, or replaces them if an article with the same id was put before
     * (ids are content-derived, so analysing the same input twice stores it once). Quotes and events the earlier
     * version had and this one lacks are removed.
     *
     * @throws IllegalStateException if the store was opened read-only; the message names its location
     */
    void put(AnalyzedArticle article) throws IOException;

    /**
     * Makes everything put so far durable and visible to stores opened read-only afterwards.
     *
     * @throws IllegalStateException if the store was opened read-only; the message names its location
     */
    void commit() throws IOException;

    /**
     * Runs one page of a query: the best {@link SearchQuery#pageSize()} hits after {@link SearchQuery#cursor()},
     * the total count and the facets of all matches.
     *
     * @throws IndexMissingException if the store holds no article yet; the message names its location
     * @throws QuerySyntaxException if the query text is not valid query syntax; its problem says what to change
     * @throws IllegalArgumentException if the cursor is not one this store made; the message quotes it
     */
    SearchResult search(SearchQuery query) throws IOException;

    /**
     * Lets later searches of a store opened read-only see what was committed since it was opened or last refreshed
     * (a long-running reader, such as {@code dateline serve}, calls it after a new {@code analyze}). A store whose
     * searches always see the last commit does nothing; that is the default.
     */
    default void refresh() throws IOException {
    }

    /** Commits (when opened for writing) and releases the store. */
    @Override
    void close() throws IOException;
}
