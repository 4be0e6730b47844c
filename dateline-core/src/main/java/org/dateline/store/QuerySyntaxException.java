package org.dateline.store;

/**
 * A search query ({@link SearchQuery#text()}) the store cannot read. {@link #problem()} says, for a person, what
 * is wrong and how to fix it, without the parser's internals, so a caller can name the query its own way (cut
 * short, say) and append it.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    private final String query;
    private final String problem;

    /**
     * @param query   the query text as given
     * @param problem what is wrong with it and what to do, one line without the query itself (e.g. "it ends after
     *                AND; add a term after it")
     */
    public QuerySyntaxException(String query, String problem, Throwable cause) {
        super("cannot read the query \"" + query + "\": " + problem, cause);
        this.query = query;
        this.problem = problem;
    }

    public String query() {
        return query;
    }

    public String problem() {
        return problem;
    }
}
