package org.dateline.facts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationTimeTest {
    @Test
    void readsTheTimeAndTheZoneOfAStamp() {
        assertThat(PublicationTime.of("2019-11-20T05:57:50Z"))
                .contains(new PublicationTime(LocalTime.of(5, 57), ZoneOffset.UTC));
        assertThat(PublicationTime.of("2019-11-18T19:05:00-05:00"))
                .contains(new PublicationTime(LocalTime.of(19, 5), ZoneOffset.ofHours(-5)));
        assertThat(PublicationTime.of("2017-08-29T17:12:16")).contains(new PublicationTime(LocalTime.of(17, 12), null));
    }

    @Test
    void aBareDateOrAPaddedMidnightHasNoTime() {
        assertThat(PublicationTime.of("2019-11-20")).isEmpty();
        assertThat(PublicationTime.of("2017-12-30T00:00:00")).isEmpty();
        assertThat(PublicationTime.of(null)).isEmpty();
    }

    @Test
    void showsThePublicationMomentOnAnotherZonesClock() {
        PublicationTime evening = PublicationTime.of("2019-11-20T23:30:00Z").orElseThrow();
        assertThat(evening.in(LocalDate.of(2019, 11, 20), ZoneOffset.ofHours(9)))
                .isEqualTo(LocalDateTime.of(2019, 11, 21, 8, 30));
    }
}
