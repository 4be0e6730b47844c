package org.dateline.store.lucene;

import java.util.Locale;
import java.util.Set;

/** Short passages of a document's text to show with a hit. */
public final class Snippets {
    private static final String ELLIPSIS = "…";
    /** How far a snippet's start may move back to begin at a word. */
    private static final int MAX_WORD = 20;

    private Snippets() {
    }

    /** The first {@code max} characters of {@code text}, cut at a word boundary where there is one. */
    public static String opening(String text, int max) {
        return window(text, 0, max);
    }

    /**
     * About {@code max} characters of {@code text} around the first occurrence (case-insensitive) of any of
     * {@code words}; the opening when none occurs.
     */
    public static String around(String text, Set<String> words, int max) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String word : words) {
            int at = lower.indexOf(word.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            return opening(text, max);
        }
        int start = Math.max(0, first - max / 3);
        int earliest = Math.max(0, start - MAX_WORD);
        while (start > earliest && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return window(text, start, max);
    }

    private static String window(String text, int start, int max) {
        int end = Math.min(text.length(), start + max);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > start) {
                end = space;
            }
        }
        String body = text.substring(start, end).strip();
        return (start > 0 ? ELLIPSIS : "") + body + (end < text.length() ? ELLIPSIS : "");
    }
}
