package org.dateline.model;

/** A half-open character range {@code [start, end)} into an article's {@code text}. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The evidence this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
