package org.dateline.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multi-word names mapped to values, found in text by longest match. Matching ignores case and
 * diacritics, except that a name written in capitals of at most five letters ("US", "WHO", "PA") matches
 * only when written the same, so "us" and "who" are not names. "Somalia-based" is read as "Somalia"
 * and "-based".
 *
 * @param <V> what a name stands for
 */
final class PhraseTable<V> {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*\\.?|['’]s|[^\\s\\p{L}\\p{N}]");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9.]{2,6}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final int ASCII = 0x80;

    private final Map<String, List<Entry<V>>> entries = new HashMap<>();
    private int longest = 1;

    /** A token of text: its form and where it is. */
    record Token(String text, int start, int end) {
        String key() {
            return PhraseTable.key(text);
        }
    }

    /** A name found in text: tokens {@code [first, last]}. */
    record Match<V>(V value, int first, int last) {
    }

    private record Entry<V>(String name, boolean exactCase, V value) {
    }

    /** Adds a name; a later value for the same name is kept as well, and the first one wins. */
    void put(String name, V value) {
        List<Token> tokens = tokenize(name);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty name '" + name + "'");
        }
        String k = join(tokens, 0, tokens.size());
        boolean exact = ACRONYM.matcher(name).matches() && name.chars().filter(Character::isLetter).count() <= 5;
        entries.computeIfAbsent(k, x -> new ArrayList<>()).add(new Entry<>(name, exact, value));
        longest = Math.max(longest, tokens.size());
    }

    /** Longest non-overlapping matches, left to right. */
    List<Match<V>> find(List<Token> tokens) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.last() + 1;
            }
        }
        return found;
    }

    private Match<V> longestAt(List<Token> tokens, int i) {
        for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
            List<Entry<V>> es = entries.get(join(tokens, i, i + n));
            if (es == null) {
                continue;
            }
            String written = written(tokens, i, i + n);
            for (Entry<V> e : es) {
                if (!e.exactCase() || e.name().equals(written)) {
                    return new Match<>(e.value(), i, i + n - 1);
                }
            }
        }
        return null;
    }

    /** Words, acronyms with dots, possessive endings and punctuation, with their offsets. */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            int s = m.start();
            if (t.endsWith(".") && !t.matches("(?:\\p{L}\\.){2,}") && t.length() > 1) {
                t = t.substring(0, t.length() - 1);
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.endsWith("-based") && t.length() > 6) {
                tokens.add(new Token(t.substring(0, t.length() - 6), s, s + t.length() - 6));
                tokens.add(new Token(t.substring(t.length() - 6), s + t.length() - 6, s + t.length()));
            } else if (t.length() > 2 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
                tokens.add(new Token(t.substring(0, t.length() - 2), s, s + t.length() - 2));
                tokens.add(new Token(t.substring(t.length() - 2), s + t.length() - 2, s + t.length()));
            } else {
                tokens.add(new Token(t, s, s + t.length()));
            }
        }
        return tokens;
    }

    /** Lower case, no diacritics, one kind of apostrophe. */
    static String key(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(Locale.ROOT); // nothing to decompose or fold
        }
        String folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return folded.replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= ASCII) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(tokens.get(k).key());
        }
        return b.toString();
    }

    private static String written(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(tokens.get(k).text());
        }
        return b.toString();
    }
}
