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
 * "mid-November", "late-March" or "mid-1996", and the two years of a range such as "2009-2010" or "1957-58",
 * which TimeML marks as two dates, and clock times written with a dot ("6.15am"), which SUTime misreads.
 */
final class TimexFinder {
    private static final Pattern PART = Pattern.compile("\\b(?i:mid|early|late)-(?:(\\d{4})\\b|("
            + monthNames() + ")\\b)");
    /** A range of years: the first in full (1800 to 2099), the second in full or by its last two digits. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d.,/-])((?:1[89]|20)\\d\\d)\\s?[-–]\\s?(\\d\\d(?:\\d\\d)?)"
            + "(?![\\d.,/-]\\d|\\d)");
    /** A British clock time: hours, a dot, minutes, then am or pm ("6.15am", "11.30 p.m."). */
    private static final Pattern DOTTED_CLOCK = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.([0-5]\\d)\\s?([apAP])(?:\\.[mM]\\.|[mM]\\b)");
    /** The longest range of years read as one: longer ones are rather numbers (a score, a code). */
    private static final int MAX_RANGE_YEARS = 30;

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

    /**
     * {@code found} with every range of years in {@code text} as its two years ({@code DATE}, the year as value),
     * in place of the expressions found inside the range; a range that an expression reaches beyond, or whose
     * second year does not follow the first by at most {@link #MAX_RANGE_YEARS}, is left as it was.
     */
    static List<TimeMention> withYearRangesSplit(String articleId, String text, List<TimeMention> found) {
        List<TimeMention> out = new ArrayList<>(found);
        Matcher m = YEAR_RANGE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            int first = Integer.parseInt(m.group(1));
            int second = m.group(2).length() == 4 ? Integer.parseInt(m.group(2))
                    : first / 100 * 100 + Integer.parseInt(m.group(2));
            second += second <= first && m.group(2).length() == 2 ? 100 : 0;
            List<TimeMention> inside = out.stream().filter(f -> f.start() < end && start < f.end()).toList();
            if (second <= first || second - first > MAX_RANGE_YEARS
                    || inside.stream().anyMatch(f -> f.start() < start || f.end() > end)) {
                continue;
            }
            out.removeAll(inside);
            out.add(new TimeMention(articleId, m.group(1), "DATE", Integer.toString(first), m.start(1), m.end(1)));
            out.add(new TimeMention(articleId, m.group(2), "DATE", Integer.toString(second), m.start(2), m.end(2)));
        }
        return out;
    }

    /**
     * {@code found} with every dotted clock time of {@code text} as one {@code TIME} on the reference day
     * ({@code XXXX-XX-XX} if unknown), in place of the expressions found overlapping it.
     */
    static List<TimeMention> withDottedClockTimes(String articleId, String text, List<TimeMention> found,
                                                 LocalDate reference) {
        List<TimeMention> out = new ArrayList<>(found);
        Matcher m = DOTTED_CLOCK.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            if (hour == 0 || hour > 12) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            out.removeIf(f -> f.start() < end && start < f.end());
            int hour24 = hour % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
            String day = reference == null ? "XXXX-XX-XX" : reference.toString();
            out.add(new TimeMention(articleId, m.group(), "TIME",
                    day + String.format(Locale.ROOT, "T%02d:%s", hour24, m.group(2)), start, end));
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
