package org.dateline.app;

/** How a message names what a person typed: in double quotes, on one line, cut short when long. */
final class Quoted {
    /** Characters kept of a longer input, before the "...". */
    static final int KEPT = 77;

    private Quoted() {
    }

    /**
     * {@code input} in double quotes, its line breaks as spaces; longer than 80 characters, its first {@value #KEPT}
     * (never half a surrogate pair) and "...".
     */
    static String of(String input) {
        String line = input.replaceAll("\\R", " ");
        if (line.codePointCount(0, line.length()) > KEPT + 3) {
            line = line.substring(0, line.offsetByCodePoints(0, KEPT)) + "...";
        }
        return "\"" + line + "\"";
    }
}
