package org.dateline.facts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day an article was published, as its stamp gives it, and the stamp's UTC offset when it
 * has one (null: the zone is not known). A stamp of exactly midnight is taken for a bare date that a
 * system padded with zeros ("2017-12-30T00:00:00"), not for a time.
 */
record PublicationTime(LocalTime time, ZoneOffset offset) {
    private static final Pattern STAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT(\\d\\d):(\\d\\d)(?::(\\d\\d)(?:\\.\\d+)?)?"
            + "(Z|[+-]\\d\\d:?\\d\\d)?$");

    /** The time of an ISO date-time stamp; empty for a bare date (or midnight), null or anything else. */
    static Optional<PublicationTime> of(String stamp) {
        Matcher m = stamp == null ? null : STAMP.matcher(stamp.strip());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        if (time.equals(LocalTime.MIDNIGHT)) {
            return Optional.empty();
        }
        return Optional.of(new PublicationTime(time.withSecond(0), m.group(4) == null ? null : ZoneOffset.of(m.group(4))));
    }

    /**
     * The publication moment on {@code day} as a clock in a zone of UTC offset {@code zone} would show it;
     * when the stamp's own zone is unknown it is taken as UTC.
     */
    LocalDateTime in(LocalDate day, ZoneOffset zone) {
        ZoneOffset own = offset == null ? ZoneOffset.UTC : offset;
        return LocalDateTime.of(day, time).atOffset(own).withOffsetSameInstant(zone).toLocalDateTime();
    }
}
