package org.dateline.extract.html;

import org.jsoup.nodes.Element;

/**
 * One block of text as a reader sees it: a paragraph, heading, list item, quote or run of text
 * between block boundaries.
 *
 * @param text      whitespace-normalised text
 * @param linkChars how many of its characters are inside links
 * @param owner     the nearest block-level element that holds it
 * @param tag       the owner's tag name ({@code p}, {@code h2}, {@code li}, {@code div}, ...)
 */
record Block(String text, int linkChars, Element owner, String tag) {
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
}
