package org.dateline.corpus;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A phonetic key for one romanised name word (Slavic, Armenian, Azerbaijani and Turkic names as English,
 * German or French newsrooms spell them), so that transliteration variants get the same key:
 * Sergey/Sergei/Sergej, Sarkisian/Sargsyan/Sarkissian, Mammadov/Mamedov/Məmmədov, Dmitriy/Dmitrii/Dmitry,
 * Zelensky/Zelenskyy/Selenskij.
 *
 * <p>The key is the first letter ({@code _} for a vowel, so Yuri/Iouri/Juri agree) followed by the consonant skeleton: diacritics and the Azerbaijani
 * letters are folded (ə→a, ş→sh, ç→ch, ı→i), digraphs become one sound (sh, zh, ch, kh, ph), voiced
 * consonants become their voiceless pair (g→k, d→t, b→p, z→s, v/w→f), doubled consonants collapse and
 * vowels (with y and j) after the first letter are dropped. A word that ends in {@code a} keeps a
 * trailing {@code A}: the Slavic and Azerbaijani feminine surname form is a different surname
 * (Aliyev → {@code alf}, Aliyeva → {@code alfA}). The key is deliberately coarse; callers only compare keys
 * of whole names (given name and surname together, or a surname against a unique full name).
 */
final class NameKey {
    /** Combining marks, which {@link #fold} drops after decomposing. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Runs of anything but letters and apostrophes, which part a name's words. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}']+");
    private static final List<String[]> DIGRAPHS = List.of(
            new String[] {"shch", "S"}, new String[] {"sch", "S"}, new String[] {"sh", "S"}, new String[] {"zh", "Z"},
            new String[] {"tch", "C"}, new String[] {"ch", "C"}, new String[] {"kh", "h"}, new String[] {"ph", "f"},
            new String[] {"ck", "k"}, new String[] {"x", "ks"}, new String[] {"q", "k"}, new String[] {"w", "v"},
            new String[] {"tz", "c"}, new String[] {"ts", "c"});

    private static final String VOWELS = "aeiouyj";

    private NameKey() {
    }

    /** The key of one word of a name; blank for a word with no letters. */
    static String of(String word) {
        String s = fold(word);
        if (s.isEmpty()) {
            return "";
        }
        boolean feminine = s.length() > 2 && s.endsWith("a");
        for (String[] d : DIGRAPHS) {
            s = s.replace(d[0], d[1]);
        }
        char first = voiceless(s.charAt(0));
        StringBuilder key = new StringBuilder().append(VOWELS.indexOf(first) >= 0 ? '_' : first);
        char last = first;
        for (int i = 1; i < s.length(); i++) {
            char c = voiceless(s.charAt(i));
            if (VOWELS.indexOf(c) >= 0) {
                continue;
            }
            if (c != last) {
                key.append(c);
            }
            last = c;
        }
        return feminine ? key.append('A').toString() : key.toString();
    }

    /** The words of a name, folded to lower-case ASCII letters (hyphens and dots split words). */
    static List<String> words(String name) {
        return Arrays.stream(fold(NOT_LETTERS.matcher(name).replaceAll(" ")).split(" ")).filter(w -> !w.isBlank())
                .toList();
    }

    /** A name's words in lower case with diacritics removed and nothing else changed ("François" → "francois"). */
    static String plain(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        return String.join(" ", NOT_LETTERS.matcher(s).replaceAll(" ").strip().split(" "));
    }

    /** Lower-case, diacritics removed, Azerbaijani and Turkish letters folded, apostrophes dropped. */
    static String fold(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("ə", "a").replace("ı", "i").replace("ş", "sh")
                .replace("ç", "ch").replace("ğ", "g").replace("'", "").replace("’", "");
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").strip();
    }

    private static char voiceless(char c) {
        return switch (c) {
            case 'g' -> 'k';
            case 'd' -> 't';
            case 'b' -> 'p';
            case 'z' -> 's';
            case 'v' -> 'f';
            case 'c' -> 'k';
            default -> c;
        };
    }
}
