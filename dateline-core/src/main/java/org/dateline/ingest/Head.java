package org.dateline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Looks at the first bytes of a file, as readers do to recognise it. */
final class Head {
    private Head() {
    }

    /** The first byte that is not whitespace, after a UTF-8 byte-order mark; -1 when there is none. */
    static int firstSignificantByte(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length ? head[i] & 0xFF : -1;
    }

    /**
     * The lower-case name of the first element of markup ({@code "rss"}, {@code "html"}), after a byte-order
     * mark, whitespace, an XML declaration or processing instructions, comments and a doctype (with its
     * internal subset); an HTML
     * doctype counts as {@code "html"}. "" when the head does not start with markup.
     */
    static String firstElement(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        int i = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else if (s.startsWith("<?", i)) {
                i = after(s, "?>", i);
            } else if (s.startsWith("<!--", i)) {
                i = after(s, "-->", i);
            } else if (s.regionMatches(true, i, "<!doctype", 0, 9)) {
                int end = doctypeEnd(s, i);
                if (s.substring(i + 9, Math.min(end, s.length())).strip().toLowerCase(Locale.ROOT).startsWith("html")) {
                    return "html";
                }
                i = end;
            } else if (s.charAt(i) == '<') {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == ':' || s.charAt(j) == '-' || s.charAt(j) == '_')) {
                    j++;
                }
                return s.substring(i + 1, j).toLowerCase(Locale.ROOT);
            } else {
                return "";
            }
        }
        return "";
    }

    /** Where the doctype at {@code from} ends: after its internal subset ("[ ... ]") when it has one. */
    private static int doctypeEnd(String s, int from) {
        int bracket = s.indexOf('[', from);
        int close = s.indexOf('>', from);
        return bracket >= 0 && (close < 0 || bracket < close) ? after(s, ">", after(s, "]", bracket)) : after(s, ">", from);
    }

    private static int after(String s, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? s.length() : at + end.length();
    }

    /** The lower-case extension of a file name ("txt"), or "" when it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
