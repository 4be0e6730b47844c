package org.dateline.extract;

import org.dateline.model.Dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The wire-style dateline that opens a story: "BAKU, Nov. 20 (Xinhua) --", "BAKU, December 2. /TASS/.",
 * "BAKU, Azerbaijan, Nov. 11", "MUNICH (Combined Sources)–", "WASHINGTON —". The place is in capitals and
 * must be followed by a date, a credit in slashes, or a dash (after an optional credit in parentheses). The dateline stays in the text (it is
 * part of the first sentence); this class only reads it.
 */
final class Datelines {
    /** How many opening paragraphs may hold the dateline (a caption or a standfirst may come first). */
    private static final int SEARCH_PARAGRAPHS = 3;
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}'’.-]+(?:[ -]\\p{Lu}[\\p{Lu}'’.-]+){0,3})"
                    + "(?:,\\s*(?!" + PrintedDate.MONTH + "\\b)(?<region>\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+){0,2}))?"
                    + "(?:,\\s*(?<month>" + PrintedDate.MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?\\.?)?"
                    + "\\s*(?:\\((?<credit>[^()]{2,40})\\)|/(?<slash>[^/]{2,30})/\\.?)?"
                    + "\\s*(?<sep>--|—|–|-)?");
    /** Credits that name no outlet ("(Combined Sources)", "(Agencies)"). */
    private static final Pattern NOT_AN_OUTLET = Pattern.compile(
            ".*\\b(?:sources|agencies|agency reports|staff|wires?|reporters?|correspondents?|news desk|AFP/Reuters)\\b.*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A dateline found at the start of a paragraph.
     *
     * @param monthDay the printed day, or null
     * @param year     the printed year, or null
     * @param outlet   the credit when it names an outlet ("Xinhua", "TASS"), or null
     */
    record Found(String place, MonthDay monthDay, Integer year, String outlet) {
        /**
         * The dateline record; without a printed year the year is the latest one that puts the day not
         * after {@code published}, and unknown ({@code XXXX}) without a publication date.
         */
        Dateline resolve(LocalDate published) {
            if (monthDay == null) {
                return new Dateline(place, null);
            }
            if (year != null && monthDay.isValidYear(year)) {
                return new Dateline(place, monthDay.atYear(year).toString());
            }
            if (published != null) {
                return new Dateline(place, PrintedDate.notAfter(monthDay, published).toString());
            }
            return new Dateline(place, String.format(Locale.ROOT, "XXXX-%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth()));
        }
    }

    private Datelines() {
    }

    /** The dateline opening one of the first paragraphs, if any. */
    static Optional<Found> find(List<String> paragraphs) {
        return paragraphs.stream().limit(SEARCH_PARAGRAPHS).map(Datelines::parse).flatMap(Optional::stream).findFirst();
    }

    static Optional<Found> parse(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        boolean dated = m.group("month") != null;
        boolean separated = m.group("sep") != null;
        boolean accepted = dated || m.group("slash") != null
                || separated && (m.group("credit") != null || m.group("place").length() >= 4);
        if (!accepted) {
            return Optional.empty();
        }
        MonthDay monthDay = null;
        if (dated) {
            try {
                monthDay = MonthDay.of(PrintedDate.month(m.group("month")), Integer.parseInt(m.group("day")));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Integer year = m.group("year") == null ? null : Integer.parseInt(m.group("year"));
        String credit = m.group("credit") != null ? m.group("credit") : m.group("slash");
        String outlet = credit == null || NOT_AN_OUTLET.matcher(credit).matches() ? null : credit.strip();
        return Optional.of(new Found(titleCase(m.group("place")), monthDay, year, outlet));
    }

    /** "BAKU" → "Baku", "NEW YORK" → "New York". */
    private static String titleCase(String place) {
        return Arrays.stream(place.split(" "))
                .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
