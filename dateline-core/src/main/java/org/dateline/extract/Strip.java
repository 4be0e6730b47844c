package org.dateline.extract;

import java.util.function.IntPredicate;

/**
 * Trims characters off the end of a string in one pass. A regular expression such as {@code [\s:]+$} does the
 * same, but {@code replaceAll} tries it from every position of a long run that is not at the end (a line of
 * 100,000 colons and a letter), which takes time quadratic in the run's length.
 */
public final class Strip {
    private Strip() {
    }

    /** {@code s} without the run of characters at its end for which {@code drop} holds. */
    public static String trailing(String s, IntPredicate drop) {
        int end = s.length();
        while (end > 0 && drop.test(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
