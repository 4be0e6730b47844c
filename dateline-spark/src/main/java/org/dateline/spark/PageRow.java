package org.dateline.spark;

import java.io.Serializable;

/**
 * What the reading stage made of one page or one problem of an input file, in the order {@code analyze} meets them.
 *
 * @param order   the position in the run's reading order: the file's index in the high 32 bits, the row's number
 *                in its partition in the low ones
 * @param kind    what the row is
 * @param id      the article's id ({@link Kind#ARTICLE} only)
 * @param source  the page's source ({@link Kind#ARTICLE} only)
 * @param text    the extracted article as {@link org.dateline.pipeline.RecordJson} ({@link Kind#ARTICLE}), else the
 *                message that names the input
 */
record PageRow(long order, Kind kind, String id, String source, String text) implements Serializable {
    enum Kind {
        /** A page with article text, to analyse. */
        ARTICLE,
        /** A page without article text: skipped, and counted as unreadable. */
        NO_TEXT,
        /** A page whose extraction failed. */
        FAILED,
        /** An input, or part of one, that could not be read, or a page read in part. */
        UNREADABLE,
        /** Something odd about reading a page that was still read whole (a guessed encoding, a bad sidecar). */
        NOTE;

        boolean page() {
            return this == ARTICLE || this == NO_TEXT || this == FAILED;
        }

        boolean unreadable() {
            return this == NO_TEXT || this == UNREADABLE;
        }
    }

    static PageRow message(long order, Kind kind, String message) {
        return new PageRow(order, kind, null, null, message);
    }
}
