package org.dateline.extract;

import org.dateline.extract.html.DateCandidate;

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
import java.util.stream.Stream;

/**
 * A publication date as printed on a page, with the time and UTC offset when printed. The forms are those
 * of news pages in many languages: ISO ("2021-05-04 07:12:30", "2021/05/04"), a day before a month name
 * ("3 March 2021 09:20 (UTC+03:00)", "3. März 2021", "3 de março de 2021", "3 марта 2021", "3 Mart 2021"), a
 * month name before the day ("November 11, 2019"), the year first ("2021年3月3日", "2021. március 3."), and
 * numbers with the day first ("03.03.2021", "3/3/2021"; a slashed date whose second number cannot be a month,
 * "11/23/2021", is read month first). Month names are those of {@link MonthNames}.
 *
 * @param time   null when no time is printed
 * @param offset null when no offset is printed
 */
record PrintedDate(LocalDate date, LocalTime time, ZoneOffset offset) {
    /** English month names and their usual abbreviations, as a regex group body. */
    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String NAME = "(?<mn>" + MonthNames.ANY + ")(?![\\p{L}])\\.?";
    private static final String TIME = "(?:\\s*(?:,|\\||-|–|—|/|at|à|um|às|a las|alle|ore|в|о|saat|kl\\.)?\\s*"
            + "(?<h>\\d{1,2})(?::|\\s?h\\s?)(?<min>\\d{2})(?::(?<s>\\d{2}))?\\s*(?<ampm>[ap]\\.?\\s?m\\.?)?)?";
    private static final String OFFSET = "(?:\\s*\\(?(?:UTC|GMT)?\\s*(?<off>Z|[+-]\\d{1,2}(?::?\\d{2})?)\\)?)?";
    private static final Pattern CHANGE = Pattern.compile("updated?|modified|aktualisiert|geändert|mis à jour|modifié"
            + "|actualizado|atualizado|aggiornato|обновлено|обновлен|оновлено|güncelle|更新", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How many characters before a printed date may say that it is a change date. */
    private static final int CHANGE_WINDOW = 40;
    private static final String NOT_AFTER_DIGIT = "(?<![\\d.])";
    private static final List<Pattern> FORMS = Stream.of(
            "(?<y>\\d{4})(?<sep>[-/]|\\.\\s?)(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d)\\.?(?:[ T]\\s?(?<h>\\d{2}):(?<min>\\d{2})"
                    + "(?::(?<s>\\d{2}))?(?<ampm>)(?:\\.\\d+)?)?" + OFFSET,
            NOT_AFTER_DIGIT + "(?<d>\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?\\s*(?:de\\s+)?" + NAME
                    + "(?:\\s*/\\s*" + MonthNames.ANY + ")?,?\\s*(?:de\\s+|del\\s+)?(?<y>\\d{4})(?!\\d)(?:\\s*(?:г\\.|р\\.|року|года))?" + TIME + OFFSET,
            "(?<![\\p{L}])" + NAME + "\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})(?!\\d)" + TIME + OFFSET,
            "(?<y>\\d{4})\\s*[年년]\\s*(?<m>\\d{1,2})\\s*[月월]\\s*(?<d>\\d{1,2})\\s*[日일]?" + TIME + OFFSET,
            "(?<y>\\d{4})\\.\\s*" + NAME + "\\s*(?<d>\\d{1,2})\\." + TIME + OFFSET,
            NOT_AFTER_DIGIT + "(?<d>\\d{1,2})(?<sep>[./-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})(?!\\d)" + TIME + OFFSET)
            .map(form -> Pattern.compile(form, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

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
            int month = group(m, "mn") != null ? MonthNames.number(group(m, "mn")) : Integer.parseInt(m.group("m"));
            int day = Integer.parseInt(m.group("d"));
            if ("/".equals(group(m, "sep")) && month > 12 && day <= 12 && m.start("d") < m.start("m")) {
                int printedFirst = day;
                day = month;
                month = printedFirst;
            }
            LocalDate date = LocalDate.of(Integer.parseInt(m.group("y")), month, day);
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

    /** This date as a candidate printed on the page ({@code text}). */
    DateCandidate candidate(boolean modified) {
        return new DateCandidate(iso(), "text", modified);
    }

    /**
     * Whether the words just before {@code found} in {@code line} say it is the date of a change
     * ("Updated", "Aktualisiert", "Mis à jour", "Actualizado", "Обновлено", ...).
     */
    static boolean isChange(String line, Found found) {
        return CHANGE.matcher(line.substring(Math.max(0, found.start() - CHANGE_WINDOW), found.start())).find();
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
