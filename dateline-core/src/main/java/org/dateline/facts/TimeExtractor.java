package org.dateline.facts;

import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Timex;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every temporal expression of an annotated text, normalised to TIMEX3 values. SUTime finds the
 * expressions ({@link TimexFinder} adds the few its tokenizer hides); the {@link TimexRule}s then bring
 * extents and values to TimeML conventions and resolve what SUTime resolves differently (weekdays by
 * the tense of their clause, months without a year to the nearest one, "two years ago" at year
 * granularity, ...). Nothing is resolved against today's date. Stateless and thread-safe.
 */
public final class TimeExtractor {
    private static final String UNKNOWN_DAY = "XXXX-XX-XX";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    /** A time zone between a clock time and the day after it ("3 p.m. ET Friday", "9 a.m. local time on Monday"). */
    private static final Pattern ZONE_BETWEEN = Pattern.compile("^\\h+(?:[A-Z]{1,4}|local time)\\h+(?:on\\h+)?$");
    /** The characters of a day as TIMEX3 writes it ({@code 2019-12-04}). */
    private static final int DAY_LENGTH = 10;
    /**
     * Words that name a day or a time of it: a weekday, "today", "yesterday", "tomorrow", a number ("Dec. 4", "9:15
     * a.m."); not "the day".
     */
    private static final Pattern NAMED_DAY_OR_CLOCK = Pattern.compile("(?i)\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|yesterday|today|tomorrow)\\b|\\d");
    /** A time of day named without its day: "sunset", "at dawn", "the night". */
    private static final Pattern TIME_OF_DAY = Pattern.compile("^(?:(?:at|the|at the) )?(?:sunset|sunrise|dawn|dusk|noon"
            + "|midday|midnight|morning|afternoon|evening|night)$");
    /** How many sentences back the day that "the day before" counts from may be named. */
    private static final int DAY_BEFORE_SENTENCES = 3;
    /** A day counted back from a day of the story: "the day before", "the previous day", "a day earlier". */
    private static final Pattern DAY_BEFORE = Pattern.compile("^(?:the (?:day before|previous day|prior day|day earlier)"
            + "|(?:a|one) day (?:earlier|before))$");
    private static final Pattern NEXT_DAY = Pattern.compile("the (?:next|following) (?:morning|afternoon|evening|night|day)$");
    /** A clock time that names no day: "7:33 p.m.", "at 9am", "21:40". */
    private static final Pattern BARE_CLOCK = Pattern.compile("(?i)^(?:(?:at|about|around|by|until|before|after) )?"
            + "\\d{1,2}(?:[:.]\\d\\d)?(?:\\s?[ap]\\.?m\\.?)?$");
    /** A clock time written with hours and minutes but without a.m. or p.m.: "10:25", "about 9.40". */
    private static final Pattern NO_HALF_OF_DAY = Pattern.compile("^(?:(?:at|about|around|by|until|before|after) )?"
            + "(?:0?[1-9]|1[01])[:.]\\d\\d$");
    /** A clock time written in the afternoon or evening half of the day: "10:20 p.m.", "9pm". */
    private static final Pattern PM = Pattern.compile("(?i)\\d\\s?p\\.?m\\b");
    private static final int HALF_DAY_HOURS = 12;
    /** How many hours after a p.m. clock time a clock time written without a.m. or p.m. may be read in the same half. */
    private static final int AFTERNOON_STEP_HOURS = 3;
    private static final Pattern DAY_AND_CLOCK = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d)$");
    /** A day with a clock time or a part of the day as TIMEX3 writes it: {@code 2019-12-03T11:36}, {@code 2019-12-03TMO}. */
    private static final Pattern DAY_AND_TIME = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d:\\d\\d|[A-Z]{2})$");
    /** A year back from a time of the story: "the previous year", "a year earlier". */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)^(?:the (?:previous|prior) year|the year before"
            + "|(?:a|one) year (?:earlier|before))$");
    /** A quarter of a year as TIMEX3 writes it: {@code 2018-Q3}. */
    private static final Pattern QUARTER = Pattern.compile("^\\d{4}-Q[1-4]$");
    /** A calendar year, month or quarter: {@code 2018}, {@code 2018-10}, {@code 2018-Q3}. */
    private static final Pattern YEAR_PERIOD = Pattern.compile("^(\\d{4})(-\\d\\d|-Q[1-4])?$");
    /** A TIMEX3 duration of one unit: {@code PT8H}, {@code P3.5Y}; groups: the T of clock units, the count, the unit. */
    private static final Pattern ONE_UNIT = Pattern.compile("^P(T?)(\\d+(?:\\.\\d+)?)([YMWDHS])$");
    /** The units of {@link #ONE_UNIT} from the largest, a clock unit after its T: years first, seconds last. */
    private static final List<String> UNIT_ORDER = List.of("Y", "M", "W", "D", "TH", "TM", "TS");
    /** What stands between the parts of one duration: "8 hours and 20 minutes", "a year, and a day", "4 hours 28 minutes". */
    private static final Pattern AND = Pattern.compile("^(?:,?\\s+and)?\\s+$");
    /** A month of a known year as TIMEX3 writes it, alone or with its day: {@code 2016-11}, {@code 2016-11-04}. */
    private static final Pattern MONTH_OF_YEAR = Pattern.compile("^(\\d{4})-(\\d\\d)(?:-\\d\\d)?$");
    /** A value on the calendar (a year, month, week, day...): it starts with the year. */
    private static final Pattern CALENDAR = Pattern.compile("^\\d{4}");
    /** "Since" before an expression (read on the characters just before it). */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+$");
    /** How far before an expression "since" is looked for, in characters. */
    private static final int SINCE_REACH = 8;
    /** A month named without a year, alone, with its day or with its part: "December", "Dec. 4", "late March". */
    private static final Pattern BARE_MONTH = Pattern.compile("^(?:(?i:early|late|mid) |(?i:mid)-)?"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
            + "[a-z]*\\.?(?: \\d{1,2}(?:st|nd|rd|th)?)?$");
    /** "Of that year" right after a month named without a year: the year is the one named before. */
    private static final Pattern OF_THAT_YEAR = Pattern.compile("(?i)^,? of (?:that|the same) year\\b");
    /** How far back (in characters) the month and year of a month named without a year are looked for. */
    private static final int STORY_MONTH_REACH = 500;
    /** A year, month or day of the calendar as TIMEX3 writes it: {@code 2001}, {@code 2019-05}, {@code 2019-05-14}. */
    private static final Pattern STORY_TIME = Pattern.compile("^(\\d{4})(?:-(\\d\\d)(?:-\\d\\d)?)?$");
    /** A counted number of years, months or decades after a time of the story: "16 years later", "a decade later". */
    private static final Pattern COUNTED_FROM_STORY = Pattern.compile("^(?:(?:about|some|nearly|almost|roughly) )?"
            + "([\\w-]+) (years?|months?|decades?) (?:later|afterwards?)$");
    private static final int DECADE = 10;
    /** The clock from which a time of a story's day is in its evening ({@code hh:mm}). */
    private static final String EVENING = "18:00";
    /** The clock before which a time after an evening or a night of the story is on its next day ({@code hh:mm}). */
    private static final String SMALL_HOURS_END = "06:00";
    /** How far back (in characters) the time a count of years or months is told from is looked for. */
    private static final int STORY_YEAR_REACH = 1000;
    /** A feast named without a year (lower case, straight apostrophes): "Christmas Eve", "New Year's Day", "Halloween". */
    static final Pattern FEAST = Pattern.compile("\\b(?:eve|christmas|halloween|valentine's|new year's|thanksgiving)\\b");
    /** A day of the calendar as TIMEX3 writes it, with a clock time or a part of the day or not: {@code 2017-12-24}. */
    private static final Pattern CALENDAR_DAY = Pattern.compile("^(\\d{4})(-\\d\\d-\\d\\d(?:T.*)?)$");
    /** A part of a day the text does not give: {@code XXXX-XX-XXTEV} ("that evening", "the next morning"). */
    private static final Pattern UNDATED_PART_OF_DAY = Pattern.compile("^XXXX-XX-XXT[A-Z]{2}$");
    /** An expression that points at a time of the story: "that night", "the next morning", "the same day", "hours later". */
    private static final Pattern STORY_STEP = Pattern.compile("(?i)^(?:that|the (?:next|following|same))\\s|\\s(?:later|afterwards?)$");
    /** A year or a month of a year as TIMEX3 writes it: {@code 2003}, {@code 2003-05}. */
    private static final Pattern STORY_YEAR = Pattern.compile("^(\\d{4})(-\\d\\d)?$");
    /** "Of" right after an expression: "the final day of the summit". */
    private static final Pattern OF_AFTER = Pattern.compile("^\\s+of\\b");
    /** How far back the day of a "that night" is looked for, in characters. */
    private static final int STORY_DAY_REACH = 2000;

    /**
     * Every temporal expression of the text, in text order, its value resolved against {@code reference}
     * (the publication date; null: unknown, unresolvable parts stay {@code X}).
     */
    public List<TimeMention> extract(String articleId, Annotation annotation, LocalDate reference) {
        return extract(articleId, annotation, reference, null);
    }

    /**
     * {@link #extract(String, Annotation, LocalDate)} for an article whose publication stamp is {@code published}
     * (an ISO date or date-time, or null): its time of day decides the day of clock times ("10pm BST" written
     * before midnight UTC) and of a weekday named the evening before.
     */
    public List<TimeMention> extract(String articleId, Annotation annotation, LocalDate reference, String published) {
        return both(articleId, annotation, reference, published).told();
    }

    /**
     * The times that date the article's facts: those of {@link #extract(String, Annotation, LocalDate, String)} and
     * those it leaves out as photo captions ({@link TimexRule#PHOTO_CAPTION}). A caption's day is no time the story
     * tells, yet it may be the only day a page names for its news ("... cheered the crew on Wednesday night").
     */
    public List<TimeMention> extractForDating(String articleId, Annotation annotation, LocalDate reference, String published) {
        return both(articleId, annotation, reference, published).forDating();
    }

    /**
     * The times the article tells and the times that date its facts ({@link #extractForDating}), from one pass of the
     * rules over the candidates: the same list twice when no caption's time was left out.
     */
    public Found both(String articleId, Annotation annotation, LocalDate reference, String published) {
        TimexContext ctx = new TimexContext(annotation, reference,
                reference == null ? null : PublicationTime.of(published).orElse(null));
        List<TimeMention> candidates = new ArrayList<>();
        for (Timex t : annotation.timexes()) {
            candidates.add(new TimeMention(articleId, t.text(), t.type(), t.value(), t.start(), t.end()));
        }
        candidates = TimexFinder.withYearRangesSplit(articleId, annotation.text(), candidates);
        candidates = TimexFinder.withDottedClockTimes(articleId, annotation.text(), candidates, reference);
        candidates.addAll(TimexFinder.missed(articleId, annotation.text(), candidates, reference));
        candidates.sort(Comparator.comparingInt(TimeMention::start));
        List<TimeMention> told = new ArrayList<>();
        List<TimeMention> forDating = new ArrayList<>();
        for (TimeMention candidate : candidates) {
            Optional<TimeMention> m = Optional.of(candidate);
            boolean caption = false;
            for (TimexRule rule : TimexRule.values()) {
                if (rule == TimexRule.PHOTO_CAPTION) {
                    caption = m.isPresent() && rule.apply(m.get(), ctx).isEmpty();
                } else {
                    m = m.flatMap(x -> rule.apply(x, ctx));
                }
            }
            if (m.isPresent()) {
                forDating.add(m.get());
                if (!caption) {
                    told.add(m.get());
                }
            }
        }
        List<TimeMention> toldDated = dated(told, annotation, ctx);
        return new Found(toldDated, told.size() == forDating.size() ? toldDated : dated(forDating, annotation, ctx));
    }

    /** The times an article tells ({@code told}) and those that date its facts ({@code forDating}), in text order. */
    public record Found(List<TimeMention> told, List<TimeMention> forDating) {
    }

    /** The passes over the whole list that set values from other times of the article. */
    private static List<TimeMention> dated(List<TimeMention> out, Annotation annotation, TimexContext ctx) {
        List<TimeMention> dated = daysBefore(onSentenceDays(onDaysAfterZones(onSentenceYears(onNamedQuarters(
                joinedDurations(out, annotation.text())), annotation), annotation.text()), annotation), annotation);
        return inStoryYears(untoldTimesOfDay(onStoryDays(annotation.text(), onStoryClocks(countedFromStory(onStoryFeasts(onStoryMonths(
                inAfternoons(dated), ctx), ctx), ctx), ctx)), ctx), annotation);
    }

    /**
     * {@code found} with a duration of one unit followed by "and" and a duration of a smaller unit joined into one, as
     * TimeML marks it: "8 hours and 20 minutes" is one {@code PT8H20M} (SUTime gives {@code PT8H} and {@code PT20M}),
     * "two years and three months" {@code P2Y3M}, "a day and six hours" {@code P1DT6H}; so is a duration followed by one
     * of a smaller unit with only a space between ("4 hours 28 minutes" {@code PT4H28M}). Durations in the other order
     * ("20 minutes and 8 hours") or of the same unit are two.
     */
    private static List<TimeMention> joinedDurations(List<TimeMention> found, String text) {
        List<TimeMention> out = new ArrayList<>(found.size());
        for (TimeMention m : found) {
            TimeMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            Matcher larger = last == null || last.value() == null ? null : ONE_UNIT.matcher(last.value());
            Matcher smaller = m.value() == null ? null : ONE_UNIT.matcher(m.value());
            boolean join = larger != null && smaller != null && larger.matches() && smaller.matches()
                    && "DURATION".equals(last.type()) && "DURATION".equals(m.type()) && m.start() >= last.end()
                    && AND.matcher(text.substring(last.end(), m.start())).matches()
                    && UNIT_ORDER.indexOf(larger.group(1) + larger.group(3)) < UNIT_ORDER.indexOf(smaller.group(1) + smaller.group(3));
            if (!join) {
                out.add(m);
                continue;
            }
            String first = larger.group(2) + larger.group(3);
            String second = (larger.group(1).isEmpty() && !smaller.group(1).isEmpty() ? "T" : "") + smaller.group(2) + smaller.group(3);
            out.set(out.size() - 1, new TimeMention(m.article(), text.substring(last.start(), m.end()), "DURATION",
                    "P" + larger.group(1) + first + second, last.start(), m.end()));
        }
        return out;
    }

    /**
     * {@code found} with each bare "the quarter", which {@link TimexRule#REPORTED_QUARTER} puts at the last quarter
     * completed before publication, put at the quarter of a year named last before it, at most {@link
     * #STORY_MONTH_REACH} characters back: "a charge in its fourth-quarter earnings ... earnings for the quarter" is that
     * fourth quarter, though published before it ended.
     */
    private static List<TimeMention> onNamedQuarters(List<TimeMention> found) {
        return walk(found, m -> m.value() != null && QUARTER.matcher(m.value()).matches(), (m, named) ->
                m.text().strip().equalsIgnoreCase("the quarter") && m.start() - named.end() <= STORY_MONTH_REACH
                        ? withValue(m, "DATE", named.value()) : m);
    }

    /**
     * {@code found} with each year counted back from a time of the story ("the previous year", "a year earlier") put
     * a year before the last year, month or quarter named before it in its sentence: "exports fell to $9 billion in
     * 2018, from $19 billion the previous year" is 2017, "sales fell in October from a year earlier" October of the
     * year before; without such a time in the sentence the rules' value (from the reference date) stays.
     */
    private static List<TimeMention> onSentenceYears(List<TimeMention> found, Annotation annotation) {
        return walk(found, m -> m.value() != null && YEAR_PERIOD.matcher(m.value()).matches(), (m, lastPeriod) -> {
            if (!YEAR_BEFORE.matcher(m.text().strip()).matches() || !sameSentence(annotation, lastPeriod, m)) {
                return m;
            }
            Matcher period = YEAR_PERIOD.matcher(lastPeriod.value());
            period.matches();
            String rest = period.group(2) == null ? "" : period.group(2);
            return withValue(m, "DATE", (Integer.parseInt(period.group(1)) - 1) + rest);
        });
    }

    /**
     * {@code found} with each clock time written without a.m. or p.m. ("about 10:25", read by SUTime as a morning) put
     * twelve hours later when the last clock time before it, on the same day, is written with p.m. and that later
     * reading lies at most {@link #AFTERNOON_STEP_HOURS} hours after it: "at 10:20 p.m. the radio fell silent; the
     * shots ended about 10:25" is 22:25. A clock more hours on ("at 9 p.m. ... at 7:30") stays.
     */
    private static List<TimeMention> inAfternoons(List<TimeMention> found) {
        return walk(found, m -> m.value() != null && DAY_AND_CLOCK.matcher(m.value()).matches(), (m, last) -> {
            Matcher here = m.value() == null ? null : DAY_AND_CLOCK.matcher(m.value());
            Matcher before = DAY_AND_CLOCK.matcher(last.value());
            if (here == null || !here.matches() || !before.matches() || !here.group(1).equals(before.group(1))
                    || !NO_HALF_OF_DAY.matcher(m.text().strip()).matches() || !PM.matcher(last.text()).find()) {
                return m;
            }
            LocalTime later = LocalTime.parse(here.group(2)).plusHours(HALF_DAY_HOURS);
            long minutes = Duration.between(LocalTime.parse(before.group(2)), later).toMinutes();
            return minutes >= 0 && minutes <= AFTERNOON_STEP_HOURS * 60L ? withValue(m, m.type(), here.group(1) + "T" + later)
                    : m;
        });
    }

    /**
     * {@code found} with each bare clock time followed by its zone and a day put on that day: in "talks at 3 p.m. ET
     * Friday" SUTime stops at the zone and gives the clock the publication day, and the day after the zone is its day.
     */
    private static List<TimeMention> onDaysAfterZones(List<TimeMention> found, String text) {
        List<TimeMention> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention clock = out.get(i);
            TimeMention day = out.get(i + 1);
            if (bareClock(clock) && day.value() != null && DAY.matcher(day.value()).matches() && day.start() >= clock.end()
                    && ZONE_BETWEEN.matcher(text.substring(clock.end(), day.start())).matches()) {
                out.set(i, withValue(clock, clock.type(), day.value() + clock.value().substring(DAY_LENGTH)));
            }
        }
        return out;
    }

    /**
     * {@code found} with each time of day that names no day (a clock time, "sunset", "the night") put on the day named
     * before it in its sentence, by a day alone ({@link #NAMED_DAY_OR_CLOCK}) or with its clock time or part of the day:
     * "Friday's launch took place at 7:06 a.m." and "on Friday ... with a sunset launch" are on Friday and "the ferry
     * sailed at 9:15 a.m. Monday and was back at 6:40 p.m." was back on Monday, not on the day of publication; on the
     * day after when its clock is earlier than a clock written with the day ("left at 11 p.m. Monday and landed at 6
     * a.m.": Tuesday) or in the small hours after its evening or night ("on Sunday night ... ended at 12:30 a.m.").
     */
    private static List<TimeMention> onSentenceDays(List<TimeMention> found, Annotation annotation) {
        return walk(found, m -> m.value() != null && !bareTimeOfDay(m) && (DAY.matcher(m.value()).matches()
                || DAY_AND_TIME.matcher(m.value()).matches()) && NAMED_DAY_OR_CLOCK.matcher(m.text()).find(), (m, lastDay) -> {
            if (!bareTimeOfDay(m) || !sameSentence(annotation, lastDay, m)) {
                return m;
            }
            String rest = m.value().substring(DAY_LENGTH);
            Matcher before = DAY_AND_TIME.matcher(lastDay.value());
            String part = before.matches() ? before.group(2) : "";
            String clock = rest.length() > 1 ? rest.substring(1) : "";
            boolean afterClock = part.contains(":") && clock.contains(":") && clock.compareTo(part) < 0;
            boolean late = part.matches("NI|EV") || part.contains(":") && part.compareTo(EVENING) >= 0;
            boolean smallHours = late && clock.contains(":") && clock.compareTo(SMALL_HOURS_END) < 0;
            LocalDate day = LocalDate.parse(lastDay.value().substring(0, DAY_LENGTH));
            return withValue(m, m.type(), (afterClock || smallHours ? day.plusDays(1) : day) + rest);
        });
    }

    /** Whether {@code m} is a time of a day that its text does not name: a {@link #bareClock}, "sunset", "the night". */
    private static boolean bareTimeOfDay(TimeMention m) {
        return bareClock(m) || m.value() != null && DAY.matcher(m.value()).lookingAt()
                && TIME_OF_DAY.matcher(m.text().strip().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * {@code found} with each "the day before" ("the previous day", "a day earlier") put on the day before the day
     * named last ({@link #NAMED_DAY_OR_CLOCK}) in its sentence or the {@link #DAY_BEFORE_SENTENCES} before it: "On
     * Monday, the Owls clinched. The Larks lost. The day before, the Wrens made it" is Sunday, not the day before publication. Without such a day the rules' value stays ("the day before the vote"
     * is no such expression: {@link TimexRule#PREPOSITION_BEFORE} leaves "the day").
     */
    private static List<TimeMention> daysBefore(List<TimeMention> found, Annotation annotation) {
        return walk(found, m -> m.value() != null && DAY.matcher(m.value()).lookingAt()
                && namesDay(m), (m, lastDay) -> {
            if (!DAY_BEFORE.matcher(m.text().strip().toLowerCase(Locale.ROOT)).matches() || annotation.sentences().isEmpty()
                    || annotation.sentenceAt(m.start()) - annotation.sentenceAt(lastDay.start()) > DAY_BEFORE_SENTENCES) {
                return m;
            }
            return withValue(m, "DATE", LocalDate.parse(lastDay.value().substring(0, DAY_LENGTH)).minusDays(1).toString());
        });
    }

    /** Whether {@code m} is a clock time on a day that its text does not name ("7:33 p.m.", "at 9am"). */
    private static boolean bareClock(TimeMention m) {
        return m.value() != null && DAY_AND_CLOCK.matcher(m.value()).matches() && BARE_CLOCK.matcher(m.text().strip()).matches();
    }

    private static boolean sameSentence(Annotation annotation, TimeMention a, TimeMention b) {
        return !annotation.sentences().isEmpty() && annotation.sentenceAt(a.start()) == annotation.sentenceAt(b.start());
    }

    /**
     * {@code found} with the times told from a day of the story put on that day: the day of the last expression before
     * them that names one, within {@link #STORY_DAY_REACH} characters. "That night" ({@link TimexRule#STORY_PART_OF_DAY})
     * "hours later" and a day of the story {@link TimexRule#DAY_OF_WHAT} left ("on the final day of the summit") are on
     * that day, "the next morning" (with its clock or not) on the day after: "the Cubs won on Wednesday ... fans who left
     * the park that night" is Wednesday night. Without such a day they keep their unknown digits, and so does the day of
     * a clause ({@link TimexRule#DAY_OF_A_CLAUSE}: "the day she got it"), which the clause names, not the text before.
     * The last time on a day before them must name its day ({@link #namesDay}): after a part of the day the rules left
     * on the day of publication ("snatched in broad daylight ... later that evening", "fans bellowed into the night ...
     * 17 minutes later") they keep their unknown digits, not the publication day nor a day named further back.
     */
    private static List<TimeMention> onStoryDays(String text, List<TimeMention> found) {
        return walk(found, m -> m.value() != null && DAY.matcher(m.value()).lookingAt(), (m, lastDay) -> {
            if (m.value() == null || !m.value().startsWith(UNKNOWN_DAY) || m.start() - lastDay.end() > STORY_DAY_REACH
                    || !namesDay(lastDay)) {
                return m;
            }
            LocalDate day = LocalDate.parse(lastDay.value().substring(0, 10));
            String words = m.text().toLowerCase(Locale.ROOT);
            String rest = m.value().substring(UNKNOWN_DAY.length());
            if (words.startsWith("that ") || words.startsWith("the same ")) {
                return withValue(m, m.type(), day + rest);
            } else if (NEXT_DAY.matcher(words).find()) {
                return withValue(m, m.type(), day.plusDays(1) + rest);
            } else if (rest.equals("TXX:XX") || rest.isEmpty() && words.endsWith(" day")
                    && OF_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                return withValue(m, "DATE", day.toString());
            }
            return m;
        });
    }

    /**
     * {@code found} with each time on a day the text does not give ({@code XXXX-XX-XXTNI}, {@code XXXX-XX-XX}) that
     * points at a time of the story ({@link #STORY_STEP}: "that night", "the next night", "the same day", "hours later")
     * and that {@link #onStoryDays} could put on no named day put in the year
     * (and month) named last before it, when that is a year or a month of a year ({@link #STORY_YEAR}) in its sentence
     * or the one before: "the Owls lost the 2003 final at home, and fans who left that night wept" is {@code
     * 2003-XX-XXTNI}, "in May 2003 ... the next morning" {@code 2003-05-XXTMO}. A day of the calendar named between
     * and a year that opens a state ("since 2003") leave it unknown.
     */
    private static List<TimeMention> inStoryYears(List<TimeMention> found, Annotation annotation) {
        return walk(found, m -> m.value() != null && CALENDAR.matcher(m.value()).lookingAt(), (m, story) -> {
            Matcher year = STORY_YEAR.matcher(story.value());
            if (m.value() == null || !m.value().startsWith(UNKNOWN_DAY) || !STORY_STEP.matcher(m.text()).find()
                    || !year.matches() || annotation.sentences().isEmpty()
                    || annotation.sentenceAt(m.start()) - annotation.sentenceAt(story.start()) > 1
                    || opensAState(annotation.text(), story)) {
                return m;
            }
            String month = year.group(2) == null ? "-XX" : year.group(2);
            return withValue(m, m.type(), year.group(1) + month + m.value().substring("XXXX-XX".length()));
        });
    }

    /**
     * {@code found} with each time of day that names no day ({@link #bareTimeOfDay}: "around midnight", "at 9:40
     * p.m."), left on the day of publication in a clause told in the past, taken off that day when the last time before
     * it, within {@link #STORY_DAY_REACH} characters, is a part of a day of the story the text does not give ("that
     * evening", "the next morning" left at {@code XXXX-XX-XXTEV}): it goes on with that story, whose day is unknown
     * ({@code XXXX-XX-XXT00:00}), not with the news. A count of minutes or hours ("17 minutes later", {@code
     * XXXX-XX-XXTXX:XX}) is no such step: it may count from last night's news ("... 17 minutes later ... the clock said
     * 2.15am" in a report of the morning after). "He hid the boy in a barn. Later that evening he drove to a motel. It was around midnight when
     * police knocked" has no known day; a time of the news ("Police said the fire started at 2 a.m.") or one after a
     * dated time ("On May 3 ... that evening ... around midnight") stays as it is.
     */
    private static List<TimeMention> untoldTimesOfDay(List<TimeMention> found, TimexContext ctx) {
        return walk(found, m -> m.value() != null && (DAY.matcher(m.value()).lookingAt()
                || m.value().startsWith(UNKNOWN_DAY)), (m, story) -> {
            if (ctx.reference() == null || !bareTimeOfDay(m) || !UNDATED_PART_OF_DAY.matcher(story.value()).matches()
                    || !m.value().startsWith(ctx.reference().toString()) || m.start() - story.end() > STORY_DAY_REACH
                    || ctx.tenseAround(m.start(), m.end()) != TimexContext.Tense.PAST) {
                return m;
            }
            return withValue(m, m.type(), UNKNOWN_DAY + m.value().substring(DAY_LENGTH));
        });
    }

    /**
     * {@code found} with each clock time that names no day, left on the day of publication, put on the earlier day of
     * the story told before it: the day of the last expression before it that names a day, when that one names a part
     * of the day or a clock time too ("Sunday night", "at 11:36 Tuesday morning"), within {@link #STORY_DAY_REACH}
     * characters, a clock time so put passing its day on; a clock
     * before {@link #SMALL_HOURS_END} after an evening or a night is on the day after. "The depot caught fire on Sunday
     * night. ... At 10:40 p.m., the chief asks for more trucks" is Sunday at 22:40 on a page of Monday, "... the game
     * ended at 12:30 a.m." Monday. Not in a clause set in the future ("the council meets at 3 p.m."), not after a
     * bare day ("on Monday ... the plane landed at 6 a.m.", which may be today's news) nor after the day of publication.
     */
    private static List<TimeMention> onStoryClocks(List<TimeMention> found, TimexContext ctx) {
        return walk(found, m -> m.value() != null && DAY.matcher(m.value()).lookingAt(), (m, story) -> {
            Matcher here = bareClock(m) ? DAY_AND_CLOCK.matcher(m.value()) : null;
            Matcher before = DAY_AND_TIME.matcher(story.value());
            if (here == null || !here.matches() || !before.matches() || ctx.reference() == null
                    || m.start() - story.end() > STORY_DAY_REACH || !here.group(1).equals(ctx.reference().toString())
                    || ctx.tenseAround(m.start(), m.end()) == TimexContext.Tense.FUTURE) {
                return m;
            }
            LocalDate day = LocalDate.parse(before.group(1));
            boolean late = before.group(2).matches("NI|EV") || before.group(2).contains(":")
                    && before.group(2).compareTo(EVENING) >= 0;
            if (late && here.group(2).compareTo(SMALL_HOURS_END) < 0) {
                day = day.plusDays(1);
            }
            return day.isBefore(ctx.reference()) ? withValue(m, m.type(), day + "T" + here.group(2)) : m;
        });
    }

    /**
     * {@code found} with each month named without a year ("by December", "on March 4") that the rules put in a later
     * year than the month of a known year last named before it, at most {@link #STORY_MONTH_REACH} characters back ("in
     * November 2016"), put in the year of that story instead: the same year when it comes after that month, else the
     * year after ("he saw his doctor in November 2016 ... by December he could not walk" is December 2016, not the last
     * December before publication). It stays when a year or a date comes between ("in October 2016 ... last year ...
     * in November"), when it is the story's month itself ("fares were $31 in May 2014 ... fell in May": the May
     * written without a year is another), when the story's month opens a state ("since March 2011") and when the
     * rules put it after the reference month (one to come stays to come). A day of a month of a story to come, named
     * after a later year than the reference year (alone or with its month), that the rules put before the reference
     * month and whose clause is not told in the past, moves forward into that story: "a 2020 tour ... kicks off June 9th and
     * concludes October 10th" is June and October 2020, not the last ones before publication. A month followed by "of
     * that year" ("a 1969 season ... in September of that year") takes the year of the story, whatever it is.
     */
    private static List<TimeMention> onStoryMonths(List<TimeMention> found, TimexContext ctx) {
        LocalDate reference = ctx.reference();
        return walk(found, m -> m.value() != null && CALENDAR.matcher(m.value()).lookingAt(), (m, story) -> {
            Matcher month = m.value() == null ? null : MONTH_OF_YEAR.matcher(m.value());
            Matcher anchor = STORY_TIME.matcher(story.value());
            if (reference == null || month == null || !month.matches() || !anchor.matches()
                    || !BARE_MONTH.matcher(m.text().strip()).matches() || m.start() - story.end() > STORY_MONTH_REACH
                    || opensAState(ctx.annotation().text(), story)) {
                return m;
            }
            int storyYear = Integer.parseInt(anchor.group(1));
            String text = ctx.annotation().text();
            if (OF_THAT_YEAR.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).lookingAt()) {
                return withValue(m, m.type(), storyYear + m.value().substring(4));
            }
            int storyMonth = anchor.group(2) == null ? 1 : Integer.parseInt(anchor.group(2));
            int year = Integer.parseInt(month.group(1));
            int monthNumber = Integer.parseInt(month.group(2));
            boolean toCome = DAY.matcher(m.value()).matches() && year < storyYear && storyYear > reference.getYear()
                    && YearMonth.of(year, monthNumber).isBefore(YearMonth.from(reference))
                    && ctx.tenseAround(m.start(), m.end()) != TimexContext.Tense.PAST;
            if (!toCome && (anchor.group(2) == null || year <= storyYear || monthNumber == storyMonth
                    || YearMonth.of(year, monthNumber).isAfter(YearMonth.from(reference)))) {
                return m;
            }
            return withValue(m, m.type(), (monthNumber < storyMonth ? storyYear + 1 : storyYear) + m.value().substring(4));
        });
    }

    /**
     * {@code found} with each feast named without a year ({@link #FEAST}, which {@link TimexRule#NAMED_DAY_WITHOUT_YEAR}
     * put in the last year before publication) in a clause told in the past put in the earlier year of the story told
     * before it: the year of the last year, month or day named before it, at most {@link #STORY_MONTH_REACH} characters
     * back, the year after when the feast falls before that month in the year. "His car crashed in 2008 ... he was home
     * on Christmas Eve" is 2008-12-24, not the last Christmas Eve before publication. A feast of a clause not told in
     * the past, one after a later or the same year, after a state's start ("since 2008") and Thanksgiving (its day
     * moves with the year) stay.
     */
    private static List<TimeMention> onStoryFeasts(List<TimeMention> found, TimexContext ctx) {
        return walk(found, m -> m.value() != null && CALENDAR.matcher(m.value()).lookingAt(), (m, story) -> {
            String text = m.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            Matcher day = m.value() == null ? null : CALENDAR_DAY.matcher(m.value());
            Matcher anchor = STORY_TIME.matcher(story.value());
            if (day == null || !day.matches() || !anchor.matches() || !FEAST.matcher(text).find()
                    || text.contains("thanksgiving") || text.matches(".*\\d{4}.*") || m.start() - story.end() > STORY_MONTH_REACH
                    || opensAState(ctx.annotation().text(), story)
                    || ctx.tenseAround(m.start(), m.end()) != TimexContext.Tense.PAST) {
                return m;
            }
            int storyYear = Integer.parseInt(anchor.group(1));
            boolean beforeStoryMonth = anchor.group(2) != null && day.group(2).substring(1, 3).compareTo(anchor.group(2)) < 0;
            int year = beforeStoryMonth ? storyYear + 1 : storyYear;
            return year < Integer.parseInt(day.group(1)) ? withValue(m, m.type(), year + day.group(2)) : m;
        });
    }

    /** Whether the text of {@code m} names its day: by {@link #NAMED_DAY_OR_CLOCK} or as a {@link #FEAST}. */
    private static boolean namesDay(TimeMention m) {
        return NAMED_DAY_OR_CLOCK.matcher(m.text()).find()
                || FEAST.matcher(m.text().toLowerCase(Locale.ROOT).replace('’', '\'')).find();
    }

    /** Whether {@code m} follows "since": the start of a state ("grounded since March 2019"), not a time the story is at. */
    private static boolean opensAState(String text, TimeMention m) {
        return SINCE.matcher(text.substring(Math.max(0, m.start() - SINCE_REACH), m.start())).find();
    }

    /**
     * {@code found} with each count of years or months after a time of the story ("16 years later", "two months
     * later", "a decade later"), which {@link TimexRule#NARRATIVE_ANCHOR} leaves at its granularity ({@code XXXX},
     * {@code XXXX-XX}, the decade {@code XXX}), counted from the year, month or day last named before it within {@link
     * #STORY_YEAR_REACH} characters: "an apology in 2001 ... he would repeat it 16 years later" is 2017, "in May ... two
     * months later" July, "ten years ago (2009) ... almost a decade later" the 2010s, {@code 201}. Months need a month to count
     * from; vague counts ("a few years later"), counts from the start of a state ("married since 2012 ... a year
     * later") and counts that would pass the reference year in a clause not set in the future ("my mother died 20
     * years ago today ... 108 years later, the drought is over": not 2104) stay unknown.
     */
    private static List<TimeMention> countedFromStory(List<TimeMention> found, TimexContext ctx) {
        String text = ctx.annotation().text();
        return walk(found, m -> m.value() != null && STORY_TIME.matcher(m.value()).matches(), (m, story) -> {
            Matcher count = COUNTED_FROM_STORY.matcher(m.text().strip().toLowerCase(Locale.ROOT));
            OptionalInt n = count.matches() ? TimexNumbers.parse(count.group(1)) : OptionalInt.empty();
            if (n.isEmpty() || m.start() - story.end() > STORY_YEAR_REACH || opensAState(text, story)) {
                return m;
            }
            Matcher time = STORY_TIME.matcher(story.value());
            time.matches();
            int shift = n.getAsInt();
            boolean years = count.group(2).startsWith("year");
            int storyYear = Integer.parseInt(time.group(1));
            int yearsOn = years ? shift : count.group(2).startsWith("decade") ? DECADE * shift : 0;
            if (ctx.reference() != null && storyYear + yearsOn > ctx.reference().getYear()
                    && ctx.tenseAround(m.start(), m.end()) != TimexContext.Tense.FUTURE) {
                return m;
            }
            if (years && "XXXX".equals(m.value())) {
                return withValue(m, "DATE", Integer.toString(storyYear + shift));
            }
            if (count.group(2).startsWith("decade") && "XXX".equals(m.value())) {
                return withValue(m, "DATE", Integer.toString((storyYear + DECADE * shift) / DECADE));
            }
            if (!years && "XXXX-XX".equals(m.value()) && time.group(2) != null) {
                return withValue(m, "DATE", YearMonth.of(storyYear, Integer.parseInt(time.group(2)))
                        .plusMonths(shift).toString());
            }
            return m;
        });
    }

    /**
     * {@code found} in text order, each {@code resolve}d against the last expression before it that {@code anchors}
     * (as resolved itself); the expressions before the first anchor stay as they are.
     */
    private static List<TimeMention> walk(List<TimeMention> found, Predicate<TimeMention> anchors,
                                          BinaryOperator<TimeMention> resolve) {
        List<TimeMention> out = new ArrayList<>(found.size());
        TimeMention anchor = null;
        for (TimeMention m : found) {
            TimeMention resolved = anchor == null ? m : resolve.apply(m, anchor);
            if (anchors.test(m)) {
                anchor = resolved;
            }
            out.add(resolved);
        }
        return out;
    }

    private static TimeMention withValue(TimeMention m, String type, String value) {
        return new TimeMention(m.article(), m.text(), type, value, m.start(), m.end());
    }
}
