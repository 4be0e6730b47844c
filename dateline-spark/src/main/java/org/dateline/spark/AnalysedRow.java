package org.dateline.spark;

import java.io.Serializable;

/**
 * One article after the per-article stages on an executor.
 *
 * @param order    its page's {@link PageRow#order()}
 * @param analysed the {@link org.dateline.model.AnalyzedArticle} as {@link org.dateline.pipeline.RecordJson}, or null
 *                 when the analysis failed
 * @param failure  the message naming the page whose analysis failed, else null
 * @param print    the article's fingerprint for the near-duplicate search ({@link CopyPairs}), null when the analysis
 *                 failed or once taken off ({@link #withoutPrint()})
 */
record AnalysedRow(long order, String analysed, String failure, CopyPairs.Print print) implements Serializable {
    /** This row without its fingerprint, which the driver does not need. */
    AnalysedRow withoutPrint() {
        return new AnalysedRow(order, analysed, failure, null);
    }
}
