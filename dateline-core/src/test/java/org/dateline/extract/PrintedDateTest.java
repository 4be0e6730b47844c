package org.dateline.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;

class PrintedDateTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Source: Coastwire | 2017-11-21 05:44:27 | Editor: kp; 2017-11-21T05:44:27",
            "3 March 2021 09:20 (UTC+03:00); 2021-03-03T09:20+03:00",
            "Posted November 3, 2020 2:05 PM; 2020-11-03T14:05",
            "3 Sept. 2021; 2021-09-03",
            "2021-03-03T08:15:00Z; 2021-03-03T08:15Z",
            "updated 12 Jan 2022 at 09:30 GMT-05:00; 2022-01-12T09:30-05:00",
            "3. März 2021, 14:05 Uhr; 2021-03-03T14:05",
            "23.09.2022; 2022-09-23",
            "1er janvier 2020 à 8 h 15; 2020-01-01T08:15",
            "3 de marzo de 2021; 2021-03-03",
            "22 de novembro de 2020 - 18:20; 2020-11-22T18:20",
            "Domenica 06 Dicembre 2020; 2020-12-06",
            "3 марта 2021 г.; 2021-03-03",
            "3 березня 2021 р.; 2021-03-03",
            "3 Mart 2021 Çarşamba; 2021-03-03",
            "2021年3月3日 10:30; 2021-03-03T10:30",
            "2021. március 3.; 2021-03-03",
            "2020. 06. 04. 11:27; 2020-06-04T11:27",
            "الأربعاء، 07 أكتوبر 2020; 2020-10-07",
            "24 نيسان / أبريل 2020; 2020-04-24",
            "11/23/2021; 2021-11-23",
            "05/11/2021; 2021-11-05"})
    void readsCommonPrintedForms(String printed, String iso) {
        assertThat(PrintedDate.find(printed)).hasValueSatisfying(found -> assertThat(found.date().iso()).isEqualTo(iso));
    }

    @ParameterizedTest
    @CsvSource({"2021-02-30", "31 June 2020", "no date here", "31.02.2021", "13/13/2021", "3 Marsupial 2021"})
    void ignoresWhatIsNoCalendarDate(String text) {
        assertThat(PrintedDate.find(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"12-31, 2021-01-02, 2020-12-31", "01-02, 2021-01-02, 2021-01-02", "02-29, 2023-03-01, 2020-02-29"})
    void wireDayIsTheLatestNotAfterPublication(String monthDay, LocalDate published, LocalDate expected) {
        assertThat(PrintedDate.notAfter(MonthDay.parse("--" + monthDay), published)).isEqualTo(expected);
    }
}
