package org.dateline.extract.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Machine-written dates as pages put them in markup, read to ISO 8601. */
final class IsoDates {
    private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final List<DateTimeFormatter> ZONED = List.of(DateTimeFormatter.RFC_1123_DATE_TIME);
    private static final Pattern LEADING_DAY = Pattern.compile("^(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");
    private static final Pattern BASIC_DAY = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?=T)");
    private static final Pattern SHORT_TIME = Pattern.compile("T(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?(?!\\d)");
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    private static final DateTimeFormatter OUT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private IsoDates() {
    }

    /**
     * The ISO form of a markup date ("2019-11-19T08:00:00-0500", "20191119", RFC 1123), or empty; a year
     * outside {@value #FIRST_YEAR}..{@value #LAST_YEAR} is a template placeholder ("0001-01-01"), not a date.
     */
    static Optional<String> read(String value) {
        return parse(value).filter(iso -> {
            int year = Integer.parseInt(iso.substring(0, 4));
            return year >= FIRST_YEAR && year <= LAST_YEAR;
        });
    }

    /** The extended form of a basic-format day ("20200414T..."), and one-digit time fields padded ("T23:15:0Z"). */
    private static String tidy(String value) {
        String v = BASIC_DAY.matcher(value).replaceFirst("$1-$2-$3");
        Matcher m = SHORT_TIME.matcher(v);
        if (!m.find()) {
            return v;
        }
        String time = "T" + pad(m.group(1)) + ":" + pad(m.group(2)) + (m.group(3) == null ? "" : ":" + pad(m.group(3)));
        return v.substring(0, m.start()) + time + v.substring(m.end());
    }

    private static String pad(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }

    private static Optional<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = tidy(value.strip());
        try {
            var parsed = OFFSET.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return Optional.of(odt.withNano(0).format(OUT));
            }
            return Optional.of(((LocalDateTime) parsed).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        for (DateTimeFormatter f : ZONED) {
            try {
                return Optional.of(ZonedDateTime.parse(v, f).toOffsetDateTime().format(OUT));
            } catch (DateTimeParseException e) {
                // next
            }
        }
        Matcher m = LEADING_DAY.matcher(v);
        if (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString());
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
