package org.dateline.extract.html;

/**
 * An HTML text with every tag name longer than {@link #MAX_CHARS} characters cut there by a space (the rest of the
 * name becomes an attribute name). jsoup builds a tag name by copying the whole name so far for each piece it
 * reads, which takes time quadratic in the name's length: a few megabytes of letters after a {@code <} would stall
 * it for minutes, whether it parses HTML or XML. Real tag names are a few characters long; custom elements a few dozen.
 *
 * @param html  the text to parse (the original string when nothing was cut)
 * @param count how many tag names were cut
 */
public record LongTagNames(String html, int count) {
    /** The longest tag name left whole. */
    public static final int MAX_CHARS = 256;

    /** {@code html} (or XML) with its overlong tag names cut. */
    public static LongTagNames cut(String html) {
        StringBuilder out = null;
        int copied = 0;
        int count = 0;
        int i = html.indexOf('<');
        while (i >= 0) {
            int start = i + 1 < html.length() && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
            int end = start;
            if (start < html.length() && isAsciiLetter(html.charAt(start))) {
                while (end < html.length() && !endsName(html.charAt(end))) {
                    end++;
                }
            }
            if (end - start > MAX_CHARS) {
                out = out == null ? new StringBuilder(html.length() + 16) : out;
                out.append(html, copied, start + MAX_CHARS).append(' ');
                copied = start + MAX_CHARS;
                count++;
            }
            i = html.indexOf('<', Math.max(end, i + 1));
        }
        return out == null ? new LongTagNames(html, 0) : new LongTagNames(out.append(html, copied, html.length()).toString(), count);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** What ends a tag name for the HTML tokenizer: whitespace, a slash or the tag's end. */
    private static boolean endsName(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ' || c == '/' || c == '>';
    }
}
