package org.dateline.model;

/**
 * A temporal expression and its TIMEX3 normalisation.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ({@code 2019-12-02}, {@code XXXX-12-02}, {@code P1M}, {@code PRESENT_REF}, ...)
 */
public record TimeMention(String article, String text, String type, String value, int start, int end) {
}
