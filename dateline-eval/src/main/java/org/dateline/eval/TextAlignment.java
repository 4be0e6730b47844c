package org.dateline.eval;

import java.util.Arrays;
import java.util.Optional;

/**
 * Maps offsets in an extracted article's text back to the original text it was extracted from. Extraction keeps
 * the words of the lines it keeps and their order, but trims lines, changes spacing and line breaks, and drops
 * lines (a title, boilerplate, metadata): each extracted line is located in the original, ignoring whitespace,
 * after the previous line's place. A line not found there (extraction changed its words) maps nowhere.
 */
final class TextAlignment {
    /** For each character of the extracted text, its offset in the original, or -1 (a space, or a line not found). */
    private final int[] toOriginal;
    private final String extracted;
    private final int unaligned;

    private TextAlignment(int[] toOriginal, String extracted, int unaligned) {
        this.toOriginal = toOriginal;
        this.extracted = extracted;
        this.unaligned = unaligned;
    }

    /** The alignment of {@code extracted} with {@code original}. */
    static TextAlignment of(String original, String extracted) {
        Squeezed source = Squeezed.of(original, 0, original.length());
        int[] map = new int[extracted.length()];
        Arrays.fill(map, -1);
        int cursor = 0;
        int unaligned = 0;
        int lineStart = 0;
        while (lineStart <= extracted.length()) {
            int lineEnd = extracted.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? extracted.length() : lineEnd;
            Squeezed line = Squeezed.of(extracted, lineStart, lineEnd);
            if (!line.chars().isEmpty()) {
                int at = source.chars().indexOf(line.chars(), cursor);
                if (at < 0) {
                    unaligned++;
                } else {
                    for (int j = 0; j < line.offsets().length; j++) {
                        map[line.offsets()[j]] = source.offsets()[at + j];
                    }
                    cursor = at + line.chars().length();
                }
            }
            lineStart = lineEnd + 1;
        }
        return new TextAlignment(map, extracted, unaligned);
    }

    /** Extracted lines with words that could not be found in the original. */
    int unalignedLines() {
        return unaligned;
    }

    /**
     * The span of the original that {@code [start, end)} of the extracted text comes from: from its first
     * non-space character to its last, or empty when either of them maps nowhere.
     */
    Optional<int[]> original(int start, int end) {
        int first = start;
        while (first < end && isSpace(first)) {
            first++;
        }
        int last = end - 1;
        while (last >= first && isSpace(last)) {
            last--;
        }
        if (first > last || toOriginal[first] < 0 || toOriginal[last] < 0 || toOriginal[last] < toOriginal[first]) {
            return Optional.empty();
        }
        return Optional.of(new int[]{toOriginal[first], toOriginal[last] + 1});
    }

    private boolean isSpace(int i) {
        return space(extracted.charAt(i));
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The non-space characters of {@code text[from, to)} and each one's offset in {@code text}. */
    private record Squeezed(String chars, int[] offsets) {
        static Squeezed of(String text, int from, int to) {
            StringBuilder chars = new StringBuilder(to - from);
            int[] offsets = new int[to - from];
            for (int i = from; i < to; i++) {
                if (!space(text.charAt(i))) {
                    offsets[chars.length()] = i;
                    chars.append(text.charAt(i));
                }
            }
            return new Squeezed(chars.toString(), Arrays.copyOf(offsets, chars.length()));
        }
    }
}
