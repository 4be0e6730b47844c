package org.dateline.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer for what the command line prints: control characters other than newline and tab (C0, DEL, C1: the
 * terminal's escape sequences, which article text, titles and file names may carry) are written as {@code \}{@code
 * uXXXX}, so data can neither clear the screen, retitle the window nor recolour the output. Inside a JSON string
 * that is the same character's JSON escape, so {@code --json} output stays valid and means the same.
 */
final class ControlChars extends FilterWriter {

    ControlChars(Writer out) {
        super(out);
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
    }

    /** {@code text} with its control characters escaped as this writer writes them. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void write(int c) throws IOException {
        out.write(escape(String.valueOf((char) c)));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        out.write(escape(new String(buf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(escape(str.substring(off, off + len)));
    }
}
