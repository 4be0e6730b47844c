package org.dateline.extract.html;

/**
 * A date a page gives for its article, before one is chosen.
 *
 * @param iso      ISO 8601 date or date-time, as the page gives it (offset kept)
 * @param basis    where it was read: {@code jsonld}, {@code meta} (a {@code <meta>} tag), {@code time} (a
 *                 {@code <time>} element or microdata in the body), {@code text} (printed), {@code url}
 * @param modified whether it is the date of the last change rather than of publication
 */
public record DateCandidate(String iso, String basis, boolean modified) {
}
