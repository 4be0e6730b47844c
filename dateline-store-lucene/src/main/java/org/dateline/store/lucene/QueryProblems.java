package org.dateline.store.lucene;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;

/**
 * What a person reads when the classic query parser rejects a query: what is wrong and what to do, in one line,
 * without the parser's token lists and without the query itself (the caller names the query).
 */
final class QueryProblems {
    private static final String OR_PHRASE = ", or quote the words to search them as a phrase";

    private QueryProblems() {
    }

    /** The problem with {@code text}, which the parser refused with {@code refusal}. */
    static String of(String text, ParseException refusal) {
        Throwable cause = refusal.getCause();
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return "it has more terms than one search can take (" + IndexSearcher.getMaxClauseCount()
                    + "); search fewer words";
        }
        if (cause instanceof TokenMgrError) {
            return unreadable(text);
        }
        ParseException syntax = cause instanceof ParseException p ? p : refusal;
        if (syntax.currentToken == null) {
            return syntax.getMessage().contains("first character")
                    ? "a word starts with * or ?; put at least one letter before the wildcard" + OR_PHRASE
                    : "it is not valid query syntax" + OR_PHRASE;
        }
        Token last = syntax.currentToken;
        Token next = last.next;
        if (next.kind != QueryParserConstants.EOF) {
            if (next.kind == QueryParserConstants.RPAREN) {
                return "the ) at character " + (next.beginColumn + 1) + " closes nothing; remove it or add a ( before it";
            }
            return (last.kind == QueryParserConstants.EOF ? "it starts with " + next.image
                    : "it has " + next.image + " at character " + (next.beginColumn + 1))
                    + " where a term should be; remove it" + OR_PHRASE;
        }
        if (last.kind == QueryParserConstants.CARAT) {
            return "it ends after ^; add a number (the boost) after it, or remove the ^";
        }
        if (expects(syntax, QueryParserConstants.RPAREN)) {
            return "a ( is never closed; add a ) after its terms, or remove the (";
        }
        return "it ends after " + last.image + "; add a term after it" + OR_PHRASE;
    }

    private static boolean expects(ParseException syntax, int kind) {
        for (int[] sequence : syntax.expectedTokenSequences) {
            if (sequence.length == 1 && sequence[0] == kind) {
                return true;
            }
        }
        return false;
    }

    /** A query the tokenizer stopped in: an unclosed phrase, a trailing backslash. */
    private static String unreadable(String text) {
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                quotes++;
            }
        }
        if (quotes % 2 == 1) {
            return "a \" is never closed; add the closing \" after the phrase, or remove the \"";
        }
        if (text.strip().endsWith("\\")) {
            return "it ends with \\; remove it, or write \\\\ to search a backslash";
        }
        return "it has characters the query syntax cannot read" + OR_PHRASE;
    }
}
