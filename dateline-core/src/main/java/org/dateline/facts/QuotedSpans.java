package org.dateline.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans of a text enclosed in quotation marks: curly (“ ”, ‘ ’), straight (" '), low-high („ “) and
 * guillemets (« »). Apostrophes (don't, Russia’s, the ministers' meeting) are not taken for quote marks: a
 * single mark opens only before a letter and after a space or bracket, and closes only after a non-space
 * and before a non-letter. A paragraph that opens a double quote without closing it continues into the next
 * paragraph when that one opens with a quote mark (the news convention for multi-paragraph quotes).
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
            if (isDoubleOpen(c)) {
                int close = closeDouble(text, i + 1);
                if (close > i + 1) {
                    out.add(trimmed(text, i + 1, close));
                    i = close + 1;
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

    private static boolean isDoubleOpen(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    private static boolean isDoubleClose(char c) {
        return c == '”' || c == '"' || c == '»' || c == '“';
    }

    /** Index of the closing mark, or -1; follows a quote across paragraphs that reopen it. */
    private static int closeDouble(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = i;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < n && isDoubleOpen(text.charAt(next)) && text.charAt(next) != '»') {
                    i = next + 1;
                    continue;
                }
                return -1;
            }
            if (isDoubleClose(c) && !(c == '“' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                return i;
            }
            i++;
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
