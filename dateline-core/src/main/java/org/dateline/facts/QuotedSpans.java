package org.dateline.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of a text enclosed in quotation marks: curly (“ ”, ‘ ’), straight (" '), typewriter
 * doubled apostrophes ('' ''), low-high („ “) and guillemets (« »). Apostrophes (don't, Russia’s, the
 * ministers' meeting) are not taken for quote marks: a single mark opens only before a letter and after a
 * space or bracket, and closes only after a non-space and before a non-letter. A paragraph that opens a
 * double quote without closing it continues into the next paragraph when that one opens with a quote mark
 * (the news convention for multi-paragraph quotes).
 */
final class QuotedSpans {
    /** The inside of one quotation, without its marks: {@code text.substring(start, end)}. */
    record Span(int start, int end) {
        boolean contains(int from, int to) {
            return start <= from && to <= end;
        }

        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    private QuotedSpans() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int open = doubleMark(text, i);
            if (isDoubleOpen(text, i) && (c != '\'' || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int close = closeDouble(text, i + open);
                if (close > i + open) {
                    out.add(trimmed(text, i + open, close));
                    i = close + doubleMark(text, close);
                    continue;
                }
            } else if (isSingleOpen(text, i)) {
                int close = closeSingle(text, i + 1);
                if (close > i + 1) {
                    out.add(trimmed(text, i + 1, close));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** Length of the double quotation mark at {@code i} (two for the typewriter {@code ''}), or 0. */
    private static int doubleMark(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'') {
            return text.startsWith("''", i) ? 2 : 0;
        }
        return c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„' ? 1 : 0;
    }

    private static boolean isDoubleOpen(String text, int i) {
        int len = doubleMark(text, i);
        return len > 0 && text.charAt(i) != '»' && text.charAt(i) != '”';
    }

    /**
     * Index of the closing mark, or -1; follows a quote across paragraphs that reopen it. A curly or
     * guillemet opening mark inside (before a letter) nests a quotation whose closing mark is skipped.
     */
    private static int closeDouble(String text, int from) {
        int n = text.length();
        int i = from;
        int depth = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = i;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < n && isDoubleOpen(text, next)) {
                    i = next + doubleMark(text, next);
                    depth = 0;
                    continue;
                }
                return -1;
            }
            int mark = doubleMark(text, i);
            if (mark > 0) {
                boolean opensInner = (c == '“' || c == '«') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                        && Character.isWhitespace(text.charAt(i - 1));
                if (opensInner) {
                    depth++;
                } else if (depth > 0 && (c == '”' || c == '»')) {
                    depth--;
                } else {
                    return i;
                }
            }
            i += Math.max(1, mark);
        }
        return -1;
    }

    private static boolean isSingleOpen(String text, int i) {
        char c = text.charAt(i);
        if (c != '‘' && c != '\'') {
            return false;
        }
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int closeSingle(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if ((c == '’' || c == '\'') && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1)))
                    && !(text.charAt(i - 1) == 's' && i + 1 < n && text.charAt(i + 1) == ' '
                    && i + 2 < n && Character.isLowerCase(text.charAt(i + 2)))) {
                return i;
            }
        }
        return -1;
    }

    private static Span trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
