package org.dateline.spark;

import java.io.Serializable;

/**
 * One article after the per-article stages on an executor.
 *
 * @param order    its page's {@link PageRow#order()}
 * @param analysed the {@link org.dateline.model.AnalyzedArticle} as {@link org.dateline.pipeline.RecordJson}, or null
 *                 when the analysis failed
 * @param failure  the message naming the page whose analysis failed, else null
 */
record AnalysedRow(long order, String analysed, String failure) implements Serializable {
}
