package org.dateline.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which sentences can hold a number or a time expression, so that CoreNLP's numeric classifiers run only on those,
 * and which of them can hold a time expression, so that SUTime's rules run only on those.
 *
 * <p>{@link #mayBeTemporal}: every rule of SUTime's English grammars ({@code defs}, {@code english},
 * {@code english.holidays}) and every number of CoreNLP's number normaliser needs at least one token that is a number
 * (digits, a {@code CD} tag, a number or ordinal word) or one of the time words (units, times of day, seasons, days,
 * months and their abbreviations, decades, holidays, the periodic words and the few words that are times alone:
 * "now", "currently", "recently", "the past", "the future", ...). Modifiers that only join a time ("last", "next",
 * "early", "ago") are left out: without such a token nothing is matched. A sentence without any of these tokens gets
 * the same entity tags from the classifiers with or without them.
 *
 * <p>{@link #mayHoldTime}: a sentence whose only such tokens are plain numbers ("5", "2,000", "1.5", "three",
 * "million", "21st") gets no time from SUTime's rules, for every rule that can match a number needs besides it a time
 * word, or a number of another shape: four digits in a row (a year, "1030 hrs", "2019-2020"), a colon, slash or
 * hyphen inside ("10:30", "3/4/2020"), letters ("5pm", "'90s", "1990s", "FY2020"), a value from 1,001 to 2,999 in
 * words ("two thousand", "fifteen hundred", "ninety dozen"). Beside a plain number a time needs one of the contexts
 * {@link #timeContext} checks: "a.m.", "p.m.", "A.D.", "B.C." or "o'clock" right after it ("5 pm", "70 AD"); digits
 * right after it, which the number normaliser may join ("1 500"); an apostrophe right before it ("' 90"); "nineteen"
 * or "twenty" followed by a number ("nineteen ninety"); "after", "before", "to", "until" or a separator between two
 * numbers ("ten to five", "10 : 30"). The numbers of such a sentence get from the numeric classifiers run without
 * SUTime's rules what they get with them: the numbers are normalised before the rules run, and the rules tag only
 * what they match.
 */
final class TimeGate {
    /**
     * Number words that make no time without a time word (lowercase, and the singular of plurals in "s"), as the
     * number normaliser and SUTime's number maps spell them. Their combinations stay below 1,001 or above 2,999 (the
     * years) unless a multiplier joins them ("hundred", "thousand", "dozen", "score", "gross"), or a "-teen" or
     * "twenty" precedes another number.
     */
    private static final Set<String> NUMBER_WORDS = Set.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety", "million", "billion", "trillion",
            "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
            "eightieth", "ninetieth", "hundredth", "hundreth", "thousandth", "millionth", "billionth", "trillionth",
            "twice", "thrice");
    /**
     * Words that can take part in a time expression by themselves (lowercase, and the singular of plurals in "s"), as
     * SUTime's rules spell them, with the number words that can: the multipliers (a year in words: "fifteen hundred",
     * "ninety dozen"), "half" ("half after five"), "second" (a unit) and "once" (the past).
     */
    private static final Set<String> TIME_WORDS = Set.of(
            "hundred", "thousand", "dozen", "score", "gross", "half", "second", "once",
            // units
            "year", "yr", "month", "mo", "day", "hour", "hr", "minute", "min", "sec", "millisecond", "millisec",
            "week", "wk", "fortnight", "quarter", "decade", "century", "centuries", "millennium", "millennia",
            "millenium", "millenia",
            // times of day, seasons, relative days, weekdays, months
            "morning", "afternoon", "evening", "night", "noon", "midnight", "teatime", "lunchtime", "dinnertime",
            "suppertime", "midday", "dusk", "dawn", "sunup", "sunrise", "sundown", "sunset", "twilight", "daybreak",
            "daylight", "daytime", "nighttime", "overnight", "workday", "workweek", "weekday", "weekend",
            "summer", "winter", "fall", "autumn", "spring", "yesterday", "today", "tomorrow", "tonight", "tonite",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec",
            // decades, holidays, words that are a time alone
            "oughts", "noughts", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
            "nineties", "birthday", "halloween", "christmas", "xmas", "thanksgiving", "easter", "mayo", "ides",
            "nones", "past", "medieval", "previously", "present", "current", "currently", "now", "future",
            "recently", "time");
    /** SUTime's periodic words, matched at the end of a word ("biannual", "semiweekly"). */
    private static final String[] PERIODIC = {
            "yearly", "annually", "annual", "hourly", "nightly", "daily", "weekly", "monthly", "quarterly",
            "centennial"};

    /** Digits SUTime reads as a count, never as a year, a clock time or a date: "5", "2,000", "1.5", "21st". */
    private static final Pattern PLAIN_DIGITS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]{1,3}|st|nd|rd|th)?");
    /** Words that make a time of the number right before them: "5 p.m.", "70 A.D.", "ten o'clock". */
    private static final Pattern AFTER_NUMBER = Pattern.compile("[ap]\\.?m\\.?|a\\.?d\\.?|b\\.?c\\.?|o['’]?clock");
    /** A token of apostrophes, which makes a year of the two digits after it ("' 90"). */
    private static final Pattern APOSTROPHE = Pattern.compile("['’‘`]+");
    /** The first word of a year in words ("nineteen ninety", "twenty twenty"), as SUTime's year rule spells it. */
    private static final Pattern CENTURY_WORD = Pattern.compile("\\w+teen|twenty");
    /** Tokens between two numbers that make a clock time of them ("ten to five", "20 after 3", "10 : 30"). */
    private static final Pattern BETWEEN_NUMBERS = Pattern.compile("after|before|to|until|[:/.\\-–']");

    private TimeGate() {
    }

    /** Whether a token with this word and part-of-speech tag can take part in a time expression or a number. */
    static boolean mayBeTemporal(String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        return "CD".equals(tag) || hasDigit(lower) || isWord(lower.replace("-", ""), NUMBER_WORDS)
                || anyPart(lower, NUMBER_WORDS) || isTimeWord(lower);
    }

    /**
     * Whether SUTime's rules can find a time in the sentence of {@code tokens}, read through {@code word} and
     * {@code tag}: a token is a time word or a number that is not plain, or a plain number stands in a time's context.
     */
    static <T> boolean mayHoldTime(List<T> tokens, Function<T, String> word, Function<T, String> tag) {
        List<String> lower = tokens.stream().map(t -> word.apply(t).toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < lower.size(); i++) {
            String token = lower.get(i);
            String pos = tag.apply(tokens.get(i));
            if (isTimeWord(token)) {
                return true;
            }
            if (mayBeTemporal(token, pos) && (!isPlainNumber(token, pos) || timeContext(lower, i, tokens, tag))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a number token reads as a plain count: plain digits, or a word with a number word among its parts and,
     * when tagged {@code CD}, nothing else ("twenty-five", "two-thirds"; not "II").
     */
    private static boolean isPlainNumber(String lower, String tag) {
        if (hasDigit(lower)) {
            return PLAIN_DIGITS.matcher(lower).matches();
        }
        if (!"CD".equals(tag)) {
            return anyPart(lower, NUMBER_WORDS);
        }
        for (String part : lower.split("-")) {
            if (!isWord(part, NUMBER_WORDS)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the plain number at {@code i} stands where SUTime's rules read a number as a time (see the class). */
    private static <T> boolean timeContext(List<String> lower, int i, List<T> tokens, Function<T, String> tag) {
        boolean numberNext = i + 1 < lower.size() && mayBeTemporal(lower.get(i + 1), tag.apply(tokens.get(i + 1)));
        boolean numberAfterNext = i + 2 < lower.size()
                && mayBeTemporal(lower.get(i + 2), tag.apply(tokens.get(i + 2)));
        String next = i + 1 < lower.size() ? lower.get(i + 1) : "";
        return AFTER_NUMBER.matcher(next).matches() || hasDigit(next)
                || i > 0 && APOSTROPHE.matcher(lower.get(i - 1)).matches()
                || CENTURY_WORD.matcher(lower.get(i)).matches() && numberNext
                || BETWEEN_NUMBERS.matcher(next).matches() && numberAfterNext;
    }

    private static boolean hasDigit(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word, without its hyphens ("x-mas") or any of its parts ("three-month"), is a time word. */
    private static boolean isTimeWord(String lower) {
        String joined = lower.replace("-", "");
        if (isWord(joined, TIME_WORDS) || isPeriodic(joined)) {
            return true;
        }
        for (String part : parts(lower)) {
            if (isWord(part, TIME_WORDS) || isPeriodic(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPart(String lower, Set<String> words) {
        for (String part : parts(lower)) {
            if (isWord(part, words)) {
                return true;
            }
        }
        return false;
    }

    private static String[] parts(String lower) {
        return lower.split("[-/.’']+");
    }

    private static boolean isWord(String part, Set<String> words) {
        return words.contains(part) || part.endsWith("s") && words.contains(part.substring(0, part.length() - 1));
    }

    private static boolean isPeriodic(String part) {
        for (String periodic : PERIODIC) {
            if (part.endsWith(periodic)) {
                return true;
            }
        }
        return false;
    }
}
