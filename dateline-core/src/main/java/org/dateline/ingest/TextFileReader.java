package org.dateline.ingest;

import org.dateline.model.RawPage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Plain-text dumps ({@code .txt}, {@code .text}, or no extension): one article per file, a title line
 * first. At most {@link InputFile#MAX_TEXT_BYTES} are read; the encoding is found by {@link TextDecoder}.
 */
public final class TextFileReader implements PageReader {
    private static final Set<String> EXTENSIONS = Set.of("txt", "text", "");

    @Override
    public boolean accepts(String fileName, byte[] head) {
        String ext = extension(fileName);
        if (ext.equals("txt") || ext.equals("text")) {
            return true;
        }
        return EXTENSIONS.contains(ext) && !looksLikeMarkupOrJson(head);
    }

    @Override
    public void read(InputFile input, Consumer<RawPage> pages, Consumer<String> problems) throws IOException {
        long size = Files.size(input.path());
        byte[] bytes;
        try (InputStream in = Files.newInputStream(input.path())) {
            bytes = in.readNBytes(InputFile.MAX_TEXT_BYTES);
        }
        boolean truncated = size > bytes.length;
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes, truncated);
        } catch (TextDecoder.NotTextException e) {
            problems.accept(input.path() + ": skipped, " + e.getMessage());
            return;
        }
        if (decoded.text().isBlank()) {
            problems.accept(input.path() + ": skipped, only whitespace");
            return;
        }
        List<String> warnings = new ArrayList<>(input.warnings());
        warnings.addAll(decoded.warnings());
        if (truncated) {
            warnings.add(String.format(Locale.ROOT, "truncated: read the first %d MiB of %.1f MiB",
                    InputFile.MAX_TEXT_BYTES >> 20, size / (1024.0 * 1024.0)));
        }
        pages.accept(new RawPage(input.path().toString(), RawPage.Format.TEXT, decoded.text(), input.meta(), warnings));
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the first non-blank character (after a UTF-8 byte-order mark) opens markup or a JSON object. */
    private static boolean looksLikeMarkupOrJson(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && (head[i] == '<' || head[i] == '{');
    }
}
