package org.dateline.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Which sentences can hold a time expression or a number, so that SUTime and CoreNLP's numeric classifiers run only
 * on those. The rule is a superset of what those classifiers can match: every rule of SUTime's English grammars
 * ({@code defs}, {@code english}, {@code english.holidays}) needs at least one token that is a number (digits, a
 * {@code CD} tag, a number or ordinal word of CoreNLP's number normaliser) or one of the words of {@link #WORDS}
 * (units, times of day, seasons, days, months and their abbreviations, decades, holidays, the periodic words and the
 * few words that are times alone: "now", "currently", "recently", "the past", "the future", ...). Modifiers that only
 * join a time ("last", "next", "early", "ago") are left out: without such a token nothing is matched. A sentence
 * without any of these tokens gets the same entity tags from the classifiers with or without them.
 */
final class TimeGate {
    /** Lowercase words (and the singular of plurals in "s"), as SUTime's rules and the number normaliser spell them. */
    private static final Set<String> WORDS = Set.of(
            // numbers and ordinals (NumberNormalizer, SUTime's number maps)
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
            "billion", "trillion", "dozen", "score", "gross", "half", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
            "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "hundreth", "thousandth",
            "millionth", "billionth", "trillionth", "once", "twice", "thrice",
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

    private TimeGate() {
    }

    /** Whether a token with this word and part-of-speech tag can take part in a time expression or a number. */
    static boolean mayBeTemporal(String word, String tag) {
        if ("CD".equals(tag)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i))) {
                return true;
            }
        }
        if (isTemporalWord(lower.replace("-", ""))) {
            return true; // "x-mas"
        }
        for (String part : lower.split("[-/.’']+")) {
            if (isTemporalWord(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTemporalWord(String part) {
        if (WORDS.contains(part) || part.endsWith("s") && WORDS.contains(part.substring(0, part.length() - 1))) {
            return true;
        }
        for (String periodic : PERIODIC) {
            if (part.endsWith(periodic)) {
                return true;
            }
        }
        return false;
    }
}
