package org.dateline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.model.RawPage;
import org.dateline.model.SourceMeta;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}, gzip-compressed or not): one page per line, an object with {@code text} or
 * {@code html} and optionally {@code url}, {@code outlet}, {@code published}, {@code fetched},
 * {@code title}. A page's source is {@code path#lineNo}; {@code html} goes through {@link HtmlPages} like an
 * HTML file. JSON is UTF-8 by definition (RFC 8259): a UTF-8
 * byte-order mark is skipped, a few stray NUL bytes in a line are removed with a warning on its page, and a
 * line that is not UTF-8 is a problem. A bad line is a problem naming
 * file and line; the other lines are still read. Metadata comes from each line's own fields; a sidecar next
 * to a JSONL file is not used (only its warnings are passed on). A gzip-compressed file that is cut keeps its
 * complete lines; the cut is one problem naming the file. A line longer than {@link #MAX_LINE_BYTES} is a problem.
 */
public final class JsonlReader implements PageReader {
    /**
     * The longest line read (64 MiB: an HTML page of {@link HtmlPages#MAX_HTML_BYTES} with its JSON escapes fits
     * many times over); a longer one, such as a gzip bomb's, is skipped with a problem without being held in memory.
     */
    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** By name ({@code .jsonl}, {@code .ndjson}) or, for a name without extension, by content; either way the first line must open an object. */
    @Override
    public boolean accepts(String fileName, byte[] head) {
        String ext = Head.extension(fileName);
        return (ext.equals("jsonl") || ext.equals("ndjson") || ext.isEmpty()) && Head.firstSignificantByte(head) == '{';
    }

    @Override
    public void read(InputFile input, Consumer<RawPage> pages, Consumer<String> problems) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputFile.ContentStream in = input.open()) {
            Line line = new Line();
            byte[] chunk = new byte[1 << 16];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        line.append(chunk, from, i - from);
                        line.end(input, utf8, pages, problems);
                        from = i + 1;
                    }
                }
                line.append(chunk, from, n - from);
            }
            if (in.damage().isPresent()) {
                problems.accept(input.path() + ": " + in.damage().get() + (line.length == 0 ? "" : " (line " + (line.number + 1) + ", cut, is dropped)"));
            } else {
                line.end(input, utf8, pages, problems);
            }
        }
    }

    /** The line being read: its bytes up to {@link #MAX_LINE_BYTES}, its full length, and the number of the line before it. */
    private static final class Line {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long length;
        private int number;

        void append(byte[] chunk, int from, int n) {
            int kept = (int) Math.max(0, Math.min(n, MAX_LINE_BYTES - length));
            bytes.write(chunk, from, kept);
            length += n;
        }

        /** Reads the line ended now (a line too long is a problem) and starts the next one. */
        void end(InputFile input, CharsetDecoder utf8, Consumer<RawPage> pages, Consumer<String> problems) {
            number++;
            if (length > MAX_LINE_BYTES) {
                problems.accept(String.format(Locale.ROOT, "%s:%d: skipped, the line is %.1f MiB long (at most %d MiB are read)",
                        input.path(), number, length / (1024.0 * 1024.0), MAX_LINE_BYTES >> 20));
            } else {
                readBytes(input, number, bytes.toByteArray(), utf8, pages, problems);
            }
            bytes.reset();
            length = 0;
        }
    }

    /** Reads line {@code lineNo} from its bytes: stray NULs removed, decoded as UTF-8, its page read. */
    private static void readBytes(InputFile input, int lineNo, byte[] bytes, CharsetDecoder utf8, Consumer<RawPage> pages,
                                  Consumer<String> problems) {
        Optional<TextDecoder.NulsRemoved> stray = TextDecoder.withoutStrayNuls(bytes);
        List<String> warnings = new ArrayList<>(input.warnings());
        stray.ifPresent(removed -> warnings.add(removed.warning()));
        try {
            String text = utf8.decode(ByteBuffer.wrap(stray.map(TextDecoder.NulsRemoved::bytes).orElse(bytes))).toString();
            text = lineNo == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (!text.isBlank()) {
                readLine(input, lineNo, text, warnings, pages, problems);
            }
        } catch (CharacterCodingException e) {
            problems.accept(input.path() + ":" + lineNo + ": skipped, not UTF-8");
        }
    }

    /** Reads one line's page; {@code warnings} are the file's and the line's own, for the page. */
    private static void readLine(InputFile input, int lineNo, String line, List<String> warnings, Consumer<RawPage> pages,
                                 Consumer<String> problems) {
        String where = input.path() + ":" + lineNo;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.accept(where + ": skipped, not valid JSON: " + e.getOriginalMessage());
            return;
        }
        if (node == null || !node.isObject()) {
            problems.accept(where + ": skipped, not a JSON object");
            return;
        }
        SourceMeta meta;
        try {
            meta = Sidecars.metaOf(node, where, SourceMeta.Origin.METADATA);
        } catch (IllegalArgumentException e) {
            problems.accept(where + ": skipped, " + e.getMessage());
            return;
        }
        String text = textField(node, "text");
        String html = textField(node, "html");
        if (text == null && html == null) {
            problems.accept(where + ": skipped, has neither a non-empty 'text' nor 'html' string");
            return;
        }
        if (text != null && html != null) {
            warnings.add("line has both 'text' and 'html'; used 'text'");
        }
        String source = input.path() + "#" + lineNo;
        if (text == null) {
            HtmlPages.fromText(source, html, meta, warnings, why -> problems.accept(where + ": skipped, " + why)).ifPresent(pages);
            return;
        }
        String content = text;
        if (content.length() > InputFile.MAX_TEXT_BYTES) {
            warnings.add("truncated: kept the first " + InputFile.MAX_TEXT_BYTES + " of " + content.length() + " characters");
            content = content.substring(0, InputFile.MAX_TEXT_BYTES);
        }
        pages.accept(new RawPage(source, RawPage.Format.TEXT, content, meta, warnings));
    }

    private static String textField(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
