package org.dateline.facts;

import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FactDateTest {
    private static final LocalDate MID_MARCH = LocalDate.of(2021, 3, 15);

    @Test
    void aDistanceBeforeADayGivesThePeriodItAllows() {
        assertThat(FactDate.before(MID_MARCH, "P3D")).isEqualTo("2021-03-12");
        assertThat(FactDate.before(MID_MARCH, "P2W")).isEqualTo("2021-03");
        assertThat(FactDate.before(MID_MARCH, "P3M")).isEqualTo("2020-12");
        assertThat(FactDate.before(MID_MARCH, "P7Y")).isEqualTo("2014");
        assertThat(FactDate.before(MID_MARCH, "PXD")).as("2 to 9 days before").isEqualTo("2021-03");
        assertThat(FactDate.before(LocalDate.of(2021, 3, 5), "PXD")).as("spans two months").isEqualTo("2021");
        assertThat(FactDate.before(LocalDate.of(2021, 1, 5), "PXD")).as("spans two years").isNull();
        assertThat(FactDate.before(MID_MARCH, "PXW")).as("2 to 6 weeks before").isEqualTo("2021");
        assertThat(FactDate.before(MID_MARCH, "PXY")).as("years: no year").isNull();
        assertThat(FactDate.before(MID_MARCH, "PT5H")).as("hours").isNull();
        assertThat(FactDate.before(MID_MARCH, "P1Y2M")).isNull();
    }

    @Test
    void aCenturyOrADecadeDatesNoFact() {
        assertThat(FactDate.onCalendar(new TimeMention("a", "the 21st century", "DATE", "20", 0, 16))).isFalse();
        assertThat(FactDate.onCalendar(new TimeMention("a", "the 2010s", "DATE", "201", 0, 9))).isFalse();
        assertThat(FactDate.onCalendar(new TimeMention("a", "2019", "DATE", "2019", 0, 4))).isTrue();
    }

    @Test
    void aTimeAfterSinceOpensASpan() {
        String text = "Returns fell since 2005 and in 2010.";
        assertThat(FactDate.opensSpan(new TimeMention("a", "2005", "DATE", "2005", 19, 23), text)).isTrue();
        assertThat(FactDate.opensSpan(new TimeMention("a", "2010", "DATE", "2010", 31, 35), text)).isFalse();
    }

    @Test
    void aBareNumberAfterAsOfIsAYear() {
        String text = "As of 2016 the camp held 40,000 people, of 2016 members.";
        TimeMention asOf = new TimeMention("a", "2016", "DATE", "2016", 6, 10);
        TimeMention count = new TimeMention("a", "2016", "DATE", "2016", 41, 45);
        assertThat(FactDate.dates(asOf, text)).isTrue();
        assertThat(FactDate.dates(count, text)).isFalse();
    }
}
