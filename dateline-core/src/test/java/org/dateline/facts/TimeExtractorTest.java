package org.dateline.facts;

import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each case is a sentence of our own, annotated by CoreNLP (loaded once) and read by {@link TimeExtractor}. */
class TimeExtractorTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 12, 4);
    private static Annotator annotator;
    private final TimeExtractor extractor = new TimeExtractor();

    @BeforeAll
    static void load() {
        annotator = Annotator.forPreset(Preset.TIMES);
    }

    private List<TimeMention> times(String text, LocalDate reference) {
        Annotation a = annotator.annotate(text, reference);
        List<TimeMention> out = extractor.extract("doc", a, reference);
        for (TimeMention m : out) {
            assertThat(text.substring(m.start(), m.end())).as("evidence of %s", m).isEqualTo(m.text());
            assertThat(m.article()).isEqualTo("doc");
        }
        return out;
    }

    /** The value of the expression whose text is {@code expression}. */
    private String value(String text, LocalDate reference, String expression) {
        return value(text, reference, null, expression);
    }

    /** The value of {@code expression} in an article stamped {@code published} (an ISO date-time, or null). */
    private String value(String text, LocalDate reference, String published, String expression) {
        Annotation a = annotator.annotate(text, reference);
        List<TimeMention> found = extractor.extract("doc", a, reference, published);
        return found.stream().filter(m -> m.text().equals(expression)).map(TimeMention::value).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + expression + "' in " + found));
    }

    @Test
    void pastWeekdayIsTheOneBeforePublication() {
        assertThat(value("The envoy of Lunaria said on Monday that the talks had failed.", WEDNESDAY, "Monday"))
                .isEqualTo("2019-12-02");
    }

    @Test
    void futureWeekdayIsTheOneAfterPublication() {
        assertThat(value("The delegations will meet again on Monday in Varda.", WEDNESDAY, "Monday"))
                .isEqualTo("2019-12-09");
    }

    @Test
    void beforeWithAnObjectIsLeftOutOfTheDate() {
        List<TimeMention> found = times("Ms. Orlan is due to appear on Friday before a panel of judges in Varda.",
                WEDNESDAY);
        assertThat(found).extracting(TimeMention::text).containsExactly("Friday");
        assertThat(found.get(0).value()).isEqualTo("2019-12-06");
    }

    @Test
    void beforeEndingTheClauseStaysInTheDate() {
        assertThat(times("The rebels crossed the river on Sunday. They had massed on the Friday before.", WEDNESDAY))
                .extracting(TimeMention::text).contains("Friday before");
    }

    @Test
    void laterThisWeekIsTheReferenceWeek() {
        assertThat(value("A second round is expected later this week, officials said.", WEDNESDAY,
                "later this week")).isEqualTo("2019-W49");
    }

    @Test
    void lateLastMonthIsThePreviousMonth() {
        assertThat(value("The ceasefire collapsed late last month after a border clash.", WEDNESDAY,
                "late last month")).isEqualTo("2019-11");
    }

    @Test
    void aMonthThisYearTakesTheReferenceYear() {
        List<TimeMention> found = times("The treaty was signed in April this year in Varda.", WEDNESDAY);
        assertThat(found).extracting(TimeMention::value).containsExactly("2019-04");
    }

    @Test
    void monthWithoutYearIsTheNearestOne() {
        assertThat(value("The ministers met in November to prepare the summit.", WEDNESDAY, "November"))
                .isEqualTo("2019-11");
        assertThat(value("The army withdrew in January, the report said.", LocalDate.of(2020, 2, 10), "January"))
                .isEqualTo("2020-01");
        assertThat(value("The summit will open in February.", WEDNESDAY, "February")).isEqualTo("2020-02");
    }

    @Test
    void withoutReferenceTheYearStaysUnknown() {
        List<TimeMention> found = times("The accord was signed on December 2 in Varda.", null);
        assertThat(found).extracting(TimeMention::value).containsExactly("XXXX-12-02");
    }

    @Test
    void nowIsThePresentReference() {
        assertThat(value("The border is now closed to all trucks.", WEDNESDAY, "now")).isEqualTo("PRESENT_REF");
    }

    @Test
    void thisWeekIsAnIsoWeek() {
        assertThat(value("Negotiators arrived in Varda this week.", WEDNESDAY, "this week")).isEqualTo("2019-W49");
    }

    @Test
    void durationsAreIsoPeriods() {
        TimeMention m = times("The blockade lasted three years.", WEDNESDAY).get(0);
        assertThat(m.type()).isEqualTo("DURATION");
        assertThat(m.value()).isEqualTo("P3Y");
    }

    @Test
    void quantityAgoHasTheGranularityOfItsUnit() {
        assertThat(value("The dam was built two years ago by a Lunarian firm.", WEDNESDAY, "two years ago"))
                .isEqualTo("2017");
        assertThat(value("The road reopened three months ago.", WEDNESDAY, "three months ago")).isEqualTo("2019-09");
    }

    @Test
    void agesAreNotDurations() {
        assertThat(times("A 52-year-old farmer from Varda was wounded.", WEDNESDAY)).isEmpty();
        assertThat(times("The farmer, who is 52 years old, was wounded.", WEDNESDAY)).isEmpty();
    }

    @Test
    void decadesAndCenturiesAreTheirLeadingDigits() {
        assertThat(value("The dispute goes back to the 1990s.", WEDNESDAY, "the 1990s")).isEqualTo("199");
        assertThat(value("It was the longest war of the 20th century.", WEDNESDAY, "the 20th century"))
                .isEqualTo("19");
    }

    @Test
    void clockTimesCarryNoZone() {
        List<TimeMention> found = times("The vote was postponed until 15:00 GMT on Saturday.", WEDNESDAY);
        assertThat(found).extracting(TimeMention::value).allSatisfy(v -> assertThat(v).doesNotContain("+0000"));
    }

    @Test
    void vagueClockDurationsHaveNoT() {
        assertThat(value("The plane took off minutes before the strike.", WEDNESDAY, "minutes")).isEqualTo("PXM");
    }

    @Test
    void adverbsOfFrequencyAreNotTimexes() {
        assertThat(times("Varda was once a trading town, and its council previously met quarterly.", WEDNESDAY))
                .isEmpty();
    }

    @Test
    void pastWeekendIsTheOneBefore() {
        assertThat(value("Rebels shelled the town over the weekend, the mayor said.", WEDNESDAY, "the weekend"))
                .isEqualTo("2019-W48-WE");
    }

    @Test
    void aYearAgoNextToAQuarterIsThatQuarterAYearEarlier() {
        assertThat(value("Profit in the third quarter rose to $5 million from $3 million a year ago.",
                LocalDate.of(2019, 10, 20), "a year ago")).isEqualTo("2018-Q3");
    }

    @Test
    void hyphenatedPartsOfMonthsAndYearsAreFound() {
        List<TimeMention> found = times("Fighting resumed in mid-November, as it had in mid-1996.", WEDNESDAY);
        assertThat(found).extracting(TimeMention::text).contains("mid-November", "mid-1996");
        assertThat(value("Fighting resumed in mid-November, as it had in mid-1996.", WEDNESDAY, "mid-November"))
                .isEqualTo("2019-11");
        assertThat(value("Fighting resumed in mid-November.", null, "mid-November")).isEqualTo("XXXX-11");
    }

    @Test
    void withoutReferenceRelativeExpressionsKeepOnlyTheirGranularity() {
        String text = "Talks failed last year. They resume later this week. The rebels left yesterday.";
        List<TimeMention> found = times(text, null);
        assertThat(found).extracting(TimeMention::value).containsExactly("XXXX", "XXXX-WXX", "XXXX-XX-XX");
        assertThat(found).extracting(TimeMention::type).containsOnly("DATE");
        assertThat(value("The dam was built two years ago.", null, "two years ago")).isEqualTo("XXXX");
        assertThat(value("The envoy arrives tonight.", null, "tonight")).isEqualTo("XXXX-XX-XXTNI");
    }

    @Test
    void aRangeOfYearsIsTwoYears() {
        List<TimeMention> found = times("The drought of 2009-2010 was worse than the floods of 1998-99.", WEDNESDAY);
        assertThat(found).extracting(TimeMention::text).containsExactly("2009", "2010", "1998", "99");
        assertThat(found).extracting(TimeMention::value).containsExactly("2009", "2010", "1998", "1999");
        assertThat(found).extracting(TimeMention::type).containsOnly("DATE");
        assertThat(times("The score was 2009-1450 after the vote.", WEDNESDAY)).extracting(TimeMention::value)
                .doesNotContain("2009", "1450");
    }

    @Test
    void aRecurringPartOfTheDayIsThatPartOfAnUnknownDay() {
        assertThat(value("The guards check the bridge every morning.", WEDNESDAY, "every morning"))
                .isEqualTo("XXXX-XX-XXTMO");
    }

    @Test
    void overTheNextDecadeIsADurationButTheNextYearAloneIsAYear() {
        assertThat(value("Output should double over the next decade, the ministry said.", WEDNESDAY, "the next decade"))
                .isEqualTo("P10Y");
        assertThat(value("Elections are due within the next year.", WEDNESDAY, "the next year")).isEqualTo("P1Y");
        assertThat(value("The treaty expires the next year.", WEDNESDAY, "the next year")).isNotEqualTo("P1Y");
    }

    @Test
    void aWeekdayOrMonthTakesTheDirectionOfItsClause() {
        assertThat(value("The former chief will testify before the committee starting Tuesday.", WEDNESDAY, "Tuesday"))
                .isEqualTo("2019-12-10");
        LocalDate newYear = LocalDate.of(2018, 1, 1);
        assertThat(value("In February, the ministry asked the agency to study the plan.", newYear, "February"))
                .isEqualTo("2017-02");
        assertThat(value("The agency will publish its report in November.", WEDNESDAY, "November")).isEqualTo("2020-11");
    }

    @Test
    void tomorrowsWeekdayInAnEveningReportIsTheNextDay() {
        LocalDate thursday = LocalDate.of(2017, 9, 14);
        String text = "Lunaria tested another rocket on Friday, officials in Varda said.";
        assertThat(value(text, thursday, "2017-09-14T22:20:37", "Friday")).isEqualTo("2017-09-15");
        assertThat(value(text, thursday, "2017-09-14T09:10:00", "Friday")).isEqualTo("2017-09-08");
    }

    @Test
    void clockTimesAreNeverYearsAndTakeTheDayOfTheirZone() {
        LocalDate saturday = LocalDate.of(2017, 9, 16);
        String text = "The probe crossed the border at about 9:40 am (2340 GMT), the army said.";
        List<TimeMention> found = extractor.extract("doc", annotator.annotate(text, saturday), saturday,
                "2017-09-16T10:25:20");
        assertThat(found).extracting(TimeMention::text).contains("2340 GMT");
        assertThat(found).extracting(TimeMention::value).contains("2017-09-15T23:40").doesNotContain("2340");
        assertThat(value("The drone was shot down near the coast shortly after 7am (11pm BST).", LocalDate.of(2017, 8, 29),
                "2017-08-29T17:12:16", "11pm BST")).isEqualTo("2017-08-28T23:00");
        assertThat(value("The last ferry of the day is at 9 p.m. ET.", LocalDate.of(2019, 11, 21),
                "2019-11-21T01:00:00Z", "9 p.m.")).isEqualTo("2019-11-20T21:00");
    }

    @Test
    void aDottedClockTimeIsHoursAndMinutes() {
        assertThat(value("The neighbours heard the bang at roughly 5.45am, police said.", WEDNESDAY, "5.45am"))
                .isEqualTo("2019-12-04T05:45");
        assertThat(value("The polls close at 9.30 p.m. in the capital.", WEDNESDAY, "9.30 p.m."))
                .isEqualTo("2019-12-04T21:30");
    }

    @Test
    void aFeastWithoutYearIsTheNearestOne() {
        assertThat(value("Our ferry reached Varda on New Year's Eve, shortly before dawn.", LocalDate.of(2018, 1, 1),
                "New Year's Eve")).isEqualTo("2017-12-31");
    }

    @Test
    void timesCountedFromTheStoryKeepOnlyTheirGranularity() {
        assertThat(value("The club won again, 73 years later, and the town partied.", WEDNESDAY, "73 years later"))
                .isEqualTo("XXXX");
        assertThat(value("The singer rehearsed again the next morning, her manager said.", WEDNESDAY, "the next morning"))
                .isEqualTo("XXXX-XX-XXTMO");
        assertThat(value("Prices should settle over the following year, the bank said.", WEDNESDAY, "the following year"))
                .isEqualTo("P1Y");
    }

    @Test
    void timeWordsInOtherSensesAreNotTimes() {
        for (String text : List.of(
                "Shops in Varda cut the price of kettles for Black Friday sales.",
                "The crash was first reported by the Varda Today newspaper.",
                "Readers queued to have their Dusk novels signed by the author.",
                "The new coupe comes in a midnight blue finish.",
                "The talks began soon after the fall of the old regime.",
                "The reverse current damaged the motor.",
                "The dealer in Varda sold a 2015 Toyota Corolla to the mayor.",
                "A second rocket left the Varda pad an hour apart.",
                "Varda harbour fell silent when the Second World War began.",
                "The ferry sank, the regional daily Varda Post reported.",
                "The Varda coupe reaches 100 kilometres per hour quickly.",
                "A Varda bus stalled in the evening rush hour on the bridge.",
                "Lund and Weeks were released by their captors in Varda.",
                "The two Varda coaches shared a bench the past six seasons.",
                "The Varda keeper still starts games in his 19th year as a pro.",
                "Thousands joined a march through Varda to the harbour.")) {
            assertThat(times(text, WEDNESDAY)).as(text).extracting(TimeMention::text)
                    .doesNotContain("Friday", "Today", "Dusk", "midnight", "fall", "current", "2015", "A second", "the Second",
                            "daily", "hour", "Weeks", "the past", "19th year", "march");
        }
        assertThat(times("The Varda ferry sank in March.", WEDNESDAY)).extracting(TimeMention::text).contains("March");
        assertThat(times("The Varda ferry sank on Friday.", WEDNESDAY)).extracting(TimeMention::text).contains("Friday");
        assertThat(times("The Varda envoys held a daily briefing and paused for a second later.", WEDNESDAY))
                .extracting(TimeMention::text).contains("daily");
    }

    @Test
    void aClipLengthIsNoClockTime() {
        List<TimeMention> found = times("Watch: the envoy speaks in Varda 01:12\nTalks resumed at 10:30 on Monday.", WEDNESDAY);
        assertThat(found).extracting(TimeMention::text).doesNotContain("01:12");
    }

    @Test
    void theseDaysIsThePresentAndCountedMoreUnitsAreDurations() {
        assertThat(value("The Varda singer fronts a jazz trio these days.", WEDNESDAY, "these days")).isEqualTo("PRESENT_REF");
        assertThat(value("Varda faces two more years of roadworks, the mayor warned.", WEDNESDAY, "two more years")).isEqualTo("P2Y");
        assertThat(value("The Varda fans must wait for another year.", WEDNESDAY, "another year")).isEqualTo("P1Y");
        assertThat(value("Decades ago the island of Varda had a railway.", WEDNESDAY, "Decades ago")).isEqualTo("PAST_REF");
    }

    @Test
    void aClockTimeOnAWeekdayTakesTheWeekdaysDay() {
        assertThat(value("The Varda fire alarm rang at 10 p.m. Sunday night.", LocalDate.of(2019, 12, 2),
                "10 p.m. Sunday night")).isEqualTo("2019-12-01T22:00");
    }

    @Test
    void pageStampsAreNoTimesOfTheStory() {
        String text = """
                The ferry left Lorvik on Monday, November 25, 2019.
                Our ferry is finally moving again! — Jane Roe (@janeroe_sea) November 25, 2019
                A word from the desk: the article was last updated at 4:20 p.m. with remarks by the harbour master.
                Updated: 9:10 a.m.
                The next crossing was updated at 6 p.m. on Tuesday.
                """;
        List<String> found = times(text, WEDNESDAY).stream().map(TimeMention::text).toList();
        assertThat(found).as("the story's own date stays").contains("Monday, November 25, 2019")
                .doesNotContain("November 25, 2019", "4:20 p.m.", "9:10 a.m.")
                .as("a schedule changed is no update note").anyMatch(t -> t.contains("6 p.m."));
    }

    @Test
    void aTitleOfHonourIsNoTime() {
        List<String> found = times("Marta Kessler was named Coach of the Year, her second award since 2015. She coached "
                + "every game of the year.", WEDNESDAY).stream().map(TimeMention::text).toList();
        assertThat(found).contains("2015", "the year").doesNotContain("the Year");
    }

    @Test
    void aSeasonOrPartOfTheDayBeforeANounClassifiesIt() {
        List<String> found = times("Farmers in Varda sowed winter wheat and sent Christmas cards, and the Lorvik team won "
                + "a night game.", WEDNESDAY).stream().map(TimeMention::text).toList();
        assertThat(found).doesNotContain("winter", "Christmas", "night");
        assertThat(times("The Varda schools close for the winter break and open again in the summer.", WEDNESDAY))
                .extracting(TimeMention::text).contains("winter", "summer");
    }

    @Test
    void marchAfterAPossessiveOrInsideANameIsNoMonth() {
        assertThat(times("Thousands joined the Women's March in Lorvik, and a Long March rocket left Varda.", WEDNESDAY))
                .extracting(TimeMention::text).doesNotContain("March");
        assertThat(times("The Varda council met in March.", WEDNESDAY)).extracting(TimeMention::text).contains("March");
    }

    @Test
    void aDebtNamedByItsTermIsNoDuration() {
        assertThat(times("The yield on 10-year notes of Varda fell, while the mayor served a 10-year term.", WEDNESDAY))
                .extracting(TimeMention::text).containsOnlyOnce("10-year");
    }

    @Test
    void thatNightIsTheNightOfTheDayLastNamed() {
        String text = "The Lorvik team won the final on Sunday. Fans who left the stadium that night sang in the streets.";
        assertThat(value(text, WEDNESDAY, "that night")).isEqualTo("2019-12-01TNI");
        assertThat(value("The singer told me one night that she would leave Varda.", WEDNESDAY, "one night"))
                .isEqualTo("XXXX-XX-XXTNI");
        String flight = "The Varda ferry left Lorvik on Sunday. It docked in Ostmark eight hours later, and the crew "
                + "flew home the next morning.";
        assertThat(value(flight, WEDNESDAY, "eight hours later")).isEqualTo("2019-12-01");
        assertThat(value(flight, WEDNESDAY, "the next morning")).isEqualTo("2019-12-02TMO");
        assertThat(value("It docked in Ostmark eight hours later.", WEDNESDAY, "eight hours later"))
                .as("no day named before").isEqualTo("XXXX-XX-XXTXX:XX");
    }

    @Test
    void aBarePastIsNoTime() {
        assertThat(times("The Varda team went 8-8 this past season and pushed past its rivals.", WEDNESDAY))
                .extracting(TimeMention::text).doesNotContain("past");
    }

    @Test
    void oneDayToComeIsTheFuture() {
        assertThat(value("The mayor hopes to one day open a harbour in Varda.", WEDNESDAY, "one day")).isEqualTo("FUTURE_REF");
        assertThat(value("The Varda family would love to one day purchase a sailing boat.", WEDNESDAY, "one day"))
                .isEqualTo("FUTURE_REF");
        assertThat(value("The Varda strike lasted one day.", WEDNESDAY, "one day")).isEqualTo("P1D");
        assertThat(value("The Varda ferry trip was cut to one day.", WEDNESDAY, "one day")).isEqualTo("P1D");
    }
}
