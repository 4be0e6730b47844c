package org.dateline.nlp;

/**
 * A temporal expression as SUTime normalised it.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value SUTime gave, or null if it gave none
 */
public record Timex(String text, String type, String value, int start, int end, int sentence) {
}
