package org.dateline.spark;

import org.dateline.extract.ArticleExtractor;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.Analyzer;

import java.util.HashMap;
import java.util.Map;

/**
 * The extractor and the analyzers of one JVM (an executor, or the driver in local mode), made on first use and kept
 * for every task the JVM runs after: the language models load once per executor, not once per partition. Both are
 * thread-safe, so the tasks of one executor share them.
 */
final class Models {
    private static ArticleExtractor extractor;
    private static final Map<Thresholds, Analyzer> ANALYZERS = new HashMap<>();

    private Models() {
    }

    static synchronized ArticleExtractor extractor() {
        if (extractor == null) {
            extractor = new ArticleExtractor();
        }
        return extractor;
    }

    /** The analyzer that keeps the facts of at least the confidence {@code least} gives. */
    static synchronized Analyzer analyzer(Thresholds least) {
        return ANALYZERS.computeIfAbsent(least, t -> t.applyTo(new Analyzer(Annotator.forPreset(Preset.FACTS))));
    }
}
