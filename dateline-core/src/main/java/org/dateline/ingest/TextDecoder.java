package org.dateline.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the bytes of a text input into characters without assuming UTF-8: a byte-order mark first,
 * then strict UTF-8, then ICU4J charset detection. Guessing is always recorded as a warning, and so is the
 * removal of a few stray NUL bytes (damage in a text; many NUL bytes mean binary content, which is refused).
 */
final class TextDecoder {
    /** A decoded text plus what was odd about decoding it. */
    record Decoded(String text, List<String> warnings) {
        Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /** Bytes of a text with its stray NUL bytes removed. */
    record NulsRemoved(byte[] bytes, int count) {
        /** The warning on a page whose text had them. */
        String warning() {
            return "removed " + count + " stray NUL byte" + (count == 1 ? "" : "s") + " from the text";
        }
    }

    /** Thrown when the bytes are not text at all (binary content, or no charset fits). */
    static final class NotTextException extends Exception {
        NotTextException(String message) {
            super(message);
        }
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    /** Share of control bytes (other than tab, newline, form feed, carriage return, escape) that marks binary. */
    private static final double MAX_CONTROL_SHARE = 0.02;
    /** Share of the bytes below which NUL bytes in a text are taken for damage and removed, not for binary content. */
    static final double MAX_STRAY_NUL_SHARE = 0.01;
    /** First bytes of binary formats that hold few NUL bytes: PDF, zip, PNG, GIF, JPEG, ELF and Windows executables. */
    private static final List<byte[]> BINARY_SIGNATURES = List.of(
            "%PDF-".getBytes(StandardCharsets.US_ASCII), new byte[]{'P', 'K', 3, 4}, new byte[]{(byte) 0x89, 'P', 'N', 'G'},
            "GIF8".getBytes(StandardCharsets.US_ASCII), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            new byte[]{0x7F, 'E', 'L', 'F'}, new byte[]{'M', 'Z'});

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param truncated whether {@code bytes} is a prefix cut at an arbitrary byte; a partial character at
     *                  the end is then dropped instead of making strict UTF-8 fail
     * @param markup    whether the bytes are HTML or XML: detection then ignores the tags, which are ASCII
     *                  and would otherwise drown the evidence of the text between them
     * @throws NotTextException when the bytes hold NUL or other control bytes that no text encoding explains
     */
    static Decoded decode(byte[] bytes, boolean truncated, boolean markup) throws NotTextException {
        Optional<Decoded> marked = byByteOrderMark(bytes);
        return marked.isPresent() ? marked.get() : withoutByteOrderMark(bytes, truncated, markup);
    }

    /** The text when {@code bytes} start with a UTF-8 or UTF-16 byte-order mark, else empty. */
    static Optional<Decoded> byByteOrderMark(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return Optional.of(new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), List.of()));
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return Optional.of(new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), List.of("decoded as UTF-16LE (byte-order mark)")));
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return Optional.of(new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), List.of("decoded as UTF-16BE (byte-order mark)")));
        }
        return Optional.empty();
    }

    /** Strict UTF-8, else ICU detection, stray NUL bytes removed first; for bytes without a byte-order mark. */
    static Decoded withoutByteOrderMark(byte[] bytes, boolean truncated, boolean markup) throws NotTextException {
        Optional<NulsRemoved> stray = withoutStrayNuls(bytes);
        if (stray.isPresent()) {
            Decoded decoded = withoutByteOrderMark(stray.get().bytes(), truncated, markup);
            List<String> warnings = new ArrayList<>(List.of(stray.get().warning()));
            warnings.addAll(decoded.warnings());
            return new Decoded(decoded.text(), warnings);
        }
        Optional<String> utf8 = hasNul(bytes) ? Optional.empty() : strictUtf8(bytes, truncated);
        if (utf8.isPresent()) {
            if (controlShare(utf8.get()) > MAX_CONTROL_SHARE) {
                throw new NotTextException("binary content (control characters), not text");
            }
            return new Decoded(utf8.get(), List.of());
        }
        return detect(bytes, markup);
    }

    private static Decoded detect(byte[] bytes, boolean markup) throws NotTextException {
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 == null && hasNul(bytes)) {
            throw new NotTextException("binary content (NUL bytes), not text");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes);
        CharsetMatch match = null;
        for (CharsetMatch candidate : detector.detectAll()) {
            if (utf16 == null || candidate.getName().startsWith("UTF-16")) {
                match = candidate;
                break;
            }
        }
        if (match == null || !Charset.isSupported(match.getName())) {
            throw new NotTextException("no text encoding fits its bytes, not text");
        }
        Charset charset = Charset.forName(match.getName());
        String text = lenient(bytes, 0, charset);
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw new NotTextException("binary content (control characters), not text");
        }
        return new Decoded(text, List.of("decoded as " + match.getName() + " (detected, confidence " + match.getConfidence() + ")"));
    }

    /** The name of the UTF-16 flavour when NUL bytes sit at alternating positions as in Latin text, else null. */
    private static String utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) {
            return "UTF-16LE";
        }
        if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) {
            return "UTF-16BE";
        }
        return null;
    }

    /**
     * {@code bytes} without their NUL bytes when these are stray damage in a text: fewer than {@link
     * #MAX_STRAY_NUL_SHARE} of the bytes, not at the alternating positions of UTF-16, and the bytes do not
     * start like a binary format; else empty (also when there is no NUL).
     */
    static Optional<NulsRemoved> withoutStrayNuls(byte[] bytes) {
        int nuls = 0;
        for (byte b : bytes) {
            nuls += b == 0 ? 1 : 0;
        }
        if (nuls == 0 || nuls >= bytes.length * MAX_STRAY_NUL_SHARE || utf16WithoutBom(bytes) != null
                || BINARY_SIGNATURES.stream().anyMatch(signature -> startsWith(bytes, signature))) {
            return Optional.empty();
        }
        byte[] kept = new byte[bytes.length - nuls];
        int n = 0;
        for (byte b : bytes) {
            if (b != 0) {
                kept[n++] = b;
            }
        }
        return Optional.of(new NulsRemoved(kept, nuls));
    }

    /** Whether the bytes hold any byte outside ASCII. */
    static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The bytes as UTF-8 when they are well-formed UTF-8 (a partial character at the end dropped when {@code truncated}). */
    static Optional<String> strictUtf8(byte[] bytes, boolean truncated) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(truncated ? dropPartialUtf8(bytes) : bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static byte[] dropPartialUtf8(byte[] bytes) {
        int end = bytes.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        int lead = end - back - 1;
        if (lead < 0) {
            return bytes;
        }
        int b = bytes[lead] & 0xFF;
        int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return needed > back + 1 ? Arrays.copyOf(bytes, lead) : bytes;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long controls = text.chars()
                .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B)
                .count();
        return (double) controls / text.length();
    }
}
