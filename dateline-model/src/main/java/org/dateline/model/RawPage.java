package org.dateline.model;

import java.util.List;

/**
 * One input document as read from a source, before extraction: decoded text plus what came with it.
 *
 * @param source   the path or URL as given by the user (a JSONL input gets {@code path#line})
 * @param format   what {@code content} is
 * @param content  the decoded characters (never null; may be empty)
 * @param meta     metadata given alongside the input
 * @param warnings what was odd about reading it (encoding guessed, sidecar malformed, ...)
 */
public record RawPage(String source, Format format, String content, SourceMeta meta, List<String> warnings) {
    public enum Format { TEXT, HTML }

    public RawPage {
        content = content == null ? "" : content;
        meta = meta == null ? SourceMeta.NONE : meta;
        warnings = List.copyOf(warnings);
    }
}
