package org.dateline.nlp;

/**
 * Guards the tokenizer against runs of one punctuation character: CoreNLP's tokenizer takes time that grows
 * faster than the length of a run of quotation marks (10,000 of them took 48 s, a million never finished), so one
 * such page stalled a whole batch. A run longer than {@value #KEPT} keeps its first {@value #KEPT} characters and the
 * rest become spaces. The text keeps its length, so every offset the annotation reports is still an offset into the
 * article's own text.
 */
final class PunctuationRuns {
    /** How much of a run is kept: enough for an ellipsis, a dash rule or doubled quotation marks. */
    static final int KEPT = 3;

    private PunctuationRuns() {
    }

    /** {@code text} with every run of one punctuation or symbol character cut to {@value #KEPT}; the same length. */
    static String tame(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                while (end < text.length() && text.charAt(end) == c) {
                    end++;
                }
                if (end - i > KEPT) {
                    if (out == null) {
                        out = new StringBuilder(text);
                    }
                    for (int j = i + KEPT; j < end; j++) {
                        out.setCharAt(j, ' ');
                    }
                }
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }
}
