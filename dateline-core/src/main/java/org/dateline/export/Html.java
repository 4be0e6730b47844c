package org.dateline.export;

/**
 * Builds the report's HTML. Every text that comes from an article or the analysis goes through
 * {@link #text(String)}, which escapes it for element content and quoted attribute values alike, so no
 * input can open a tag, close an attribute or start a script.
 */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** {@code s} with {@code & < > " '} as character references; null as the empty string. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code s} cut to at most {@code max} characters, an ellipsis marking the cut; null as the empty string. */
    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    /** Appends markup written by the report itself (never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends data as escaped text. */
    Html text(String data) {
        out.append(escape(data));
        return this;
    }

    /** Appends {@code <tag class="cls">data</tag>} with the data escaped; a null class is left out. */
    Html element(String tag, String cls, String data) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(cls).append('"');
        }
        out.append('>').append(escape(data)).append("</").append(tag).append('>');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
