package org.dateline.spark;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.pipeline.RecordJson;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The per-article stages as functions of a partition, run on the executors with the executor's {@link Models}:
 * reading and extraction, one input file after another; then the analysis of the articles kept. They make the
 * same articles, and name the same problems, as {@code analyze} (its {@code AnalysisRun}) does for the same pages.
 */
final class PageStages {
    /** An input file and its place among the run's inputs. */
    record InputRef(int index, String file) implements Serializable {
    }

    private PageStages() {
    }

    /** Reads and extracts the pages of each file: one row per page, warning and problem, in reading order. */
    static Iterator<PageRow> read(Iterator<InputRef> files) {
        List<PageRow> rows = new ArrayList<>();
        while (files.hasNext()) {
            InputRef file = files.next();
            long first = (long) file.index() << 32;
            SparkInputs.read(file.file(), page -> {
                for (String warning : page.warnings()) {
                    rows.add(PageRow.message(first + rows.size(), warning.startsWith(Article.TRUNCATED)
                            ? PageRow.Kind.UNREADABLE : PageRow.Kind.NOTE, page.source() + ": " + warning));
                }
                long order = first + rows.size();
                try {
                    Article article = Models.extractor().extract(page);
                    rows.add(article.text().isBlank()
                            ? PageRow.message(order, PageRow.Kind.NO_TEXT, page.source() + ": no article text found, skipped")
                            : new PageRow(order, PageRow.Kind.ARTICLE, article.id(), page.source(), RecordJson.write(article)));
                } catch (RuntimeException | StackOverflowError e) {
                    rows.add(PageRow.message(order, PageRow.Kind.FAILED, page.source() + ": analysis failed: " + e));
                }
            }, problem -> rows.add(PageRow.message(first + rows.size(), PageRow.Kind.UNREADABLE, problem)));
        }
        return rows.iterator();
    }

    /**
     * Analyses each extracted article ({@link PageRow.Kind#ARTICLE} rows) and makes its fingerprint; a failure is a row
     * naming the page.
     */
    static Iterator<AnalysedRow> analyse(Iterator<PageRow> articles, Thresholds least) {
        List<AnalysedRow> done = new ArrayList<>();
        while (articles.hasNext()) {
            PageRow row = articles.next();
            try {
                Article article = RecordJson.read(row.text(), Article.class);
                AnalyzedArticle analysed = Models.analyzer(least).analyze(article);
                done.add(new AnalysedRow(row.order(), RecordJson.write(analysed), null,
                        CopyPairs.Print.of(analysed.article().text())));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                done.add(new AnalysedRow(row.order(), null, row.source() + ": analysis failed: " + e, null));
            }
        }
        return done.iterator();
    }
}
