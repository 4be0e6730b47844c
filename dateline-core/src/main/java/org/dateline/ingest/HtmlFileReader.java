package org.dateline.ingest;

import org.dateline.model.Article;
import org.dateline.model.RawPage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * HTML pages, one per file: by name ({@code .html}, {@code .htm}, {@code .xhtml}, {@code .shtml}), or by
 * content whatever the name (a doctype or a first element {@code html}, {@code head}, {@code body},
 * {@code meta} or {@code title}). A gzip-compressed page is read decompressed; a gzip that ends early gives a
 * warning and what was decompressed is used. See {@link HtmlPages} for decoding and limits.
 */
public final class HtmlFileReader implements PageReader {
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
    private static final Set<String> FIRST_ELEMENTS = Set.of("html", "head", "body", "meta", "title");

    @Override
    public boolean accepts(String fileName, byte[] head) {
        return EXTENSIONS.contains(Head.extension(fileName)) || FIRST_ELEMENTS.contains(Head.firstElement(head));
    }

    @Override
    public void read(InputFile input, Consumer<RawPage> pages, Consumer<String> problems) throws IOException {
        InputFile.Content content = input.read(HtmlPages.MAX_HTML_BYTES);
        if (content.bytes().length == 0 && content.damage() != null) {
            problems.accept(input.path() + ": skipped, " + content.damage());
            return;
        }
        List<String> warnings = new ArrayList<>(input.warnings());
        if (content.damage() != null) {
            warnings.add(Article.TRUNCATED + content.damage());
        }
        if (content.cut()) {
            warnings.add(content.cutWarning(HtmlPages.MAX_HTML_BYTES));
        }
        HtmlPages.fromBytes(input.path().toString(), content.bytes(), null, content.cut() || content.damage() != null,
                        input.meta(), warnings,
                        why -> problems.accept(input.path() + ": skipped, " + why))
                .ifPresent(pages);
    }
}
