package org.dateline.store.opensearch;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of {@link OpenSearchStore} hits ends: the last hit's sort values (score, then id), which
 * {@code search_after} continues from. Written as URL-safe Base64 so a user can paste it into a command line.
 */
record SearchAfter(double score, String id) {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    String encode() {
        String plain = "os:" + Long.toHexString(Double.doubleToLongBits(score)) + ":" + id;
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException if {@code text} is not a cursor {@link #encode()} wrote; the message quotes it */
    static SearchAfter decode(String text) {
        try {
            String[] parts = new String(DECODER.decode(text), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length != 3 || !parts[0].equals("os") || parts[2].isEmpty()) {
                throw new IllegalArgumentException("it has no score and id");
            }
            return new SearchAfter(Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16)), parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a search cursor of this store: \"" + text + "\" ("
                    + e.getMessage() + ")", e);
        }
    }
}
