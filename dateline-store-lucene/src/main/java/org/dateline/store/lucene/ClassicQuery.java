package org.dateline.store.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.dateline.store.QuerySyntaxException;
import org.dateline.store.SearchQuery;

import java.util.LinkedHashSet;
import java.util.Set;

import static org.dateline.store.lucene.LuceneDocuments.ACTOR;
import static org.dateline.store.lucene.LuceneDocuments.SPEAKER;
import static org.dateline.store.lucene.LuceneDocuments.TEXT;
import static org.dateline.store.lucene.LuceneDocuments.TITLE;

/**
 * A {@link SearchQuery#text()} read in Lucene's classic syntax, as every Dateline store reads it: terms over
 * {@link #FIELDS} unless a field is named, ANDed by default; a query that only leaves words out matches everything
 * else.
 *
 * @param query the parsed query (match-all for no text)
 * @param words the words it looks for in article titles and texts, as the analyzer wrote them, for snippets
 */
public record ClassicQuery(Query query, Set<String> words) {
    /** The fields a term without a field name searches: article title and text, quote speaker, event actors. */
    public static final String[] FIELDS = {TITLE, TEXT, SPEAKER, ACTOR};

    public ClassicQuery {
        words = Set.copyOf(words);
    }

    /**
     * Reads {@code text} (null: everything) with {@code analyzer}.
     *
     * @throws QuerySyntaxException if it is not valid classic syntax; its problem says what to change
     */
    public static ClassicQuery read(String text, Analyzer analyzer) {
        if (text == null) {
            return new ClassicQuery(new MatchAllDocsQuery(), Set.of());
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            Query parsed = everythingElseIfOnlyExcluding(parser.parse(text));
            return new ClassicQuery(parsed, words(parsed));
        } catch (ParseException e) {
            throw new QuerySyntaxException(text, QueryProblems.of(text, e), e);
        }
    }

    /**
     * {@code parsed}, or when it only leaves words out ({@code -ceasefire}), which Lucene would match with nothing,
     * every document but those: what a person means by it.
     */
    private static Query everythingElseIfOnlyExcluding(Query parsed) {
        if (parsed instanceof BooleanQuery b && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder rest = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            b.clauses().forEach(rest::add);
            return rest.build();
        }
        return parsed;
    }

    private static Set<String> words(Query parsed) {
        Set<Term> terms = new LinkedHashSet<>();
        parsed.visit(QueryVisitor.termCollector(terms));
        Set<String> words = new LinkedHashSet<>();
        for (Term t : terms) {
            if (t.field().equals(TEXT) || t.field().equals(TITLE)) {
                words.add(t.text());
            }
        }
        return words;
    }
}
