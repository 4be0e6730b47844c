package org.dateline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The project's ids: the first 16 hex digits (64 bits) of the SHA-256 of a key's UTF-8 bytes. Each caller
 * builds its key (e.g. {@code articleId:start:end} for a quote), so the same input always gets the same id, in
 * every run and on every machine; changing a key or this function changes ids that stored outputs hold.
 */
public final class Ids {
    private static final int HEX_DIGITS = 16;

    private Ids() {
    }

    /** The id of {@code key}: 16 lower-case hex digits. */
    public static String of(String key) {
        return HexFormat.of().formatHex(sha256(key)).substring(0, HEX_DIGITS);
    }

    /** The whole SHA-256 digest of {@code text}'s UTF-8 bytes. */
    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
