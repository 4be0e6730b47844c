package org.dateline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as printed on a page ("2021-05-04 07:12:30", "3 March 2021 09:20 (UTC+03:00)",
 * "November 11, 2019"), with the time and UTC offset when printed.
 *
 * @param time   null when no time is printed
 * @param offset null when no offset is printed
 */
record PrintedDate(LocalDate date, LocalTime time, ZoneOffset offset) {
    /** Month names and their usual abbreviations, as a regex group body. */
    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String TIME = "(?:,?\\s+(?:at\\s+)?(?<h>\\d{1,2}):(?<min>\\d{2})(?::(?<s>\\d{2}))?\\s*(?<ampm>[ap]\\.?m\\.?)?)?";
    private static final String OFFSET = "(?:\\s*\\(?(?:UTC|GMT)?\\s*(?<off>Z|[+-]\\d{1,2}(?::?\\d{2})?)\\)?)?";
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:[ T](?<h>\\d{2}):(?<min>\\d{2})(?::(?<s>\\d{2}))?(?<ampm>)"
                    + "(?:\\.\\d+)?)?" + OFFSET),
            Pattern.compile("(?<d>\\d{1,2})\\s+(?<mn>" + MONTH + ")\\.?,?\\s+(?<y>\\d{4})" + TIME + OFFSET, Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?<mn>" + MONTH + ")\\.?\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})" + TIME + OFFSET, Pattern.CASE_INSENSITIVE));

    /** A printed date found in a string, with where it was found. */
    record Found(PrintedDate date, int start, int end) {
    }

    /** The first printed date in {@code text}, if any is a real calendar date. */
    static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                Optional<PrintedDate> date = of(m);
                if (date.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<PrintedDate> of(Matcher m) {
        try {
            int month = group(m, "mn") != null ? month(group(m, "mn")) : Integer.parseInt(m.group("m"));
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d")));
            LocalTime time = null;
            if (m.group("h") != null) {
                int hour = Integer.parseInt(m.group("h"));
                String ampm = group(m, "ampm");
                if (ampm != null && !ampm.isEmpty()) {
                    hour = hour % 12 + (ampm.toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
                }
                time = LocalTime.of(hour, Integer.parseInt(m.group("min")), m.group("s") == null ? 0 : Integer.parseInt(m.group("s")));
            }
            ZoneOffset offset = time != null && m.group("off") != null ? offset(m.group("off")) : null;
            return Optional.of(new PrintedDate(date, time, offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** The month number of a month name or abbreviation ("Nov", "Sept", "December"). */
    static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix);
        if (index < 0) {
            throw new DateTimeException("not a month: '" + name + "'");
        }
        return index + 1;
    }

    /** ISO 8601: a date, a local date-time, or a date-time with offset, as much as was printed. */
    String iso() {
        if (time == null) {
            return date.toString();
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        return offset == null ? local.toString() : local.atOffset(offset).toString();
    }

    boolean hasTime() {
        return time != null;
    }

    /**
     * The latest date on {@code monthDay} that is not after {@code reference}: a wire dateline ("Nov. 20")
     * names a day at or shortly before publication.
     */
    static LocalDate notAfter(MonthDay monthDay, LocalDate reference) {
        for (int year = reference.getYear(); ; year--) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(reference)) {
                return monthDay.atYear(year);
            }
        }
    }
}
