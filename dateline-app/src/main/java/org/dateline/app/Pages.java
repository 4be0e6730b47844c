package org.dateline.app;

import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.model.Article;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads and extracts every article under some paths, for commands that need them all at once. */
final class Pages {
    private Pages() {
    }

    static List<Article> extractAll(List<Path> paths, PrintWriter err) {
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> out = new ArrayList<>();
        Inputs.read(paths, page -> {
            Article a = extractor.extract(page);
            if (!a.text().isBlank()) {
                out.add(a);
            }
        }, problem -> err.println("warning: " + problem));
        return out;
    }
}
