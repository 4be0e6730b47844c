package edu.stanford.nlp.ling.tokensregex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SUTime's text rules search each sentence's text with regular expressions compiled case-insensitive with Unicode's
 * case folding ({@code CASE_INSENSITIVE | UNICODE_CASE}), which folds every character compared through
 * {@code Character.toUpperCase} and {@code toLowerCase}: a tenth of the name tagger's time went to that. Where a rule's
 * expression is plain ASCII (its literals, its classes) and holds nothing whose meaning depends on Unicode's cases
 * (property classes, escapes of other characters, back references, inline flags), the same expression compiled
 * without {@code UNICODE_CASE} (ASCII case folding, a table) finds the same matches in any text holding no character
 * that Unicode folds to or from an ASCII one ({@link #FOLDING_TO_ASCII}: the Kelvin sign, the long s, the dotted and
 * dotless i): both compare ASCII characters alike, and such a text's other characters fold to nothing the expression
 * holds. Those texts are searched with that twin; all others, and all other expressions, as compiled.
 * <p>
 * An expression may also quote ({@code \Q...\E}) characters outside ASCII, as the list of time zones quotes
 * "réunion": the twin matches such a character only as itself, the expression also its other cases, so texts holding
 * one of those other cases ("RÉUNION") are searched as compiled too.
 * <p>
 * CoreNLP's {@code StringPatternExtractRule} calls {@link #matcher} where it called {@code Pattern.matcher}:
 * {@code org.dateline.nlp.MatcherRoom} defines the class so edited before CoreNLP loads it.
 */
public final class TextPatterns {
    /** Rules are long-lived (loaded once); a process that compiles expressions on the fly clears this. */
    private static final int MAX_CACHED = 8192;
    /** Each expression's twin, or {@link #NO_TWIN}; read by the tests. */
    static final Map<Pattern, Twin> TWINS = new ConcurrentHashMap<>();
    private static final Twin NO_TWIN = new Twin(Pattern.compile(""), "");
    /** The characters outside ASCII that Unicode's case folding relates to an ASCII character. */
    static final String FOLDING_TO_ASCII = foldingToAscii();

    private TextPatterns() {
    }

    private static String foldingToAscii() {
        StringBuilder found = new StringBuilder();
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            for (int folded : foldings(c)) {
                if (folded < 128) {
                    found.append((char) c);
                    break;
                }
            }
        }
        return found.toString();
    }

    /** What the four mappings {@code Pattern}'s Unicode case folding compares through make of {@code c}. */
    private static int[] foldings(int c) {
        return new int[] {Character.toUpperCase(c), Character.toLowerCase(c),
                Character.toLowerCase(Character.toUpperCase(c)), Character.toUpperCase(Character.toLowerCase(c))};
    }

    /**
     * An expression compiled with ASCII case folding, and the characters outside ASCII a text must not hold for it to
     * find what the expression finds: {@link #FOLDING_TO_ASCII} and the other cases of the expression's own.
     */
    record Twin(Pattern pattern, String unsafe) {
        boolean serves(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 128 && unsafe.indexOf(c) >= 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code pattern.matcher(text)}, or its twin's where that finds the same matches faster. */
    public static Matcher matcher(Pattern pattern, CharSequence text) {
        Twin twin = twin(pattern);
        return twin != null && twin.serves(text) ? twin.pattern().matcher(text) : pattern.matcher(text);
    }

    /** The expression's twin, or null where it has none. */
    static Twin twin(Pattern pattern) {
        Twin known = TWINS.get(pattern);
        if (known == null) {
            if (TWINS.size() >= MAX_CACHED) {
                TWINS.clear();
            }
            String quoted = quotedOutsideAscii(pattern);
            known = quoted == null ? NO_TWIN : new Twin(Pattern.compile(pattern.pattern(),
                    pattern.flags() & ~Pattern.UNICODE_CASE), FOLDING_TO_ASCII + otherCases(quoted));
            TWINS.put(pattern, known);
        }
        return known == NO_TWIN ? null : known;
    }

    /**
     * The characters outside ASCII, other than those of {@code characters}, that Unicode's case folding relates to one
     * of them: the same four mappings as {@link #FOLDING_TO_ASCII}'s, compared between the two characters.
     */
    static String otherCases(String characters) {
        if (characters.isEmpty()) {
            return ""; // most expressions quote nothing outside ASCII: no scan of the basic plane for them
        }
        int[][] quoted = characters.chars().mapToObj(TextPatterns::foldings).toArray(int[][]::new);
        StringBuilder found = new StringBuilder();
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            char other = (char) c;
            if (characters.indexOf(other) < 0 && !Character.isSurrogate(other) && foldsAlike(quoted, foldings(c))) {
                found.append(other);
            }
        }
        return found.toString();
    }

    /** Whether one of the mappings takes a character of {@code quoted} alike with {@code other}, by their foldings. */
    private static boolean foldsAlike(int[][] quoted, int[] other) {
        for (int[] q : quoted) {
            for (int mapping = 0; mapping < q.length; mapping++) {
                if (q[mapping] == other[mapping]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The characters outside ASCII that {@code pattern} quotes, if it matches case-insensitively with Unicode's folding
     * and would match alike with ASCII's on a text that holds no other case of them and none of
     * {@link #FOLDING_TO_ASCII}: ASCII only but for quoted characters of the basic plane, with no escape but those of
     * ASCII characters and classes, no inline flags. Null where it would not.
     */
    private static String quotedOutsideAscii(Pattern pattern) {
        int flags = pattern.flags();
        if ((flags & Pattern.CASE_INSENSITIVE) == 0 || (flags & Pattern.UNICODE_CASE) == 0
                || (flags & (Pattern.UNICODE_CHARACTER_CLASS | Pattern.CANON_EQ | Pattern.LITERAL)) != 0) {
            return null;
        }
        String source = pattern.pattern();
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= 128) {
                return null;
            } else if (c == '\\' && i + 1 < source.length()) {
                char escaped = source.charAt(++i);
                if (escaped == 'Q') {
                    int end = source.indexOf("\\E", i);
                    String literal = source.substring(i + 1, end < 0 ? source.length() : end);
                    if (literal.chars().anyMatch(q -> Character.isSurrogate((char) q)
                            || FOLDING_TO_ASCII.indexOf(q) >= 0)) {
                        return null; // outside the basic plane, or a case of an ASCII letter
                    }
                    literal.chars().filter(q -> q >= 128 && quoted.indexOf(String.valueOf((char) q)) < 0)
                            .forEach(q -> quoted.append((char) q));
                    i = end < 0 ? source.length() : end + 1;
                } else if (Character.isLetterOrDigit(escaped) && "dDsSwWbBtnrfe".indexOf(escaped) < 0) {
                    return null; // property classes, escaped code points, back references and the like
                }
            } else if (c == '(' && source.startsWith("(?", i) && i + 2 < source.length()
                    && "idmsuxUc-".indexOf(source.charAt(i + 2)) >= 0) {
                return null;
            }
        }
        return quoted.toString();
    }
}
