package org.dateline.facts;

import org.dateline.model.TimeMention;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the expressions SUTime's tokenizer hides from it: hyphenated parts of a month or year such as
 * "mid-November", "late-March" or "mid-1996".
 */
final class TimexFinder {
    private static final Pattern PART = Pattern.compile("\\b(?i:mid|early|late)-(?:(\\d{4})\\b|("
            + monthNames() + ")\\b)");

    private TimexFinder() {
    }

    /**
     * The expressions of {@code text} that overlap none of {@code found}, with a provisional value the
     * rules refine: the year as written, or the month in the reference year ({@code XXXX} if unknown).
     */
    static List<TimeMention> missed(String articleId, String text, List<TimeMention> found, LocalDate reference) {
        List<TimeMention> out = new ArrayList<>();
        Matcher m = PART.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                continue;
            }
            String value = m.group(1) != null ? m.group(1)
                    : (reference == null ? "XXXX" : Integer.toString(reference.getYear()))
                    + String.format(Locale.ROOT, "-%02d", monthOf(m.group(2)).getValue());
            out.add(new TimeMention(articleId, m.group(), "DATE", value, start, end));
        }
        return out;
    }

    private static Month monthOf(String name) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month name: '" + name + "'");
    }

    private static String monthNames() {
        StringBuilder names = new StringBuilder();
        for (Month month : Month.values()) {
            names.append(names.length() == 0 ? "" : "|").append(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return names.toString();
    }
}
