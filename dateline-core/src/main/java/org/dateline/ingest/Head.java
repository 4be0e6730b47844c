package org.dateline.ingest;

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

    /** The lower-case extension of a file name ("txt"), or "" when it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
