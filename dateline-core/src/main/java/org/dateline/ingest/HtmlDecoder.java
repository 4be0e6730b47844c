package org.dateline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page. The charset comes from, in order: a byte-order mark (which wins over
 * every declaration, as in the WHATWG encoding sniffing algorithm), the HTTP {@code Content-Type} header
 * (for pages from a WARC), a {@code <meta charset>} / {@code <meta http-equiv="Content-Type">} or an XML
 * declaration within the first {@link #PRESCAN_BYTES}, then strict UTF-8, then ICU detection over the text
 * between the tags. A declared single-byte charset on bytes that are well-formed UTF-8 with non-ASCII
 * characters is overruled by UTF-8 (a page re-encoded without updating its declaration); {@code
 * iso-8859-1} and {@code us-ascii} mean {@code windows-1252}, as browsers read them.
 */
final class HtmlDecoder {
    /** How far into a page a charset declaration is looked for. */
    static final int PRESCAN_BYTES = 8192;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /** The charset named by an HTTP {@code Content-Type} value ({@code text/html; charset=EUC-JP}), or null. */
    static String charsetOfContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param transportCharset the charset named by the HTTP header, or null
     * @param truncated        whether {@code bytes} were cut at an arbitrary byte
     * @throws TextDecoder.NotTextException when the bytes are not text at all
     */
    static TextDecoder.Decoded decode(byte[] bytes, String transportCharset, boolean truncated) throws TextDecoder.NotTextException {
        Optional<TextDecoder.Decoded> marked = TextDecoder.byByteOrderMark(bytes);
        if (marked.isPresent()) {
            return marked.get();
        }
        List<String> warnings = new ArrayList<>();
        Optional<Charset> declared = declared(transportCharset, "HTTP header", warnings);
        if (declared.isEmpty()) {
            declared = declared(declaredInPage(bytes), "page", warnings);
        }
        if (declared.isPresent()) {
            Charset charset = declared.get();
            if (!charset.equals(StandardCharsets.UTF_8) && TextDecoder.hasNonAscii(bytes)) {
                Optional<String> utf8 = TextDecoder.strictUtf8(bytes, truncated);
                if (utf8.isPresent()) {
                    warnings.add("declared " + charset.name() + " but the bytes are UTF-8; decoded as UTF-8");
                    return new TextDecoder.Decoded(utf8.get(), warnings);
                }
            }
            return new TextDecoder.Decoded(TextDecoder.lenient(bytes, 0, charset), warnings);
        }
        TextDecoder.Decoded guessed = TextDecoder.withoutByteOrderMark(bytes, truncated, true);
        warnings.addAll(guessed.warnings());
        return new TextDecoder.Decoded(guessed.text(), warnings);
    }

    /** The charset declared by a {@code <meta>} tag or an XML declaration near the top of the page, or null. */
    static String declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    private static Optional<Charset> declared(String name, String where, List<String> warnings) {
        if (name == null) {
            return Optional.empty();
        }
        String label = name.toLowerCase(Locale.ROOT);
        String canonical = switch (label) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii" -> "windows-1252";
            // a page that is readable as ASCII-compatible bytes cannot be UTF-16, whatever it says
            case "utf-16", "utf-16le", "utf-16be" -> "UTF-8";
            default -> label;
        };
        try {
            return Optional.of(Charset.forName(canonical));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            warnings.add("ignored unknown charset '" + name + "' declared by the " + where);
            return Optional.empty();
        }
    }
}
