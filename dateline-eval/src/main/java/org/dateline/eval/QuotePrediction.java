package org.dateline.eval;

/**
 * One system attribution in the reference scorer's format: a content span of a PolNeAR article and who said it.
 *
 * @param file    the PolNeAR article name (no {@code .txt})
 * @param speaker the resolved canonical name, else the mention as written, or null
 */
public record QuotePrediction(String file, int start, int end, String speaker) {
}
