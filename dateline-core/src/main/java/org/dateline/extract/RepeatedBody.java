package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the article's paragraphs once. Page templates often print the whole article twice, sometimes with
 * the title, the site name and a "Source:" line again between the copies: a run of two or more repeated
 * paragraphs is such a second copy, and up to {@link #MAX_GAP} short template lines just before it go with
 * it. A lone repeat goes when it is long or repeats the title.
 */
final class RepeatedBody {
    private static final int MAX_GAP = 3;
    private static final int MAX_GAP_WORDS = 6;
    /**
     * A lone repeated paragraph shorter than this stays: short repeats are usually structure (an interview's
     * recurring question, a label), long ones a template duplicate (a pull quote, a caption printed twice).
     */
    private static final int MIN_SINGLE_REPEAT = 80;

    private RepeatedBody() {
    }

    /**
     * The paragraphs without repeats (the first occurrence is kept), comparing whitespace- and
     * case-insensitively; {@code alreadySeen} (the title) counts as printed before the first paragraph.
     */
    static List<String> dedupe(List<String> paragraphs, List<String> alreadySeen, List<String> warnings) {
        Set<String> titles = new HashSet<>();
        alreadySeen.forEach(title -> titles.add(key(title)));
        Set<String> seen = new HashSet<>(titles);
        boolean[] repeated = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            repeated[i] = !seen.add(key(paragraphs.get(i)));
        }
        boolean[] drop = repeated.clone();
        int copies = 0;
        int copiedParagraphs = 0;
        int single = 0;
        int gapLines = 0;
        for (int i = 0; i < paragraphs.size(); ) {
            if (!repeated[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < paragraphs.size() && repeated[end]) {
                end++;
            }
            if (end - i >= 2) {
                copies++;
                copiedParagraphs += end - i;
                for (int g = i - 1; g >= 0 && g >= i - MAX_GAP && !drop[g] && isTemplateLine(paragraphs.get(g)); g--) {
                    drop[g] = true;
                    gapLines++;
                }
            } else if (paragraphs.get(i).length() >= MIN_SINGLE_REPEAT || titles.contains(key(paragraphs.get(i)))) {
                single++;
            } else {
                drop[i] = false;
            }
            i = end;
        }
        if (copies > 0) {
            warnings.add("removed repeated body (" + Counts.of(copiedParagraphs, "paragraph") + " printed again)"
                    + (gapLines > 0 ? " and " + Counts.of(gapLines, "template line") + " before the copy" : ""));
        }
        if (single > 0) {
            warnings.add("removed " + Counts.of(single, "repeated paragraph"));
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!drop[i]) {
                kept.add(paragraphs.get(i));
            }
        }
        return kept;
    }

    /** A short single line that does not read like a sentence: a site name, a section label. */
    private static boolean isTemplateLine(String paragraph) {
        return !paragraph.contains("\n") && paragraph.split("\\s+").length <= MAX_GAP_WORDS
                && !paragraph.matches(".*[.!?\"”]$");
    }

    private static String key(String paragraph) {
        return paragraph.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
