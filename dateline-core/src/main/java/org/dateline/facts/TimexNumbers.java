package org.dateline.facts;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Reads the small cardinal numbers that quantify time units ("two", "12", "a", "twenty-four"). */
final class TimexNumbers {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100));

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
