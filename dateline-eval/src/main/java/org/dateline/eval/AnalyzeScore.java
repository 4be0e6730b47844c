package org.dateline.eval;

/**
 * A benchmark's figures measured through the user's path ({@link AnalyzePath}), with what that path lost on the way.
 *
 * @param path one line on the run: articles, skipped inputs, extracted lines not found in the benchmark text
 */
public record AnalyzeScore<R>(R result, String path) {
}
