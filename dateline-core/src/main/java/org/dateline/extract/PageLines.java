package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The working copy of a page during extraction: its lines (edges trimmed, non-breaking spaces counted as
 * spaces) and which of them were removed. Rules remove lines; removed lines also end a paragraph.
 * Mutable, confined to one extraction.
 */
final class PageLines {
    private final List<String> lines;
    private final boolean[] removed;

    PageLines(String text) {
        this.lines = text.replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(line -> line.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').strip())
                .toList();
        this.removed = new boolean[lines.size()];
    }

    int size() {
        return lines.size();
    }

    String line(int i) {
        return lines.get(i);
    }

    /** Whether line {@code i} is still present and not blank. */
    boolean content(int i) {
        return !removed[i] && !lines.get(i).isEmpty();
    }

    void remove(int i) {
        removed[i] = true;
    }

    /** Removes lines {@code from} (inclusive) to {@code to} (exclusive); returns how many of them had content. */
    int removeRange(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += content(i) ? 1 : 0;
            removed[i] = true;
        }
        return count;
    }

    /** Index of the first line with content at or after {@code from}, or -1. */
    int nextContent(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (content(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The remaining paragraphs: runs of present, non-blank lines, joined by newlines. */
    List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (content(i)) {
                current.append(current.isEmpty() ? "" : "\n").append(lines.get(i));
            } else if (!current.isEmpty()) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }
}
