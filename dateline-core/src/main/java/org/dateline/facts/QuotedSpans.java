package org.dateline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the spans of a text enclosed in quotation marks: curly (“ ”, ‘ ’), straight (" '), typewriter
 * doubled apostrophes ('' ''), low-high („ “) and guillemets (« »). Apostrophes (don't, Russia’s, the
 * ministers' meeting) are not taken for quote marks: a single mark opens only before a letter and after a
 * space or bracket, and closes only after a non-space and before a non-letter. A paragraph that opens a
 * double quote without closing it continues into the next paragraph when that one opens with a quote mark
 * (the news convention for multi-paragraph quotes).
 */
final class QuotedSpans {
    /** The inside of one quotation, without its marks: {@code text.substring(start, end)}. */
    record Span(int start, int end) {
        boolean contains(int from, int to) {
            return start <= from && to <= end;
        }

        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    /** Quotation marks, as a character class. */
    private static final String MARKS = "[\"'“”‘’«»„]";
    /** Words for works and campaigns whose names are quoted. */
    private static final String WORKS = "book|novel|memoir|memo|essay|poem|film|movie|documentary|song|single|album|podcast|series|campaign|slogan";
    /** Small words a title keeps in lower case: "Game of Thrones", "Back to the Future". */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
            "to", "for", "with", "from", "by", "de", "la");
    /**
     * Words after which a quotation is the name of what they introduce: "a film titled ...", "a storm dubbed ...", also
     * a word for a work right before it ("in his book, "...",", "her new song "..."").
     */
    private static final Pattern NAMING_WORD = Pattern.compile("(?i).*\\b(?:(?:titled|entitled|dubbed|named|nicknamed)\\W*"
            + "|(?:" + WORKS + "),?\\s*" + MARKS + "{1,2})$");
    /**
     * A word for a work or a campaign right after the closing mark of a quotation with no punctuation of its own at the
     * end, which is then its name: "the "..." campaign".
     */
    private static final Pattern NAMED_WORK_AFTER = Pattern.compile("(?i)^" + MARKS + "{1,2}\\s+(?:" + WORKS + ")\\b.*", Pattern.DOTALL);
    /**
     * Words after which a quotation stands where a noun does ("ABC's "...", "of "...", "on "..."; a stage work it
     * names set off after a comma, "her new play, "...,"": a play, a musical, an opera or a show): there a comma
     * inside the closing mark is the sentence's, not the quotation's.
     */
    private static final Pattern NOUN_SLOT = Pattern.compile("(?i).*(?:['’]s|\\b(?:on|of|in|at|from|the)"
            + "|\\b(?:play|musical|opera|show),)\\W*$");
    /** How many words a name introduced by a naming word may have. */
    private static final int MAX_NAMED_WORDS = 8;
    /**
     * How many words a title-cased quotation taken for a title may have (a subtitle makes them long: "Rolling Back the
     * Growing Threat", "Small Boats: A Short History of the Harbour").
     */
    private static final int MAX_TITLE_WORDS = 12;

    private QuotedSpans() {
    }

    /**
     * Whether quotation {@code q} names something rather than reports words: two to {@value #MAX_TITLE_WORDS}
     * words in title case with no punctuation of their own at the end (a show, film or song: "on the show "Morning
     * Brew"", "of "Dune Patrol" fame"; a comma inside the marks after a possessive or preposition: "a host on
     * BNT's "Morning Brew," said", "In "Rolling Back the Threat," the memo ..."), or a quotation of up to
     * {@value #MAX_NAMED_WORDS} words, or of any length in title case, right after "titled", "entitled", "dubbed",
     * "named", "nicknamed" or a word for a work ("in his book "Small Boats: A Short History of the Harbour,""), or
     * right before a word for a work ("the "Clean Rivers" campaign"). One capitalised word ("Never") and words with
     * their own comma or full stop inside the marks ("Not Now," she said) may be speech.
     */
    static boolean isName(String text, Span q) {
        String inside = text.substring(q.start(), q.end());
        if (inside.isBlank()) {
            return false;
        }
        String[] words = inside.split("\\s+");
        int lineStart = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
        String before = text.substring(Math.max(lineStart, q.start() - 40), q.start());
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + 20));
        boolean workAfter = Character.isLetterOrDigit(inside.charAt(inside.length() - 1)) && NAMED_WORK_AFTER.matcher(after).matches();
        if ((words.length <= MAX_NAMED_WORDS || titleCased(words)) && (NAMING_WORD.matcher(before).matches() || workAfter)) {
            return true;
        }
        char last = inside.charAt(inside.length() - 1);
        boolean ownEnd = !Character.isLetterOrDigit(last) && !(last == ',' && NOUN_SLOT.matcher(before).matches());
        return words.length >= 2 && words.length <= MAX_TITLE_WORDS && !ownEnd && titleCased(words);
    }

    /** Whether every word starts with a capital or a digit, but for small words after the first. */
    private static boolean titleCased(String[] words) {
        for (int i = 0; i < words.length; i++) {
            char first = words[i].charAt(0);
            boolean small = i > 0 && TITLE_SMALL_WORDS.contains(words[i]);
            if (!small && !Character.isUpperCase(first) && !Character.isDigit(first)) {
                return false;
            }
        }
        return true;
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int open = doubleMark(text, i);
            if (isDoubleOpen(text, i) && (c != '\'' || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int close = closeDouble(text, i + open);
                if (close > i + open) {
                    out.add(trimmed(text, i + open, close));
                    i = close + doubleMark(text, close);
                    continue;
                }
            } else if (isSingleOpen(text, i)) {
                int close = closeSingle(text, i + 1);
                if (close > i + 1) {
                    out.add(trimmed(text, i + 1, close));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** Length of the double quotation mark at {@code i} (two for the typewriter {@code ''}), or 0. */
    private static int doubleMark(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'') {
            return text.startsWith("''", i) ? 2 : 0;
        }
        return c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„' ? 1 : 0;
    }

    private static boolean isDoubleOpen(String text, int i) {
        int len = doubleMark(text, i);
        return len > 0 && text.charAt(i) != '»' && text.charAt(i) != '”';
    }

    /**
     * Index of the closing mark, or -1; follows a quote across paragraphs that reopen it. A curly or
     * guillemet opening mark inside (before a letter) nests a quotation whose closing mark is skipped.
     */
    private static int closeDouble(String text, int from) {
        int n = text.length();
        int i = from;
        int depth = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = i;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < n && isDoubleOpen(text, next)) {
                    i = next + doubleMark(text, next);
                    depth = 0;
                    continue;
                }
                return -1;
            }
            int mark = doubleMark(text, i);
            if (mark > 0) {
                boolean opensInner = (c == '“' || c == '«') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                        && Character.isWhitespace(text.charAt(i - 1));
                if (opensInner) {
                    depth++;
                } else if (depth > 0 && (c == '”' || c == '»')) {
                    depth--;
                } else {
                    return i;
                }
            }
            i += Math.max(1, mark);
        }
        return -1;
    }

    private static boolean isSingleOpen(String text, int i) {
        char c = text.charAt(i);
        if (c != '‘' && c != '\'') {
            return false;
        }
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int closeSingle(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if ((c == '’' || c == '\'') && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 == n || !Character.isLetterOrDigit(text.charAt(i + 1)))
                    && !(text.charAt(i - 1) == 's' && i + 1 < n && text.charAt(i + 1) == ' '
                    && i + 2 < n && Character.isLowerCase(text.charAt(i + 2)))) {
                return i;
            }
        }
        return -1;
    }

    private static Span trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }
}
