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
 * CoreNLP's {@code StringPatternExtractRule} calls {@link #matcher} where it called {@code Pattern.matcher}:
 * {@code org.dateline.nlp.MatcherRoom} defines the class so edited before CoreNLP loads it.
 */
public final class TextPatterns {
    /** Rules are long-lived (loaded once); a process that compiles expressions on the fly clears this. */
    private static final int MAX_CACHED = 8192;
    /** Each expression's twin, or {@link #NO_TWIN}; read by the tests. */
    static final Map<Pattern, Pattern> TWINS = new ConcurrentHashMap<>();
    private static final Pattern NO_TWIN = Pattern.compile("");
    /** The characters outside ASCII that Unicode's case folding relates to an ASCII character. */
    static final String FOLDING_TO_ASCII = foldingToAscii();

    private TextPatterns() {
    }

    private static String foldingToAscii() {
        StringBuilder found = new StringBuilder();
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            if (Character.toUpperCase(c) < 128 || Character.toLowerCase(c) < 128
                    || Character.toLowerCase(Character.toUpperCase(c)) < 128
                    || Character.toUpperCase(Character.toLowerCase(c)) < 128) {
                found.append((char) c);
            }
        }
        return found.toString();
    }

    /** {@code pattern.matcher(text)}, or its twin's where that finds the same matches faster. */
    public static Matcher matcher(Pattern pattern, CharSequence text) {
        Pattern twin = twin(pattern);
        return twin != null && foldsAsAscii(text) ? twin.matcher(text) : pattern.matcher(text);
    }

    /** The expression compiled with ASCII case folding, or null where that could match differently. */
    static Pattern twin(Pattern pattern) {
        Pattern known = TWINS.get(pattern);
        if (known == null) {
            if (TWINS.size() >= MAX_CACHED) {
                TWINS.clear();
            }
            known = foldsAsAscii(pattern) ? Pattern.compile(pattern.pattern(), pattern.flags() & ~Pattern.UNICODE_CASE)
                    : NO_TWIN;
            TWINS.put(pattern, known);
        }
        return known == NO_TWIN ? null : known;
    }

    /** Whether no character of {@code text} is one Unicode folds to or from an ASCII character. */
    static boolean foldsAsAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 && FOLDING_TO_ASCII.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code pattern} matches case-insensitively with Unicode's folding, and would match alike with ASCII's on
     * a text that {@link #foldsAsAscii}: ASCII only, with no escape but those of ASCII characters and classes and
     * quoted ASCII, no inline flags.
     */
    private static boolean foldsAsAscii(Pattern pattern) {
        int flags = pattern.flags();
        if ((flags & Pattern.CASE_INSENSITIVE) == 0 || (flags & Pattern.UNICODE_CASE) == 0
                || (flags & (Pattern.UNICODE_CHARACTER_CLASS | Pattern.CANON_EQ | Pattern.LITERAL)) != 0) {
            return false;
        }
        String source = pattern.pattern();
        if (!source.chars().allMatch(c -> c < 128)) {
            return false;
        }
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                char escaped = source.charAt(++i);
                if (escaped == 'Q') {
                    int end = source.indexOf("\\E", i);
                    i = end < 0 ? source.length() : end + 1;
                } else if (Character.isLetterOrDigit(escaped) && "dDsSwWbBtnrfe".indexOf(escaped) < 0) {
                    return false; // property classes, escaped code points, back references and the like
                }
            } else if (c == '(' && source.startsWith("(?", i) && i + 2 < source.length()
                    && "idmsuxUc-".indexOf(source.charAt(i + 2)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
