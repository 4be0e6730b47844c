package org.dateline.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/** A calendar or clock unit as TIMEX3 writes it in durations and at what granularity it names dates. */
enum TimexUnit {
    SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEK("W", false),
    MONTH("M", false), QUARTER("Q", false), YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

    private final String code;
    private final boolean clock;

    TimexUnit(String code, boolean clock) {
        this.code = code;
        this.clock = clock;
    }

    /** The unit a word names ("years", "min", "decade"), if any. */
    static Optional<TimexUnit> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return Optional.ofNullable(switch (w) {
            case "second", "sec" -> SECOND;
            case "minute", "min" -> MINUTE;
            case "hour", "hr" -> HOUR;
            case "day" -> DAY;
            case "week" -> WEEK;
            case "month" -> MONTH;
            case "quarter" -> QUARTER;
            case "year", "yr" -> YEAR;
            case "decade" -> DECADE;
            case "century", "centurie" -> CENTURY;
            default -> null;
        });
    }

    /** Whether this unit divides a day (hours and below) rather than the calendar. */
    boolean isClock() {
        return clock;
    }

    /** A TIMEX3 duration of {@code amount} units; {@code amount} null gives the underspecified {@code PXY}. */
    String duration(Integer amount) {
        return amount == null ? "P" + (clock ? "T" : "") + "X" + code : duration(BigDecimal.valueOf(amount));
    }

    /**
     * A TIMEX3 duration of a count of units that may have a fraction: 3.5 seconds {@code PT3.5S}, 1.5 decades
     * {@code P15Y}. A fraction that is a whole number of the next smaller unit of the same part (hours to minutes,
     * minutes to seconds, years to months) is written in it, as TimeML does: 1.5 hours {@code PT1H30M}, half a year
     * {@code P6M}; any other fraction stays a decimal ({@code P3.2Y}).
     */
    String duration(BigDecimal amount) {
        BigDecimal n = switch (this) {
            case DECADE -> amount.multiply(BigDecimal.TEN);
            case CENTURY -> amount.multiply(BigDecimal.valueOf(100));
            default -> amount;
        };
        String unitCode = this == DECADE || this == CENTURY ? "Y" : code;
        TimexUnit smaller = switch (this) {
            case HOUR -> MINUTE;
            case MINUTE -> SECOND;
            case YEAR -> MONTH;
            default -> null;
        };
        BigDecimal whole = n.setScale(0, RoundingMode.DOWN);
        BigDecimal rest = n.subtract(whole).multiply(BigDecimal.valueOf(this == YEAR ? 12 : 60));
        String prefix = "P" + (clock ? "T" : "");
        if (smaller == null || rest.signum() == 0 || rest.stripTrailingZeros().scale() > 0) {
            return prefix + n.stripTrailingZeros().toPlainString() + unitCode;
        }
        return prefix + (whole.signum() == 0 ? "" : whole.toPlainString() + unitCode)
                + rest.stripTrailingZeros().toPlainString() + smaller.code;
    }

    /** {@code date} written at this unit's granularity: {@code 2013-03-22}, {@code 2013-W12}, {@code 2013-03}, {@code 2013}. */
    String date(LocalDate date) {
        return switch (this) {
            case SECOND, MINUTE, HOUR, DAY -> date.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.toString().substring(0, 7);
            case QUARTER -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(date.getYear());
            case DECADE -> Integer.toString(date.getYear() / 10);
            case CENTURY -> Integer.toString(date.getYear() / 100);
        };
    }

    /** A date of this granularity whose digits are unknown: {@code XXXX-WXX}, {@code XXXX-XX}, {@code XXXX}. */
    String unknownDate() {
        return switch (this) {
            case SECOND, MINUTE, HOUR, DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
    }

    /** {@code date} moved by {@code amount} of this unit (negative: back). Clock units do not move a date. */
    LocalDate plus(LocalDate date, long amount) {
        return switch (this) {
            case SECOND, MINUTE, HOUR -> date;
            case DAY -> date.plusDays(amount);
            case WEEK -> date.plusWeeks(amount);
            case MONTH -> date.plusMonths(amount);
            case QUARTER -> date.plusMonths(3 * amount);
            case YEAR -> date.plusYears(amount);
            case DECADE -> date.plusYears(10 * amount);
            case CENTURY -> date.plusYears(100 * amount);
        };
    }
}
