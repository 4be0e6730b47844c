package org.dateline.model;

/**
 * Metadata given with an input (a {@code NAME.meta.json} sidecar or the fields of a JSONL line).
 * Given metadata wins over what extraction infers. Every field but {@code origin} may be null.
 *
 * @param published an ISO date or date-time, as given
 * @param origin    where the metadata came from; it becomes the article's {@code published_basis}
 */
public record SourceMeta(String url, String outlet, String published, String fetched, String title, Origin origin) {
    /** Where given metadata came from. */
    public enum Origin {
        /** No metadata was given. */
        NONE,
        /** A {@code NAME.meta.json} file next to the input. */
        SIDECAR,
        /** Fields of the input record itself (a JSONL line; later a WARC or feed record). */
        METADATA
    }

    public static final SourceMeta NONE = new SourceMeta(null, null, null, null, null, Origin.NONE);

    public SourceMeta {
        origin = origin == null ? Origin.NONE : origin;
    }

    public boolean isEmpty() {
        return url == null && outlet == null && published == null && fetched == null && title == null;
    }
}
