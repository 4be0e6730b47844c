package org.dateline.corpus;

import org.dateline.resources.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and terms framing counts. A word is a run of letters and digits, inner hyphens and apostrophes
 * kept ("counter-terrorist", "o'neill"), lower-cased, a possessive {@code 's} dropped ("Lavrov's" is
 * "lavrov"). A <em>term</em> is a unigram (a word with a letter that is no stop word) or a bigram (two
 * adjacent such words with nothing but spaces between them: punctuation, quotation marks and line breaks
 * end a phrase, and a stop word or a number breaks it, so "armed forces" and "foreign minister" are terms,
 * "of the" is not).
 */
final class Terms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    private static final Set<String> STOP = TsvResource.words(Terms.class, "term-stop-words.txt");

    private Terms() {
    }

    /** Every word of {@code text} in order, stop words included. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(word(m.group()));
        }
        return words;
    }

    /** Whether a word counts as a unigram: it has a letter and is no stop word. */
    static boolean content(String word) {
        return !STOP.contains(word) && hasLetter(word);
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** How often each unigram and bigram occurs in {@code text}. */
    static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        String previous = null;
        int previousEnd = -1;
        while (m.find()) {
            String w = word(m.group());
            if (!content(w)) {
                previous = null;
                continue;
            }
            counts.merge(w, 1, Integer::sum);
            if (previous != null && spacesOnly(text, previousEnd, m.start())) {
                counts.merge(previous + " " + w, 1, Integer::sum);
            }
            previous = w;
            previousEnd = m.end();
        }
        return counts;
    }

    /** Whether {@code text} from {@code start} to {@code end} is one or more spaces, tabs or no-break spaces. */
    private static boolean spacesOnly(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return start < end;
    }

    private static String word(String raw) {
        String w = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
        return w.endsWith("'s") && w.length() > 2 ? w.substring(0, w.length() - 2) : w;
    }
}
