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
 * complete lines; the cut is one problem naming the file.
 */
public final class JsonlReader implements PageReader {
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
        int lineNo = 0;
        try (InputFile.ContentStream in = input.open()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            do {
                b = in.read();
                if (b != '\n' && b != -1) {
                    line.write(b);
                    continue;
                }
                lineNo++;
                byte[] bytes = line.toByteArray();
                line.reset();
                if (b == -1 && in.damage().isPresent()) {
                    problems.accept(input.path() + ": " + in.damage().get()
                            + (bytes.length == 0 ? "" : " (line " + lineNo + ", cut, is dropped)"));
                    break;
                }
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
            } while (b != -1);
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
