package org.dateline.extract;

import org.dateline.resources.TsvResource;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names and their printed abbreviations in the languages news pages are read in ({@code month-names.tsv}:
 * thirteen languages, with the genitive forms that follow a day). A name means the same month in every language
 * that has it ("mai", "juni"), so no language needs to be known.
 */
final class MonthNames {
    private static final Map<String, Integer> NUMBER = numbers();

    /** Every name, longest first (so that a regex alternation prefers "marzo" to "mar"), as a regex group body. */
    static final String ANY = NUMBER.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|", "(?:", ")"));

    private MonthNames() {
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> out = new HashMap<>();
        TsvResource.table(MonthNames.class, "month-names.tsv", TsvResource::forms)
                .forEach((month, names) -> names.forEach(name -> out.put(name, Integer.parseInt(month))));
        return out;
    }

    /** The month number (1 to 12) of a name matched by {@link #ANY} in any letter case, or 0 when it names none. */
    static int number(String name) {
        return NUMBER.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }
}
