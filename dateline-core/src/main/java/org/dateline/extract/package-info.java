/**
 * Extraction: a {@link org.dateline.model.RawPage} in, a clean {@link org.dateline.model.Article} out, through
 * {@link org.dateline.extract.ArticleExtractor}. Every rule is generic (shape and wording of lines, never a
 * particular site), and everything removed or inferred is said in the article's warnings.
 */
package org.dateline.extract;
