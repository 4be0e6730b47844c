package org.dateline.ingest;

import org.dateline.model.Article;
import org.dateline.model.RawPage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Plain-text dumps ({@code .txt}, {@code .text}, or no extension): one article per file, a title line
 * first. At most {@link InputFile#MAX_TEXT_BYTES} are read (decompressed, for a gzip file); the encoding is
 * found by {@link TextDecoder}.
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
        InputFile.Content content = input.read(InputFile.MAX_TEXT_BYTES);
        if (content.bytes().length == 0 && content.damage() != null) {
            problems.accept(input.path() + ": skipped, " + content.damage());
            return;
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(content.bytes(), content.cut() || content.damage() != null, false);
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
        if (content.damage() != null) {
            warnings.add(Article.TRUNCATED + content.damage());
        }
        if (content.cut()) {
            warnings.add(content.cutWarning(InputFile.MAX_TEXT_BYTES));
        }
        pages.accept(new RawPage(input.path().toString(), RawPage.Format.TEXT, decoded.text(), input.meta(), warnings));
    }
}
