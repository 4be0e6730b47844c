package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.IsoDay;
import org.dateline.model.TimeMention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a quote or event happened, and what that rests on. In order: the time expression stated in the
 * fact's sentence (chosen by the extractor), else the dateline's date when its year is known, else the
 * publication day, else a dateline date without a year ({@code XXXX-11-20}), else no date. A fact told as
 * background ({@link ClauseSyntax.Telling#BACKGROUND}: "had been charged", "has repeatedly backed") has only the first:
 * the day of the report is not the day it happened.
 */
record FactDate(String value, DateBasis basis) {
    private static final FactDate NONE = new FactDate(null, null);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d+");
    /** The last word before a point, and only spaces between. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*$");
    /** "as of" before a bare number: "as of 2016". */
    private static final Pattern AS_OF = Pattern.compile("(?i)\\bas\\s+of\\s*$");
    /** "in the" or "during the" before a bare number: "in the 1967 war". */
    private static final Pattern IN_THE = Pattern.compile("(?i)\\b(?:in|during)\\s+the\\s*$");
    /** A duration in whole days, weeks, months or years, its count unknown ({@code X}) or given. */
    private static final Pattern DISTANCE = Pattern.compile("P(X|\\d+)([DWMY])");
    /** Words after which a bare number is a year. */
    private static final Set<String> TIME_WORDS = Set.of("in", "since", "until", "till", "by", "during", "from",
            "between", "to", "and", "or", "before", "after", "through", "early", "late", "mid");

    static FactDate of(Article article, TimeMention stated) {
        return of(article, stated, false);
    }

    /** As {@link #of(Article, TimeMention)}, no date for a {@code background} fact that states no time. */
    static FactDate of(Article article, TimeMention stated, boolean background) {
        if (stated != null) {
            return new FactDate(stated.value(), DateBasis.SENTENCE);
        }
        if (background) {
            return NONE;
        }
        String dateline = article.dateline() == null ? null : article.dateline().date();
        if (IsoDay.of(dateline) != null) {
            return new FactDate(dateline, DateBasis.DATELINE);
        }
        LocalDate published = IsoDay.of(article.published());
        if (published != null) {
            return new FactDate(published.toString(), DateBasis.PUBLISHED);
        }
        return dateline == null ? NONE : new FactDate(dateline, DateBasis.DATELINE);
    }

    /**
     * Whether {@code t}, found in {@code text}, can date an event: it is {@linkplain #onCalendar on the calendar},
     * and a bare number ("2014") follows a word that introduces a time ("in 2014", "since 1959", "between 2005
     * and 2012"). A number after anything else is a house number ("of 1119 Eighth Street"), a clock time
     * ("(2206 GMT)"), a model year ("the 2017 Roadster") or a resolution's number, not the day of the event.
     */
    static boolean dates(TimeMention t, String text) {
        if (!onCalendar(t) || !BARE_NUMBER.matcher(t.text()).matches()) {
            return onCalendar(t);
        }
        String preceding = text.substring(Math.max(0, t.start() - 24), t.start());
        Matcher before = WORD_BEFORE.matcher(preceding);
        return before.find() && TIME_WORDS.contains(before.group(1).toLowerCase(Locale.ROOT))
                || AS_OF.matcher(preceding).find();
    }

    /**
     * Whether {@code t}, found in {@code text}, is a bare year after "in the" or "during the": the year of an occasion
     * ("in the 1967 war", "during the 2016 campaign"), which dates an act done in it. A model year ("the 2017
     * Roadster") is no time expression.
     */
    static boolean occasionYear(TimeMention t, String text) {
        return onCalendar(t) && BARE_NUMBER.matcher(t.text()).matches()
                && IN_THE.matcher(text.substring(Math.max(0, t.start() - 24), t.start())).find();
    }

    /** Whether {@code t}, found in {@code text}, is where a span starts: "since" comes just before it ("since 2005"). */
    static boolean opensSpan(TimeMention t, String text) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, t.start() - 24), t.start()));
        return before.find() && before.group(1).equalsIgnoreCase("since");
    }

    /**
     * The period that lies {@code distance} (a duration value: {@code P7Y}, {@code P3D}, {@code PXD}) before
     * {@code anchor}, as precisely as the distance allows: "seven years after" gives a year, "three days after" a
     * day, "two weeks" or "three months after" a month. An unknown count ("days after", "weeks after") spans
     * 2 to 9 days, 2 to 6 weeks, 2 to 11 months or 2 to 9 years: the month or year that holds the whole span, or
     * null when it crosses a year. Null for any other duration.
     */
    static String before(LocalDate anchor, String distance) {
        Matcher m = DISTANCE.matcher(distance == null ? "" : distance);
        if (!m.matches()) {
            return null;
        }
        char unit = m.group(2).charAt(0);
        if (!m.group(1).equals("X")) {
            LocalDate day = minus(anchor, Integer.parseInt(m.group(1)), unit);
            return switch (unit) {
                case 'D' -> day.toString();
                case 'Y' -> String.valueOf(day.getYear());
                default -> YearMonth.from(day).toString();
            };
        }
        int most = switch (unit) {
            case 'D' -> 9;
            case 'W' -> 6;
            case 'M' -> 11;
            default -> 9;
        };
        LocalDate latest = minus(anchor, 2, unit);
        LocalDate earliest = minus(anchor, most, unit);
        if (unit != 'Y' && YearMonth.from(latest).equals(YearMonth.from(earliest))) {
            return YearMonth.from(latest).toString();
        }
        return latest.getYear() == earliest.getYear() ? String.valueOf(latest.getYear()) : null;
    }

    /**
     * The month that holds a span of {@code distance} (a duration of days or weeks: {@code P5D}, {@code P2W}, and
     * with an unknown count {@code PXD}, up to 9 days) that ends on {@code anchor}: "for the past two weeks" on 28
     * August is August. Null for a span of months or years, of weeks with an unknown count, or one that reaches
     * into the month before.
     */
    static String monthOfSpan(LocalDate anchor, String distance) {
        Matcher m = DISTANCE.matcher(distance == null ? "" : distance);
        if (!m.matches() || "MY".contains(m.group(2)) || m.group(1).equals("X") && m.group(2).equals("W")) {
            return null;
        }
        int count = m.group(1).equals("X") ? 9 : Integer.parseInt(m.group(1));
        LocalDate first = minus(anchor, count, m.group(2).charAt(0));
        return YearMonth.from(first).equals(YearMonth.from(anchor)) ? YearMonth.from(anchor).toString() : null;
    }

    private static LocalDate minus(LocalDate day, int count, char unit) {
        return switch (unit) {
            case 'D' -> day.minusDays(count);
            case 'W' -> day.minusWeeks(count);
            case 'M' -> day.minusMonths(count);
            default -> day.minusYears(count);
        };
    }

    /**
     * The last day of the period a calendar value names: {@code 2016} ends on 31 December, {@code 2016-09} on 30
     * September, {@code 2016-09-05T12:00} on that day; null for any other value (a week, a season, a decade).
     */
    static LocalDate lastDay(String value) {
        if (value.matches("\\d{4}")) {
            return LocalDate.of(Integer.parseInt(value), 12, 31);
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(value).atEndOfMonth();
        }
        return IsoDay.of(value);
    }

    /**
     * Whether a time can date a fact: a calendar value of a year or less ({@code 2019-12-02}, {@code 2019-W49},
     * {@code 2019}), not {@code PRESENT_REF}, a duration, a decade ({@code 201}) or a century ({@code 20}: "the
     * 21st century").
     */
    static boolean onCalendar(TimeMention t) {
        return t.value() != null && t.value().length() >= 4 && Character.isDigit(t.value().charAt(0));
    }
}
