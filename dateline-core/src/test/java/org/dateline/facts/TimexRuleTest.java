package org.dateline.facts;

import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules applied to expressions as SUTime might hand them over, without loading CoreNLP. */
class TimexRuleTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 12, 4);

    /** Applies {@code rule} to the whole of {@code text} as one expression of the given SUTime type and value. */
    private static Optional<TimeMention> apply(TimexRule rule, String text, String type, String value, LocalDate ref) {
        Annotation bare = new Annotation(text, List.of(), List.of(), List.of());
        return rule.apply(new TimeMention("doc", text, type, value, 0, text.length()), new TimexContext(bare, ref));
    }

    @Test
    void monthWithoutYearMovesToTheNearestYear() {
        assertThat(apply(TimexRule.MONTH_WITHOUT_YEAR, "November", "DATE", "2020-11", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-11");
        assertThat(apply(TimexRule.MONTH_WITHOUT_YEAR, "next April", "DATE", "2019-04", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2020-04");
        assertThat(apply(TimexRule.MONTH_WITHOUT_YEAR, "Dec. 2", "DATE", "2020-12-02", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-12-02");
    }

    @Test
    void monthWithYearIsLeftAlone() {
        assertThat(apply(TimexRule.MONTH_WITHOUT_YEAR, "November 2017", "DATE", "2017-11", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2017-11");
    }

    @Test
    void relativePeriodsTakeTheirUnitsGranularity() {
        assertThat(apply(TimexRule.RELATIVE_PERIOD, "later this week", "DATE", "2019-12-05", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-W49");
        assertThat(apply(TimexRule.RELATIVE_PERIOD, "early next year", "DATE", "2020-01", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2020");
        assertThat(apply(TimexRule.RELATIVE_PERIOD, "late last month", "DATE", "2019-11-25", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-11");
    }

    @Test
    void rulesNeedingTheReferenceLeaveUnknownDatesAlone() {
        for (TimexRule rule : List.of(TimexRule.WEEKDAY, TimexRule.MONTH_WITHOUT_YEAR, TimexRule.TONIGHT,
                TimexRule.REPORTED_QUARTER)) {
            assertThat(apply(rule, "Monday", "DATE", "XXXX-WXX-1", null)).as(rule.name())
                    .get().extracting(TimeMention::value).isEqualTo("XXXX-WXX-1");
            assertThat(apply(rule, "July", "DATE", "XXXX-07", null)).as(rule.name())
                    .get().extracting(TimeMention::value).isEqualTo("XXXX-07");
        }
        assertThat(apply(TimexRule.WEEKEND, "the weekend", "DATE", "XXXX-WXX-WE", null))
                .get().extracting(TimeMention::value).isEqualTo("XXXX-WXX-WE");
    }

    @Test
    void aHalfOfAYearIsThatHalfAndAHalfOfAGameNoYear() {
        assertThat(apply(TimexRule.HALF_OF_YEAR, "the first half of next year", "DATE", "2020", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2020-H1");
        assertThat(apply(TimexRule.HALF_OF_YEAR, "the latter half of 2018", "DATE", "2018", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2018-H2");
        assertThat(apply(TimexRule.HALF_OF_YEAR, "the first half of the season", "DATE", "2019-12", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-12");
    }

    @Test
    void durationWithoutValueIsReadFromItsText() {
        assertThat(apply(TimexRule.DURATION_WITHOUT_VALUE, "more than four hours", "DURATION", null, WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("PT4H");
        assertThat(apply(TimexRule.DURATION_WITHOUT_VALUE, "eight trading days", "DURATION", null, WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("P8D");
        assertThat(apply(TimexRule.DURATION_WITHOUT_VALUE, "several years", "DURATION", null, WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("PXY");
    }

    @Test
    void strayFunctionWordsAreDropped() {
        assertThat(apply(TimexRule.NOT_A_TIMEX, "and", "DATE", null, WEDNESDAY)).isEmpty();
        assertThat(apply(TimexRule.NOT_A_TIMEX, "the year", "DATE", "2019", WEDNESDAY)).isPresent();
    }

    @Test
    void spansFromNowAreDurations() {
        TimeMention m = apply(TimexRule.SPAN_FROM_NOW, "the past two months", "DATE", "2019-10-04/2019-12-04", WEDNESDAY)
                .orElseThrow();
        assertThat(m.type()).isEqualTo("DURATION");
        assertThat(m.value()).isEqualTo("P2M");
        assertThat(apply(TimexRule.SPAN_FROM_NOW, "the next several years", "DATE", "FUTURE_REF", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("PXY");
    }

    @Test
    void theQuarterIsTheLastCompletedOne() {
        assertThat(apply(TimexRule.REPORTED_QUARTER, "the quarter", "DATE", "2019-Q4", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-Q3");
    }

    @Test
    void lastWeekdayIsInThePreviousWeek() {
        assertThat(apply(TimexRule.WEEKDAY, "last Monday", "DATE", "2019-12-02", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-11-25");
    }

    @Test
    void thePastYearIsADuration() {
        TimeMention m = apply(TimexRule.SPAN_FROM_NOW, "the past year", "DATE", "2019", WEDNESDAY).orElseThrow();
        assertThat(m.type()).isEqualTo("DURATION");
        assertThat(m.value()).isEqualTo("P1Y");
        assertThat(apply(TimexRule.SPAN_FROM_NOW, "last year", "DATE", "2018", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2018");
    }

    @Test
    void tonightIsTheNightOfTheReferenceDay() {
        TimeMention m = apply(TimexRule.TONIGHT, "tonight", "DATE", "2019-12-04", WEDNESDAY).orElseThrow();
        assertThat(m.type()).isEqualTo("TIME");
        assertThat(m.value()).isEqualTo("2019-12-04TNI");
    }

    @Test
    void approximatorsAreLeftOutOfTheExtent() {
        TimeMention m = apply(TimexRule.EXTENT, "about five hours", "DURATION", "PT5H", WEDNESDAY).orElseThrow();
        assertThat(m.text()).isEqualTo("five hours");
        assertThat(m.start()).isEqualTo("about ".length());
        assertThat(m.value()).isEqualTo("PT5H");
        assertThat(apply(TimexRule.EXTENT, "the weeks", "DURATION", "PXW", WEDNESDAY))
                .get().extracting(TimeMention::text).isEqualTo("weeks");
        assertThat(apply(TimexRule.EXTENT, "the week", "DATE", "2019-W49", WEDNESDAY))
                .get().extracting(TimeMention::text).isEqualTo("the week");
    }

    @Test
    void bareDayAndAnnuallyAreDropped() {
        assertThat(apply(TimexRule.NOT_A_TIMEX, "Day", "DURATION", "P1D", WEDNESDAY)).isEmpty();
        assertThat(apply(TimexRule.NOT_A_TIMEX, "annually", "SET", "P1Y", WEDNESDAY)).isEmpty();
    }

    @Test
    void theYearIsAYearLongSpan() {
        TimeMention m = apply(TimexRule.THE_YEAR, "the fiscal year", "DATE", "2019", WEDNESDAY).orElseThrow();
        assertThat(m.type()).isEqualTo("DURATION");
        assertThat(m.value()).isEqualTo("P1Y");
    }

    @Test
    void anUncountedTimeAgoIsThePastAndACountedOneKeepsItsUnit() {
        for (String text : List.of("decades ago", "several years ago", "a few months ago", "years ago")) {
            assertThat(apply(TimexRule.VAGUE_AGO, text, "DATE", "2009-12-04", WEDNESDAY)).as(text)
                    .get().extracting(TimeMention::value).isEqualTo("PAST_REF");
        }
        assertThat(apply(TimexRule.VAGUE_AGO, "two years ago", "DATE", "2017", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2017");
    }

    @Test
    void anotherUnitIsOneOfIt() {
        assertThat(apply(TimexRule.MORE_OF_A_UNIT, "another year", "DURATION", "PXY", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("P1Y");
        assertThat(apply(TimexRule.MORE_OF_A_UNIT, "another six months", "DURATION", "P6M", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("P6M");
    }

    @Test
    void aWeekdayWithAClockTimeIsResolvedLikeTheWeekdayAlone() {
        assertThat(apply(TimexRule.WEEKDAY, "10 p.m. Sunday night", "TIME", "2019-12-08T22:00", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-12-01T22:00");
        assertThat(apply(TimexRule.WEEKDAY, "Monday at 9 a.m.", "TIME", "2019-12-09T09:00", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-12-02T09:00");
    }

    @Test
    void aDeicticDayLeftWithoutValueIsCountedFromTheReference() {
        assertThat(apply(TimexRule.DEICTIC_DAY_WITHOUT_REFERENCE, "today", "DATE", null, WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-12-04");
        assertThat(apply(TimexRule.DEICTIC_DAY_WITHOUT_REFERENCE, "yesterday", "DATE", null, WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-12-03");
        assertThat(apply(TimexRule.DEICTIC_DAY_WITHOUT_REFERENCE, "today", "DATE", "2019-12-04", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-12-04");
    }

    /** Applies {@code rule} to the expression {@code expression} found first in {@code text}. */
    private static Optional<TimeMention> applyIn(TimexRule rule, String text, String expression, String type, String value) {
        Annotation bare = new Annotation(text, List.of(), List.of(), List.of());
        int start = text.indexOf(expression);
        return rule.apply(new TimeMention("doc", expression, type, value, start, start + expression.length()),
                new TimexContext(bare, WEDNESDAY));
    }

    @Test
    void aCountInBillionsIsThatManyUnits() {
        assertThat(apply(TimexRule.LARGE_COUNT, "13.8 billion years", "DURATION", "P2147483647Y", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("P13800000000Y");
        assertThat(apply(TimexRule.LARGE_COUNT, "two million years", "DURATION", "P2000000Y", WEDNESDAY))
                .get().extracting(TimeMention::value).as("a count in words is SUTime's own").isEqualTo("P2000000Y");
        assertThat(apply(TimexRule.LARGE_COUNT, "4 million decades", "DURATION", "P2147483647Y", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("P40000000Y");
    }

    @Test
    void aTimeInANewsletterSignUpIsPageFurniture() {
        assertThat(applyIn(TimexRule.PAGE_STAMP, "Harbour news\nSubscribe to our daily digest of Varda news\nMore",
                "daily", "SET", "P1D")).isEmpty();
        assertThat(applyIn(TimexRule.PAGE_STAMP, "Get the headlines in your inbox every morning.", "every morning",
                "SET", "XXXX-XX-XXTMO")).isEmpty();
        assertThat(applyIn(TimexRule.PAGE_STAMP, "Subscribe now\nThe Varda ferry sank on Friday.", "Friday", "DATE",
                "2019-11-29")).as("the line after the sign-up is the story's").isPresent();
        String paragraph = "The Varda ferry line lost a third of its subscribers this year, when fares rose twice and the "
                + "harbour closed for repairs, and the company said on Friday that it would cut its timetable again.";
        assertThat(applyIn(TimexRule.PAGE_STAMP, paragraph, "Friday", "DATE", "2019-11-29"))
                .as("a paragraph about subscribers is no sign-up").isPresent();
    }

    @Test
    void anIsoDateWithAClockTimeIsAPageStamp() {
        assertThat(applyIn(TimexRule.PAGE_STAMP, "Varda Post | Updated: 2019-11-27 17:52\nThe ferry sank on Friday.",
                "2019-11-27 17:52", "TIME", "2019-11-27T17:52")).isEmpty();
        String post = "harbourdesk2019-11-27 06:43:542019-11-27 06:53:49[Lorvik Nights] More reviews";
        assertThat(applyIn(TimexRule.PAGE_STAMP, post, "06:53:49", "TIME", "2019-11-27T06:53:49"))
                .as("the clock of a stamp goes too").isEmpty();
        assertThat(applyIn(TimexRule.PAGE_STAMP, "Varda Post | Updated: 2019-11-27 17:52\nThe ferry sank on Friday.",
                "Friday", "DATE", "2019-11-29")).as("the story after the stamp stays").isPresent();
        assertThat(applyIn(TimexRule.PAGE_STAMP, "The report of 2019-11-27 names the ferry.", "2019-11-27", "DATE",
                "2019-11-27")).as("an ISO date without a clock stays").isPresent();
        assertThat(applyIn(TimexRule.PAGE_STAMP, "The ferry left at 17:52 on Friday.", "17:52", "TIME",
                "2019-11-29T17:52")).as("a clock time in prose stays").isPresent();
    }

    @Test
    void aUnitAfterASlashIsAPrice() {
        assertThat(applyIn(TimexRule.OTHER_SENSE, "The Varda app costs $3.99/mo after a trial.", "mo", "DURATION", "P1M"))
                .isEmpty();
        assertThat(applyIn(TimexRule.OTHER_SENSE, "The Varda app costs $3.99 a month.", "a month", "DURATION", "P1M"))
                .isPresent();
    }

    @Test
    void aDayOfMonthWrittenWithOfIsResolvedLikeTheMonthAndDay() {
        assertThat(apply(TimexRule.MONTH_WITHOUT_YEAR, "the 13th of November", "DATE", "2020-11-13", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-11-13");
    }

    @Test
    void aDateOpeningALineOfAListWithoutVerbIsToCome() {
        String tour = "Tour dates:\nJune 9 -- Varda Arena, Lorvik\nJune 12 -- Harbour Hall, Ostmark\n";
        assertThat(applyIn(TimexRule.MONTH_WITHOUT_YEAR, tour, "June 9", "DATE", "2019-06-09"))
                .get().extracting(TimeMention::value).isEqualTo("2020-06-09");
        assertThat(applyIn(TimexRule.MONTH_WITHOUT_YEAR, "The band plays Varda Arena on June 9 with guests.", "June 9",
                "DATE", "2019-06-09")).get().extracting(TimeMention::value).as("in running text the nearest past one")
                .isEqualTo("2019-06-09");
    }

    @Test
    void aTimeLaterCountsFromTheStory() {
        assertThat(apply(TimexRule.NARRATIVE_ANCHOR, "eight hours later", "DATE", "2019-12-04", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("XXXX-XX-XXTXX:XX");
        assertThat(apply(TimexRule.NARRATIVE_ANCHOR, "hours later", "DATE", "2019-12-04", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("XXXX-XX-XXTXX:XX");
        assertThat(apply(TimexRule.NARRATIVE_ANCHOR, "a few years later", "DATE", "2022", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("XXXX");
        assertThat(apply(TimexRule.NARRATIVE_ANCHOR, "the later years", "DATE", "2019", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019");
    }

    @Test
    void barePastIsDropped() {
        assertThat(apply(TimexRule.NOT_A_TIMEX, "past", "DATE", "PAST_REF", WEDNESDAY)).isEmpty();
        assertThat(apply(TimexRule.NOT_A_TIMEX, "the past", "DATE", "PAST_REF", WEDNESDAY)).isPresent();
    }

    /** {@code words} as one sentence of tokens with the given tags, separated by single spaces. */
    private static Annotation tagged(String... wordsAndTags) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < wordsAndTags.length; i += 2) {
            int start = text.length();
            text.append(wordsAndTags[i]).append(' ');
            tokens.add(new Token(i / 2, wordsAndTags[i], wordsAndTags[i], wordsAndTags[i + 1], "O", start,
                    start + wordsAndTags[i].length()));
        }
        return new Annotation(text.toString(), List.of(new Sentence(0, 0, text.length(), tokens, List.of())),
                List.of(), List.of());
    }

    private static Optional<TimeMention> applyTo(TimexRule rule, Annotation a, String expression) {
        int start = a.text().indexOf(expression);
        return rule.apply(new TimeMention("doc", expression, "DATE", "2019-SU", start, start + expression.length()),
                new TimexContext(a, WEDNESDAY));
    }

    @Test
    void aSeasonBeforeAHappeningStaysATimeAndBeforeAThingIsNone() {
        assertThat(applyTo(TimexRule.OTHER_SENSE, tagged("a", "DT", "summer", "NN", "launch", "NN"), "summer")).isPresent();
        assertThat(applyTo(TimexRule.OTHER_SENSE, tagged("the", "DT", "morning", "NN", "commute", "NN"), "morning")).isPresent();
        assertThat(applyTo(TimexRule.OTHER_SENSE, tagged("for", "IN", "winter", "NN", "wheat", "NN"), "winter")).isEmpty();
    }

    @Test
    void daytimeOrNighttimeBeforeANounIsNoTime() {
        assertThat(applyTo(TimexRule.OTHER_SENSE, tagged("with", "IN", "daytime", "NN", "running", "VBG", "lights", "NNS"),
                "daytime")).isEmpty();
        assertThat(applyTo(TimexRule.OTHER_SENSE, tagged("a", "DT", "nighttime", "NN", "tonic", "NN"), "nighttime")).isEmpty();
        assertThat(applyTo(TimexRule.OTHER_SENSE, tagged("in", "IN", "daytime", "NN", "hours", "NNS"), "daytime")).isPresent();
        assertThat(applyTo(TimexRule.OTHER_SENSE, tagged("in", "IN", "the", "DT", "nighttime", "NN", ",", ","), "nighttime"))
                .isPresent();
    }

    @Test
    void aWeekdayUnderUpNextIsToCome() {
        String report = "The Lorvik Owls beat Varda 3-1.\n\nUP NEXT\n\nOwls: Host Ostmark on Friday.\n";
        assertThat(applyIn(TimexRule.WEEKDAY, report, "Friday", "DATE", "2019-11-29"))
                .get().extracting(TimeMention::value).isEqualTo("2019-12-06");
        assertThat(applyIn(TimexRule.WEEKDAY, "The Lorvik Owls hosted Ostmark on Friday.\n", "Friday", "DATE",
                "2019-11-29")).get().extracting(TimeMention::value).isEqualTo("2019-11-29");
    }

    @Test
    void aSecondsDurationWithAnOrdinalSecondIsNone() {
        assertThat(apply(TimexRule.OTHER_SENSE, "a second night", "DURATION", "PT1S", WEDNESDAY)).isEmpty();
        assertThat(apply(TimexRule.OTHER_SENSE, "a second night", "DATE", null, WEDNESDAY)).isEmpty();
        assertThat(apply(TimexRule.OTHER_SENSE, "a second night", "DATE", "2019-12-04TNI", WEDNESDAY))
                .as("valued, not as seconds: left to the other rules").isPresent();
        assertThat(apply(TimexRule.OTHER_SENSE, "one second", "DURATION", "PT1S", WEDNESDAY)).isPresent();
        assertThat(apply(TimexRule.OTHER_SENSE, "a split second", "DURATION", "PT1S", WEDNESDAY)).isPresent();
    }

    @Test
    void aDecimalCountKeepsItsFraction() {
        assertThat(apply(TimexRule.FRACTIONAL_AMOUNT, "4.5 seconds", "DURATION", "PT4S", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("PT4.5S");
        assertThat(apply(TimexRule.FRACTIONAL_AMOUNT, "about 2.7 years", "DURATION", "P2Y", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("P2.7Y");
        assertThat(apply(TimexRule.FRACTIONAL_AMOUNT, "1.5 hours", "DURATION", "PT1H", WEDNESDAY))
                .get().extracting(TimeMention::value).as("a whole number of minutes").isEqualTo("PT1H30M");
        assertThat(apply(TimexRule.FRACTIONAL_AMOUNT, "2.5 decades", "DURATION", "P20Y", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("P25Y");
        assertThat(apply(TimexRule.FRACTIONAL_AMOUNT, "1.5 kilometres", "DURATION", "PT1H", WEDNESDAY))
                .get().extracting(TimeMention::value).as("no unit of time: SUTime's").isEqualTo("PT1H");
    }

    @Test
    void aHalfIsHalfAUnit() {
        assertThat(apply(TimexRule.FRACTIONAL_AMOUNT, "half an hour", "DURATION", "PT1H", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("PT30M");
        assertThat(apply(TimexRule.FRACTIONAL_AMOUNT, "three and a half years", "DURATION", "P3Y", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("P3Y6M");
        assertThat(apply(TimexRule.FRACTIONAL_AMOUNT, "a day and a half", "DURATION", "P1D", WEDNESDAY))
                .get().extracting(TimeMention::value).as("no smaller unit of the same part").isEqualTo("P1.5D");
        assertThat(apply(TimexRule.FRACTIONAL_AMOUNT, "the first half of the year", "DATE", "2019", WEDNESDAY))
                .get().extracting(TimeMention::value).as("a half of a date is no duration").isEqualTo("2019");
    }

    @Test
    void aHalfBeforeOneUnitJoinsItsExtent() {
        Annotation a = tagged("the", "DT", "ferry", "NN", "waited", "VBD", "half", "PDT", "an", "DT", "hour", "NN");
        int start = a.text().indexOf("an hour");
        TimeMention m = TimexRule.FRACTIONAL_AMOUNT.apply(new TimeMention("doc", "an hour", "DURATION", "PT1H", start,
                start + 7), new TimexContext(a, WEDNESDAY)).orElseThrow();
        assertThat(m.text()).isEqualTo("half an hour");
        assertThat(m.start()).isEqualTo(a.text().indexOf("half"));
        assertThat(m.value()).isEqualTo("PT30M");
    }

    @Test
    void yearsAgoTodayIsThatDay() {
        assertThat(apply(TimexRule.QUANTITY_AGO, "20 years ago today", "DURATION", "P20Y", WEDNESDAY))
                .get().extracting(TimeMention::type, TimeMention::value).containsExactly("DATE", "1999-12-04");
        assertThat(apply(TimexRule.QUANTITY_AGO, "three months ago today", "DURATION", "P3M", null))
                .get().extracting(TimeMention::value).as("no reference date").isEqualTo("XXXX-XX-XX");
        assertThat(apply(TimexRule.QUANTITY_AGO, "20 years ago", "DATE", "1999", WEDNESDAY))
                .get().extracting(TimeMention::value).as("without today: the year").isEqualTo("1999");
    }

    @Test
    void minutesOrHoursAgoAreOnThePublicationDay() {
        assertThat(apply(TimexRule.QUANTITY_AGO, "20 minutes ago", "DATE", "2019-12-03", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-12-04");
        assertThat(apply(TimexRule.QUANTITY_AGO, "three hours ago", "DATE", "2019-12-03", WEDNESDAY))
                .get().extracting(TimeMention::value).isEqualTo("2019-12-04");
        assertThat(apply(TimexRule.QUANTITY_AGO, "36 hours ago", "DATE", "2019-12-02", WEDNESDAY))
                .get().extracting(TimeMention::value).as("a day or more without a time of publication: SUTime's")
                .isEqualTo("2019-12-02");
        Annotation bare = new Annotation("five hours ago", List.of(), List.of(), List.of());
        TimexContext early = new TimexContext(bare, WEDNESDAY, PublicationTime.of("2019-12-04T03:10:00").orElseThrow());
        assertThat(TimexRule.QUANTITY_AGO.apply(new TimeMention("doc", "five hours ago", "DATE", "2019-12-04", 0, 14),
                early)).get().extracting(TimeMention::value).as("before 03:10 is the day before").isEqualTo("2019-12-03");
    }

    @Test
    void aRangeOfCountsIsMarkedWholeWithItsLowerBound() {
        assertThat(applyIn(TimexRule.COUNT_RANGE, "the glaze sets in 12-36 hours", "hours", "DURATION", "PXH"))
                .get().satisfies(m -> {
                    assertThat(m.text()).isEqualTo("12-36 hours");
                    assertThat(m.value()).isEqualTo("PT12H");
                });
        assertThat(applyIn(TimexRule.COUNT_RANGE, "fever comes after one-to-five days", "days", "DURATION", "PXD"))
                .get().extracting(TimeMention::text, TimeMention::value).containsExactly("one-to-five days", "P1D");
        assertThat(applyIn(TimexRule.COUNT_RANGE, "the Varda talks went on day-to-day for days", "days", "DURATION", "PXD"))
                .get().extracting(TimeMention::text, TimeMention::value).as("no counts").containsExactly("days", "PXD");
        assertThat(applyIn(TimexRule.COUNT_RANGE, "repairs take two to four weeks", "four weeks", "DURATION", "P4W"))
                .get().extracting(TimeMention::text, TimeMention::value).containsExactly("two to four weeks", "P2W");
        assertThat(applyIn(TimexRule.COUNT_RANGE, "the Owls won 3-1 hours before", "hours", "DURATION", "PXH"))
                .get().extracting(TimeMention::value).as("not a rising range: a score").isEqualTo("PXH");
        assertThat(applyIn(TimexRule.COUNT_RANGE, "over the next 12 to 18 months", "the next 12 to 18 months", "DURATION",
                "P18M")).get().extracting(TimeMention::text, TimeMention::value).as("a range inside a longer extent")
                .containsExactly("the next 12 to 18 months", "P12M");
        assertThat(applyIn(TimexRule.COUNT_RANGE, "it strained the pact for the next two to three years", "the next two to three years",
                "DURATION", "P3Y")).get().extracting(TimeMention::value).isEqualTo("P2Y");
        assertThat(applyIn(TimexRule.COUNT_RANGE, "it strained the pact for the next three years", "the next three years",
                "DURATION", "P3Y")).get().extracting(TimeMention::value).as("no range").isEqualTo("P3Y");
        assertThat(applyIn(TimexRule.COUNT_RANGE, "the ferry rocked for between eight and 12 seconds", "12 seconds",
                "DURATION", "PT12S")).get().extracting(TimeMention::text, TimeMention::value)
                .containsExactly("eight and 12 seconds", "PT8S");
        assertThat(applyIn(TimexRule.COUNT_RANGE, "it sailed between Lorvik and Varda for 12 hours", "12 hours",
                "DURATION", "PT12H")).get().extracting(TimeMention::text, TimeMention::value).as("no count after between")
                .containsExactly("12 hours", "PT12H");
    }

    @Test
    void aNumberAfterACodeOfCapitalsInAProductSeriesIsNoYear() {
        String cards = "The Zenta GX 1460 beats the older GX 1140 and nearly matches the VRX 2070 in speed.";
        assertThat(applyIn(TimexRule.NUMBER_NOT_YEAR, cards, "2070", "DATE", "2070")).as("a model of a series").isEmpty();
        assertThat(applyIn(TimexRule.NUMBER_NOT_YEAR, "Candidates in Varda sat the UPSC 2019 exam.", "2019", "DATE", "2019"))
                .as("a code with no number that can be no year names an exam of that year").isPresent();
        assertThat(applyIn(TimexRule.NUMBER_NOT_YEAR, "The GX 1460 came out in 2019.", "2019", "DATE", "2019"))
                .as("a year after no code").isPresent();
    }

    @Test
    void aMeasureIsNoYear() {
        assertThat(applyIn(TimexRule.NUMBER_NOT_YEAR, "The Varda ferry sails 930 miles (1500 km) a week.", "1500", "DATE",
                "1500")).as("a number before a unit").isEmpty();
        assertThat(applyIn(TimexRule.NUMBER_NOT_YEAR, "The Lorvik site needs a screen of 1280*1024 or more.", "1280",
                "DATE", "1280")).as("a number before a times sign").isEmpty();
        assertThat(applyIn(TimexRule.NUMBER_NOT_YEAR, "In 1990 the Varda ferry sailed 40 km a day.", "1990", "DATE",
                "1990")).as("a year with a measure after it").isPresent();
        assertThat(applyIn(TimexRule.NUMBER_NOT_YEAR, "The Varda ferry first sailed in 1990 x-ray checks aside.", "1990",
                "DATE", "1990")).as("a letter x starting a word").isPresent();
    }

    @Test
    void aYearJoinedToADurationIsNoPartOfIt() {
        assertThat(applyIn(TimexRule.YEAR_JOINED, "the Owls played at Cup 2016 two weeks ago", "2016 two weeks ago",
                "DATE", null)).get().extracting(TimeMention::text, TimeMention::start)
                .containsExactly("two weeks ago", 28);
        assertThat(applyIn(TimexRule.YEAR_JOINED, "the party split in 2014 following years of strife", "2014 following years",
                "DURATION", "PXY")).get().extracting(TimeMention::text, TimeMention::type, TimeMention::value)
                .containsExactly("2014", "DATE", "2014");
        assertThat(applyIn(TimexRule.YEAR_JOINED, "in its 2019 first quarter", "2019 first quarter", "DATE", "2019-Q1"))
                .get().extracting(TimeMention::text).as("no plural unit").isEqualTo("2019 first quarter");
    }

    @Test
    void theYearOfAZodiacSignIsItsYearNearestTheReference() {
        assertThat(applyIn(TimexRule.THE_YEAR, "Varda built its pier in the year of the rooster.", "the year", "DURATION",
                "P1Y")).get().extracting(TimeMention::type, TimeMention::value).containsExactly("DATE", "2017");
        assertThat(applyIn(TimexRule.THE_YEAR, "Lorvik will open its fair in the year of the rat.", "the year", "DURATION",
                "P1Y")).get().extracting(TimeMention::value).isEqualTo("2020");
        assertThat(applyIn(TimexRule.THE_YEAR, "Varda was rebuilt in the year of the flood.", "the year", "DURATION", "P1Y"))
                .get().extracting(TimeMention::value).as("no sign of the zodiac").isEqualTo("P1Y");
    }

    @Test
    void idiomsOfTimeWordsTellNoTime() {
        assertThat(applyIn(TimexRule.IDIOM, "At the end of the day, the Varda ferry is a lifeline.", "the end of the day",
                "DATE", "2019-12-04")).isEmpty();
        assertThat(applyIn(TimexRule.IDIOM, "At the end of the day the ferry left Lorvik.", "the end of the day",
                "DATE", "2019-12-04")).as("no comma: the day's end").isPresent();
        assertThat(applyIn(TimexRule.IDIOM, "Who pays for it? That's for another day.", "another day", "DURATION", "P1D"))
                .isEmpty();
        assertThat(applyIn(TimexRule.IDIOM, "It is a story for another time.", "another time", "DATE", null)).isEmpty();
        assertThat(applyIn(TimexRule.IDIOM, "The ferry stayed in Lorvik for another day.", "another day", "DURATION", "P1D"))
                .as("a day more").isPresent();
        assertThat(applyIn(TimexRule.IDIOM, "Every now and then the Varda ferry stalls.", "now", "DATE", "PRESENT_REF"))
                .isEmpty();
        assertThat(applyIn(TimexRule.IDIOM, "The ferry stalls now and again.", "now", "DATE", "PRESENT_REF")).isEmpty();
        assertThat(applyIn(TimexRule.IDIOM, "The ferry sails now and the pier stays open.", "now", "DATE", "PRESENT_REF"))
                .as("now and a clause").isPresent();
    }

    @Test
    void aTimeEndingAPhotoCaptionIsPageFurniture() {
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "The ferry sank.\nA guard post is seen in Lorvik today\nThe crew fled.",
                "today", "DATE", "2019-12-04")).isEmpty();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "The ferry sank.\nvardapics.co.uk Crowds gather at the pier last night\n",
                "last night", "TIME", "2019-12-03TNI")).as("a credit opens the line").isEmpty();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "A guard post is seen in Lorvik today.\nThe crew fled.", "today", "DATE",
                "2019-12-04")).as("a sentence of the story").isPresent();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "Jan Roe (pictured) sold the ferry line on Friday\nThe crew fled.",
                "Friday", "DATE", "2019-11-29")).as("a summary line naming someone pictured").isPresent();
    }

    @Test
    void aTimeEndingACaptionThatPlacesSomeoneInThePictureOrPosesThemIsPageFurniture() {
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "The ferry sank.\nSinger Ula Brin (left) and her band cheered the crew at the"
                + " pier on Friday night\nThe crew fled.", "Friday night", "TIME", "2019-11-29TNI")).isEmpty();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "The ferry sank.\nCaptain Ivo Lund holds the harbour cup as the crew arrives"
                + " in Lorvik on Thursday morning\nThe crew fled.", "Thursday morning", "TIME", "2019-12-05TMO")).isEmpty();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "Lorvik fans celebrate on the quay on Friday night\nThe crew fled.",
                "Friday night", "TIME", "2019-11-29TNI")).as("fans celebrate, no stop").isEmpty();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "Lorvik fans celebrate on the quay on Friday night.\nThe crew fled.",
                "Friday night", "TIME", "2019-11-29TNI")).as("a sentence of the story").isPresent();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "Lorvik fans plan to celebrate on the quay on Friday night\nThe crew fled.",
                "Friday night", "TIME", "2019-11-29TNI")).as("an infinitive tells no picture").isPresent();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "Captain Ivo Lund will hold the harbour cup on Friday\nThe crew fled.",
                "Friday", "DATE", "2019-12-06")).as("a future tells no picture").isPresent();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "The ferry sank.\nA still from harbour footage shows the ferry at the quay on"
                + " March 2, 2019\nThe crew fled.", "March 2, 2019", "DATE", "2019-03-02")).as("what footage shows").isEmpty();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "Harbour footage shows the ferry left the quay on March 2, 2019.\nThe crew fled.",
                "March 2, 2019", "DATE", "2019-03-02")).as("a sentence of the story").isPresent();
        assertThat(applyIn(TimexRule.PHOTO_CAPTION, "Lorvik fans (pictured) sailed home on Friday night\nThe crew fled.",
                "Friday night", "TIME", "2019-11-29TNI")).as("a summary line naming someone pictured").isPresent();
    }

    @Test
    void agesOfGroupsAndJoinedNounsAreNoDurations() {
        assertThat(applyIn(TimexRule.AGE, "A crowd of 17-year-olds fled.", "17-year-olds", "DURATION", "PXY")).isEmpty();
        assertThat(applyIn(TimexRule.AGE, "A 43-year-old-man fell ill.", "43-year-old-man", "DURATION", "P43Y")).isEmpty();
        assertThat(applyIn(TimexRule.AGE, "A 17-year wait ended.", "17-year", "DURATION", "P17Y")).isPresent();
    }

    @Test
    void aGameClockIsNoTimeOfDay() {
        List<String[]> clocks = List.of(new String[] {"The Owls scored twice in the final 4:29 of regulation.", "4:29"},
                new String[] {"Orlan tied it with 1:12 left in Varda.", "1:12"},
                new String[] {"Orlan won it 2:55 into overtime.", "2:55"},
                new String[] {"Orlan scored at 12:30 of the second period.", "12:30"});
        for (String[] c : clocks) {
            assertThat(applyIn(TimexRule.GAME_CLOCK, c[0], c[1], "TIME", "XXXX-XX-XXTXX:XX")).as(c[0]).isEmpty();
        }
        assertThat(applyIn(TimexRule.GAME_CLOCK, "The Lorvik ferry left at 4:29 and docked in Varda.", "4:29", "TIME",
                "2019-12-04T04:29")).as("a clock time of the day").isPresent();
        assertThat(applyIn(TimexRule.GAME_CLOCK, "The ferry left at 4:29 p.m. with 80 cars remaining.", "4:29 p.m.", "TIME",
                "2019-12-04T16:29")).as("a time with p.m. is of the day").isPresent();
    }

    @Test
    void aWeekendJoinedToAWeekTakesItsPointer() {
        assertThat(applyIn(TimexRule.WEEKEND, "Storms hit Varda last week and weekend.", "weekend", "DATE", "2019-W47-WE"))
                .get().extracting(TimeMention::value).as("last weekend: the one before").isEqualTo("2019-W48-WE");
        assertThat(applyIn(TimexRule.WEEKEND, "Storms hit Varda this week and weekend.", "weekend", "DATE", "2019-W47-WE"))
                .get().extracting(TimeMention::value).as("this weekend, no tense known: to come").isEqualTo("2019-W49-WE");
        assertThat(applyIn(TimexRule.WEEKEND, "Storms hit Varda next week and weekend.", "weekend", "DATE", "2019-W47-WE"))
                .get().extracting(TimeMention::value).isEqualTo("2019-W49-WE");
        assertThat(applyIn(TimexRule.WEEKEND, "Storms hit Varda on a long weekend.", "weekend", "DATE", "2019-W47-WE"))
                .get().extracting(TimeMention::value).as("no week before: left").isEqualTo("2019-W47-WE");
    }
}
