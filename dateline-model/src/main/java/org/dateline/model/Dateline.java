package org.dateline.model;

/**
 * The dateline that opens a wire story ("BAKU, Nov. 20 (Xinhua) --").
 *
 * @param place the place as written, in title case ("Baku")
 * @param date  an ISO date, or a TIMEX3-style date with unknown parts ({@code XXXX-12-02}); null if none
 */
public record Dateline(String place, String date) {
}
