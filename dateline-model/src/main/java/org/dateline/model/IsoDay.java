package org.dateline.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the calendar day of the ISO dates and date-times the model carries as strings. */
public final class IsoDay {
    private IsoDay() {
    }

    /** The day of an ISO date or date-time ({@code 2017-11-21T05:44:27}), or null when it is not one. */
    public static LocalDate of(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
