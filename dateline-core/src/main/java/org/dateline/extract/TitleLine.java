package org.dateline.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the first line of a text page is its title. In a plain-text dump the title, when there is one, is a
 * short line of its own; a lede is a full sentence. A line is taken for a title only when it reads like one:
 * at most {@link #MAX_WORDS} words, no final full stop, colon, semicolon or comma (a question or an exclamation
 * may end a headline), one sentence at most, not starting in lower case, and not the first line of a paragraph
 * that runs on (the next line of the same paragraph continuing its sentence, as in hard-wrapped text). A line
 * that repeats the title given with the input is its title whatever its shape.
 */
final class TitleLine {
    /** Headlines run to about twenty words; a longer line without a full stop is still prose. */
    static final int MAX_WORDS = 30;
    private static final int MAX_CHARS = 250;
    private static final String CLOSERS = "[\"'”’»)\\]]*";
    /** Ends like a sentence or a clause: a full stop (not an ellipsis), colon, semicolon or comma. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?:(?<!\\.)\\.|[:;,])" + CLOSERS + "$");
    /** Ends with an initialism ("U.S."), whose full stop ends no sentence. */
    private static final Pattern INITIALISM_END = Pattern.compile("(?:\\b\\p{Lu}\\.){2,}" + CLOSERS + "$");
    /** A full stop after a lower-case word, then a new sentence: the line holds more than one sentence. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\b(\\p{L}*\\p{Ll})\\." + CLOSERS + "\\s+[\"“‘]?\\p{Lu}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Words after which a full stop is an abbreviation's, not a sentence's. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep",
            "col", "lt", "capt", "sgt", "st", "mt", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co");
    /** A line ending with one of these runs on into the next. */
    private static final Set<String> RUN_ON_WORDS = Set.of("a", "an", "the", "of", "and", "or", "but", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "that", "which", "who", "his", "her", "their", "its", "is", "was");

    private TitleLine() {
    }

    /**
     * Whether {@code line} is the page's title.
     *
     * @param next  the next line of the same paragraph, or null when the line is a paragraph of its own
     * @param given the title given with the input (sidecar, JSONL field), or null
     */
    static boolean isTitle(String line, String next, String given) {
        if (given != null && key(line).equals(key(given))) {
            return true;
        }
        return looksLikeTitle(line) && (next == null || !runsOn(line, next));
    }

    private static boolean looksLikeTitle(String line) {
        if (line.isEmpty() || line.length() > MAX_CHARS || line.split("\\s+").length > MAX_WORDS
                || Character.isLowerCase(line.codePointAt(0))) {
            return false;
        }
        if (CLAUSE_END.matcher(line).find() && !INITIALISM_END.matcher(line).find()) {
            return false;
        }
        var breaks = SENTENCE_BREAK.matcher(line);
        while (breaks.find()) {
            if (!ABBREVIATIONS.contains(breaks.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code next} continues the sentence of {@code line}: hard-wrapped prose rather than a title. */
    private static boolean runsOn(String line, String next) {
        String[] words = line.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return Character.isLowerCase(next.codePointAt(0)) || line.endsWith("-") || RUN_ON_WORDS.contains(last);
    }

    /** Case, spacing and the final punctuation ignored: "Envoys meet." repeats the given title "Envoys meet". */
    private static String key(String title) {
        String spaced = WHITESPACE.matcher(title).replaceAll(" ").strip();
        return Strip.trailing(spaced, c -> Character.isWhitespace(c) || isPunctuation(c)).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code c} is in a Unicode punctuation category, as regex {@code \\p{P}}. */
    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
