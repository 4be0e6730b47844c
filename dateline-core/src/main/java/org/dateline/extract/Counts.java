package org.dateline.extract;

/** Wording of counted things in warnings. */
final class Counts {
    private Counts() {
    }

    /** "1 navigation line", "2 navigation lines". */
    static String of(int n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
