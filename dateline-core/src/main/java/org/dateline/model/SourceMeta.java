package org.dateline.model;

/**
 * Metadata given with an input (a {@code NAME.meta.json} sidecar or the fields of a JSONL line).
 * Given metadata wins over what extraction infers. Every field may be null.
 *
 * @param published an ISO date or date-time, as given
 */
public record SourceMeta(String url, String outlet, String published, String fetched, String title) {
    public static final SourceMeta NONE = new SourceMeta(null, null, null, null, null);

    public boolean isEmpty() {
        return url == null && outlet == null && published == null && fetched == null && title == null;
    }
}
