package org.dateline.ingest;

import java.util.Arrays;

/**
 * How deeply the elements of an XML document nest, counted in one pass over its bytes without parsing it (so it
 * also works on a document that is not well-formed). Comments, CDATA sections, processing instructions and
 * declarations are skipped, an empty-element tag does not count, an end tag with no element open is ignored, and a
 * tag that never ends ends the count. Markup bytes are ASCII, so any ASCII-compatible encoding is read correctly;
 * a UTF-16 document (a byte-order mark, or zero bytes among its first bytes) is read without its zero bytes, which
 * leaves its ASCII markup as it would be in UTF-8.
 */
final class XmlNesting {
    private XmlNesting() {
    }

    /** How many of a document's first bytes show whether it is UTF-16. */
    private static final int SNIFF = 64;

    /** The greatest number of elements open at once in {@code document}. */
    static int depth(byte[] document) {
        byte[] xml = utf16(document) ? withoutZeros(document) : document;
        int depth = 0;
        int max = 0;
        int i = 0;
        while (i >= 0 && i < xml.length) {
            if (xml[i] != '<' || i + 1 == xml.length) {
                i++;
            } else if (startsWith(xml, i, "<!--")) {
                i = after(xml, i + 4, "-->");
            } else if (startsWith(xml, i, "<![CDATA[")) {
                i = after(xml, i + 9, "]]>");
            } else if (xml[i + 1] == '?' || xml[i + 1] == '!') {
                i = after(xml, i + 2, ">");
            } else if (xml[i + 1] == '/') {
                depth = Math.max(0, depth - 1);
                i = after(xml, i + 2, ">");
            } else if (isNameStart(xml[i + 1])) {
                int end = tagEnd(xml, i + 1);
                if (end >= 0 && xml[end - 1] != '/') {
                    depth++;
                    max = Math.max(max, depth);
                }
                i = end < 0 ? -1 : end + 1;
            } else {
                i++;
            }
        }
        return max;
    }

    private static boolean utf16(byte[] doc) {
        if (doc.length >= 2 && ((doc[0] == (byte) 0xFE && doc[1] == (byte) 0xFF) || (doc[0] == (byte) 0xFF && doc[1] == (byte) 0xFE))) {
            return true;
        }
        int zeros = 0;
        for (int i = 0; i < Math.min(SNIFF, doc.length); i++) {
            zeros += doc[i] == 0 ? 1 : 0;
        }
        return zeros * 4 >= Math.min(SNIFF, doc.length) && zeros > 0;
    }

    private static byte[] withoutZeros(byte[] doc) {
        byte[] out = new byte[doc.length];
        int n = 0;
        for (byte b : doc) {
            if (b != 0) {
                out[n++] = b;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean isNameStart(byte b) {
        return Character.isLetter(b) || b == '_' || b == ':' || b < 0;
    }

    /** The index of the {@code >} that ends the start tag opened before {@code from}, skipping quoted values; -1 when none. */
    private static int tagEnd(byte[] xml, int from) {
        byte quote = 0;
        for (int i = from; i < xml.length; i++) {
            byte b = xml[i];
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return i;
            }
        }
        return -1;
    }

    /** The index just after the first {@code end} at or after {@code from}; -1 when there is none. */
    private static int after(byte[] xml, int from, String end) {
        for (int i = from; i + end.length() <= xml.length; i++) {
            if (startsWith(xml, i, end)) {
                return i + end.length();
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] xml, int at, String prefix) {
        if (at + prefix.length() > xml.length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (xml[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
