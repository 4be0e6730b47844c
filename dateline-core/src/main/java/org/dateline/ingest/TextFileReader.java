package org.dateline.ingest;

import org.dateline.model.RawPage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Plain-text dumps ({@code .txt}, {@code .text}, or no extension): one article per file, a title line
 * first. At most {@link InputFile#MAX_TEXT_BYTES} are read; the encoding is found by {@link TextDecoder}.
 */
public final class TextFileReader implements PageReader {
    /** Text by name ({@code .txt}, {@code .text}), or a name without extension whose content is not markup or JSON. */
    @Override
    public boolean accepts(String fileName, byte[] head) {
        return switch (Head.extension(fileName)) {
            case "txt", "text" -> true;
            case "" -> Head.firstSignificantByte(head) != '<' && Head.firstSignificantByte(head) != '{';
            default -> false;
        };
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
}
