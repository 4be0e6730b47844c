package org.dateline.facts;

import org.dateline.resources.TsvResource;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Reads the small cardinal numbers that quantify time units ("two", "12", "a", "twenty-four"). */
final class TimexNumbers {
    private static final Map<String, Integer> WORDS = TsvResource.table(TimexNumbers.class, "number-words.tsv",
            Integer::valueOf);

    private TimexNumbers() {
    }

    /** The value of {@code word} (digits, a number word, or "twenty-four"), or empty if it is none. */
    static OptionalInt parse(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d{1,6}")) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        Integer simple = WORDS.get(w);
        if (simple != null) {
            return OptionalInt.of(simple);
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = WORDS.get(w.substring(0, dash));
            Integer units = WORDS.get(w.substring(dash + 1));
            if (tens != null && units != null && tens >= 20 && units < 10) {
                return OptionalInt.of(tens + units);
            }
        }
        return OptionalInt.empty();
    }
}
