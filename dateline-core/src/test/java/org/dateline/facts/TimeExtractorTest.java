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
    void aCaptionsTimeIsNoTimeOfTheStoryButStillDatesItsFacts() {
        String text = "The ferry sank off Lorvik.\nSinger Ula Brin (left) and her band cheered the crew at the pier on"
                + " Monday night\nThe crew fled.";
        Annotation a = annotator.annotate(text, WEDNESDAY);
        assertThat(extractor.extract("doc", a, WEDNESDAY, null)).extracting(TimeMention::text).doesNotContain("Monday night");
        assertThat(extractor.extractForDating("doc", a, WEDNESDAY, null)).extracting(TimeMention::text).contains("Monday night");
        String story = "The ferry sank off Lorvik on Monday night. The crew fled.";
        Annotation told = annotator.annotate(story, WEDNESDAY);
        assertThat(extractor.extractForDating("doc", told, WEDNESDAY, null))
                .isEqualTo(extractor.extract("doc", told, WEDNESDAY, null));
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
    void thisWeekendIsTheOneToComeUnlessToldInThePast() {
        assertThat(value("Surveys suggest the Varda party is on course for a landslide this weekend.", WEDNESDAY, "this weekend"))
                .isEqualTo("2019-W49-WE");
        assertThat(value("Take a walk along the Lorvik trail this weekend.", WEDNESDAY, "this weekend"))
                .as("a call to act").isEqualTo("2019-W49-WE");
        assertThat(value("Soldiers cleared the Lorvik barricades this weekend, the mayor said.", WEDNESDAY, "this weekend"))
                .as("told in the past").isEqualTo("2019-W48-WE");
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
    void theLastYearAfterWithinIsASpanUpToTheReference() {
        assertThat(value("Police say Dario Venn bought two rifles within the last year.", WEDNESDAY, "the last year"))
                .isEqualTo("P1Y");
        assertThat(value("The Varda club has lost members over the last decade.", WEDNESDAY, "the last decade"))
                .isEqualTo("P10Y");
        assertThat(value("Venn bought two rifles the last year.", WEDNESDAY, "the last year"))
                .as("no word of a span before it: the calendar year").isEqualTo("2018");
        assertThat(times("Venn was ill during the last year of the war.", WEDNESDAY)).extracting(TimeMention::value)
                .as("the final year of something").doesNotContain("P1Y");
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
        assertThat(value(text, thursday, "2017-09-14T17:39:14", "Friday")).as("a US page of the late afternoon")
                .isEqualTo("2017-09-15");
        assertThat(value(text, thursday, "2017-09-14T16:50:00", "Friday")).as("before 17:00").isEqualTo("2017-09-08");
        assertThat(value(text, thursday, "2017-09-14", "Friday")).as("a bare date: no evening").isEqualTo("2017-09-08");
        assertThat(value(text, thursday, "2017-09-14T00:00:00", "Friday")).as("midnight: a padded date")
                .isEqualTo("2017-09-08");
        assertThat(value("Lunaria tested another rocket on Tuesday, officials in Varda said.", thursday, "2017-09-14",
                "Tuesday")).as("a bare date: any other day is the one before").isEqualTo("2017-09-12");
    }

    @Test
    void tomorrowsWeekdayToldInLocalTimeIsTheNextDayEvenOnABareDate() {
        LocalDate thursday = LocalDate.of(2017, 9, 14);
        String[][] cases = {
                {"Officials in Varda confirmed a rocket test by Lunaria Friday morning local time.", "2017-09-14T00:00:00",
                        "Friday morning", "2017-09-15TMO", "already Friday where it happened"},
                {"Lunaria tested a rocket on Friday (local time), officials in Varda said.", "2017-09-14", "Friday",
                        "2017-09-15", "in brackets"},
                {"Officials in Varda confirmed a rocket test by Lunaria Friday morning.", "2017-09-14T00:00:00",
                        "Friday morning", "2017-09-08TMO", "no local time"},
                {"Officials in Varda confirmed a rocket test by Lunaria Tuesday morning local time.", "2017-09-14T00:00:00",
                        "Tuesday morning", "2017-09-12TMO", "not the next day"}};
        assertValues(thursday, cases);
    }

    /** Each case: a text, its stamp, a time's text, the value expected on {@code reference}, and why. */
    private void assertValues(LocalDate reference, String[][] cases) {
        for (String[] c : cases) {
            assertThat(value(c[0], reference, c[1], c[2])).as(c[4]).isEqualTo(c[3]);
        }
    }

    @Test
    void tomorrowsEarlyHoursToldInThePastAreTheNextDayOnABareDate() {
        LocalDate monday = LocalDate.of(2017, 8, 28);
        String[][] cases = {
                {"Lunaria fired a rocket over Varda early Tuesday morning, officials said.", "2017-08-28T00:00:00",
                        "early Tuesday morning", "2017-08-29TMO", "early: already Tuesday where it happened"},
                {"Shares in Varda were mixed in early trading Tuesday.", "2017-08-28", "Tuesday", "2017-08-29",
                        "early one word before"},
                {"Lunaria fired a rocket over Varda on Tuesday morning, officials said.", "2017-08-28T00:00:00",
                        "Tuesday morning", "2017-08-22TMO", "a morning without early: last week's"},
                {"Lunaria fired a rocket over Varda early Wednesday, officials said.", "2017-08-28", "early Wednesday",
                        "2017-08-23", "not the next day"},
                {"Lunaria fired a rocket over Varda early Tuesday, officials said.", "2017-08-28T10:15:00",
                        "early Tuesday", "2017-08-22", "a morning stamp tells its own hour"},
                {"Early voting in Varda ended on Tuesday, officials said.", "2017-08-28", "Tuesday", "2017-08-22",
                        "early far before the day"}};
        assertValues(monday, cases);
    }

    @Test
    void aMorningReportThatTellsItsOwnNightAsPastTakesTheNextDayItTellsInThePast() {
        LocalDate saturday = LocalDate.of(2017, 7, 29);
        String night = "The mayor of Varda said in a Saturday night post that the port was closed. ";
        String flew = "On Sunday, two Lunarian jets flew over the port.";
        assertThat(value(night + flew, saturday, "2017-07-29T06:26:00", "Sunday")).as("written after that night")
                .isEqualTo("2017-07-30");
        assertThat(value(flew, saturday, "2017-07-29T06:26:00", "Sunday")).as("no night of its own told")
                .isEqualTo("2017-07-23");
        assertThat(value("The mayor of Varda will speak on Saturday night. " + flew, saturday, "2017-07-29T06:26:00",
                "Sunday")).as("a night to come").isEqualTo("2017-07-23");
        assertThat(value(night + "On Monday, two Lunarian jets flew over the port.", saturday, "2017-07-29T06:26:00",
                "Monday")).as("not the next day").isEqualTo("2017-07-24");
    }

    @Test
    void earlyOrLateOnAWeekdayIsThatWeekday() {
        LocalDate thursday = LocalDate.of(2017, 9, 14);
        assertThat(value("The mayor of Varda spoke on television early Friday.", thursday, "2017-09-14T17:47:00",
                "early Friday")).as("an evening report").isEqualTo("2017-09-15");
        assertThat(value("The ferry ran aground late on Monday near Lorvik, the coast guard said.", thursday,
                "2017-09-14T10:05:00", "late on Monday")).isEqualTo("2017-09-11");
        assertThat(value("The ferry ran aground late Friday near Lorvik, the coast guard said.", thursday,
                "2017-09-14T10:05:00", "late Friday")).as("a morning report: the Friday before").isEqualTo("2017-09-08");
        LocalDate saturday = LocalDate.of(2017, 9, 16);
        assertThat(value("The Varda rocket will lift off from Lorvik in March, Lara Venn tweeted late Friday.", saturday,
                "2017-09-16T04:14:00", "late Friday")).as("dated by the past verb before it").isEqualTo("2017-09-15");
        assertThat(value("The Varda rocket will be launched Friday from Lorvik.", saturday, "2017-09-16T04:14:00",
                "Friday")).as("a passive to come").isEqualTo("2017-09-22");
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
    void dayAndNightJoinedAreAllTheTime() {
        assertThat(times("The keeper of the Lorvik light slept day and night after the storm.", WEDNESDAY)).isEmpty();
        assertThat(times("The Varda clerk lay ill through his days and nights in bed.", WEDNESDAY)).isEmpty();
        assertThat(times("The keeper of the Lorvik light slept through the night and left the next day.", WEDNESDAY))
                .extracting(TimeMention::text).as("not joined to each other").contains("night");
    }

    @Test
    void timeWordsInOtherSensesAreNotTimes() {
        for (String text : List.of(
                "Shops in Varda cut the price of kettles for Black Friday sales.",
                "The crash was first reported by the Varda Today newspaper.",
                "Readers queued to have their Dusk novels signed by the author.",
                "The new coupe comes in a midnight blue finish.",
                "The talks began soon after the fall of the old regime.",
                "The Varda mayor broke her wrist in a fall at the town hall.",
                "Since his fall from the ladder, the Varda keeper walks with a cane.",
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
        assertThat(times("The Varda council meets again in the fall.", WEDNESDAY)).as("the season")
                .extracting(TimeMention::text).anyMatch(t -> t.contains("fall"));
        assertThat(times("Varda plans a fall launch of its new ferry.", WEDNESDAY)).as("a season before a noun")
                .extracting(TimeMention::text).anyMatch(t -> t.contains("fall"));
        assertThat(times("The Varda ferry sank on Friday.", WEDNESDAY)).extracting(TimeMention::text).contains("Friday");
        assertThat(times("The Varda envoys held a daily briefing and paused for a second later.", WEDNESDAY))
                .extracting(TimeMention::text).contains("daily");
    }

    @Test
    void aCapitalisedFrequencyAfterAWordOrAPossessiveIsATitle() {
        for (String text : List.of(
                "Get Harbour Monthly delivered to Varda, the editor said.",
                "On Monday, the Varda People's Daily said the ferry had sunk.",
                "Velna Ferries Beat The Weekly Fee With A Cheaper Pass")) {
            assertThat(times(text, WEDNESDAY)).as(text).extracting(TimeMention::text)
                    .doesNotContain("Monthly", "Daily", "Weekly");
        }
        assertThat(times("The Varda union's weekly meeting was cancelled.", WEDNESDAY)).as("lower case after a possessive")
                .extracting(TimeMention::text).contains("weekly");
        assertThat(times("Monthly, the Varda council publishes its accounts.", WEDNESDAY)).as("at the start of a sentence")
                .extracting(TimeMention::text).contains("Monthly");
    }

    @Test
    void anOrdinalSecondIsNoSecondOfTime() {
        for (String text : List.of(
                "The Varda studio is also planning a second, R-rated sequel to the film.",
                "As the envoys sat in Varda on a second night of talks, the mood changed.",
                "Senator Orlan said: \"Today's second hearing is over, and nothing new came out.\"")) {
            List<TimeMention> found = times(text, WEDNESDAY);
            assertThat(found).as("%s", found).extracting(TimeMention::value).doesNotContain("PT1S", "PTXS");
        }
        assertThat(value("The Varda keeper hesitated for a second, then dived.", WEDNESDAY, "a second"))
                .as("a comma and no adjective with a noun: a second of time").isEqualTo("PT1S");
        assertThat(value("Varda scored with one second left on the clock.", WEDNESDAY, "one second"))
                .as("a counted second is a second of time").isEqualTo("PT1S");
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
    void yearsAgoTodayIsADay() {
        assertThat(value("My grandfather opened the shop 20 years ago today, the Varda baker said.", WEDNESDAY,
                "20 years ago today")).isEqualTo("1999-12-04");
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
    void aDayOnWhichSomethingHappenedIsADateNotASpan() {
        String text = "Varda fired two rockets shortly after noon on Monday. Both rockets flew on the final day of the "
                + "Lorvik summit.";
        assertThat(value(text, WEDNESDAY, "the final day")).isEqualTo("2019-12-02");
        assertThat(value("The Lorvik ferry sank on what was a day of national mourning.", WEDNESDAY, "a day"))
                .as("no day named before").isEqualTo("XXXX-XX-XX");
        assertThat(value("The Varda ministers held a day of talks in Lorvik.", WEDNESDAY, "a day"))
                .as("no 'on': a span").isEqualTo("P1D");
        assertThat(value("The Varda strike ended on Monday after the final day.", WEDNESDAY, "the final day"))
                .as("no 'of' after").doesNotContain("2019-12-02");
    }

    @Test
    void theDayOfAClauseIsADayTheTextDoesNotGive() {
        String text = "The Varda council met on Tuesday. Heads should have rolled the day Jane Roe escaped from the "
                + "prison, a councillor said.";
        assertThat(value(text, WEDNESDAY, "the day")).as("not the day named before").isEqualTo("XXXX-XX-XX");
        assertThat(value("Nobody checked the cells on the night the Lorvik prisoner died.", WEDNESDAY, "night"))
                .isEqualTo("XXXX-XX-XXTNI");
        assertThat(value("Her son has used the tablet every evening since the day that she bought it in Varda.", WEDNESDAY,
                "the day")).isEqualTo("XXXX-XX-XX");
        assertThat(value("The mayor of Varda will spend the day visiting flooded farms.", WEDNESDAY, "the day"))
                .as("no subject after").isEqualTo("2019-12-04");
        assertThat(value("Earlier in the day, the mayor of Varda said the river had crested.", WEDNESDAY, "the day"))
                .as("a comma after").isEqualTo("2019-12-04");
        assertThat(value("The flood rose during the night and the mayor of Varda closed the bridge.", WEDNESDAY, "night"))
                .as("'and' after").doesNotStartWith("XXXX");
        assertThat(value("From the day Jane Roe took office in Varda, the council has met twice a week.", WEDNESDAY,
                "the day")).as("an opening phrase closed by a comma").isEqualTo("XXXX-XX-XX");
        assertThat(value("The Lorvik Owls won the final on Tuesday. For much of the night the Owls led the game.",
                WEDNESDAY, "night")).as("an opening phrase before the main clause").doesNotStartWith("XXXX");
    }

    @Test
    void anUndatedDayOfTheStoryTakesTheYearNamedJustBefore() {
        assertValues(new String[][] {
                {"The Lorvik Owls lost the cup final in 2003 after a late own goal. Fans who left the stadium that night "
                        + "wept, and the coach quit the next morning.", "that night", "2003-XX-XXTNI", "coded"},
                {"The Lorvik Owls lost the cup final in 2003 after a late own goal. Fans who left the stadium that night "
                        + "wept, and the coach quit the next morning.", "the next morning", "2003-XX-XXTMO", "coded"},
                {"The Varda mayor resigned in May 2003. The same day, her deputy left the party.", "The same day",
                        "2003-05-XX", "a month of a year"},
                {"The Varda mayor resigned on Sunday. The same day, her deputy left the party.", "The same day",
                        "2019-12-01", "the same day is the day named before"},
                {"The Lorvik Owls lost the cup final in 2003. The club sold its ground. Its new owner built flats. Fans "
                        + "who left the stadium that night wept.", "that night", "XXXX-XX-XXTNI", "a year further back"},
                {"The Lorvik Owls have played in the league since 2003. Fans who left the stadium that night wept.",
                        "that night", "XXXX-XX-XXTNI", "a year that opens a state"}});
    }

    @Test
    void thatEveningAfterAPartOfTheDayNamingNoDayHasNoDay() {
        assertValues(new String[][] {
                {"A man snatched the dog in broad daylight in Lorvik. He drove to a farm, and later that evening he left "
                        + "it with a neighbour.", "that evening", "XXXX-XX-XXTEV", "no day named before"},
                {"A man snatched the dog in Lorvik on Monday afternoon. Later that evening he left it with a neighbour.",
                        "that evening", "2019-12-02TEV", "a named day"},
                {"The Lorvik choir sang in the square on Christmas Eve. The mayor joined them that night.", "that night",
                        "2018-12-24TNI", "a feast names its day"},
                {"The Lorvik final began on Sunday. Fans sang into the night. The last set started 17 minutes later.",
                        "17 minutes later", "XXXX-XX-XXTXX:XX", "not a day named further back"}});
    }

    @Test
    void aTimeOfDayAfterAnUndatedStepOfAStoryHasNoDay() {
        assertValues(new String[][] {
                {"The thief hid the painting in a barn. Later that evening he drove to a motel in Lorvik.\n\nIt was around "
                        + "midnight when a tip led the Varda police to his room.", "midnight", "XXXX-XX-XXT00:00", "coded"},
                {"The thief hid the painting in a barn. That night he drove to Lorvik and checked in at 11:40 p.m.",
                        "11:40 p.m.", "XXXX-XX-XXT23:40", "a clock"},
                {"The thief hid the painting in a barn that night, the Varda police said. The police say he will appear in "
                        + "court at 10 a.m.", "10 a.m.", "2019-12-04T10:00", "not told in the past"},
                {"It was around midnight when the Varda police reached the farm.", "midnight", "2019-12-04T00:00",
                        "no step before"},
                {"The Varda fans sang into the night. Minutes later the stadium clock said it was 2:15 a.m.", "2:15 a.m.",
                        "2019-12-04T02:15", "a count of minutes is no such step"}});
        String dated = "The thief hid the painting in a barn on May 3. Later that evening he drove to Lorvik. It was "
                + "around midnight when the police came.";
        assertThat(value(dated, WEDNESDAY, "midnight")).as("after a dated step").isNotEqualTo("XXXX-XX-XXT00:00");
    }

    @Test
    void aFeastWithoutYearToldInThePastTakesTheYearOfTheStoryBeforeIt() {
        assertValues(new String[][] {
                {"In 2011 the Varda skier broke her hip in a crash at Lorvik. She spent nine days in hospital and was home "
                        + "on Christmas Eve.", "Christmas Eve", "2011-12-24", "coded"},
                {"The Varda skier fell at Lorvik in March 2011. She first walked again on New Year's Day.",
                        "New Year's Day", "2012-01-01", "before the story's month: the year after"},
                {"In 2011 the Varda skier broke her hip. She spends Christmas Eve with her coach.", "Christmas Eve",
                        "2019-12-24", "not told in the past"},
                {"The Varda skier has trained in Lorvik since 2011. She was home on Christmas Eve.", "Christmas Eve",
                        "2018-12-24", "after a state's start"}});
    }

    /** Each case {text, expression, its value in an article of {@link #WEDNESDAY}, what the case shows}. */
    private void assertValues(String[][] cases) {
        for (String[] c : cases) {
            assertThat(value(c[0], WEDNESDAY, c[1])).as(c[3]).isEqualTo(c[2]);
        }
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

    @Test
    void theDateOfAPhotoInItsCaptionIsNoTimeOfTheStory() {
        String text = "FILE - In this March 3, 2016, file photo, the mayor of Lorvik opens the harbour bridge. "
                + "The bridge closed on Monday after a storm.";
        assertThat(times(text, WEDNESDAY)).extracting(TimeMention::text).containsExactly("Monday");
        assertThat(times("The harbour bridge of Lorvik opened on March 3, 2016, with a parade.", WEDNESDAY))
                .extracting(TimeMention::text).as("a date in running text").containsExactly("March 3, 2016");
    }

    @Test
    void aYearNamingAProductGenerationIsNoTime() {
        String text = "The 2014 model of the Varda tablet was quieter than the 2011, and the 2009 through 2012 design "
                + "was the loudest.";
        assertThat(times(text, WEDNESDAY)).isEmpty();
        assertThat(times("Keys of the 2015 style travel farther than those of the 2018 version of the Varda pad.", WEDNESDAY))
                .as("a style or version named by its year").isEmpty();
        assertThat(times("The Lorvik Owls won the 2016 title and lost the 2017 final.", WEDNESDAY))
                .extracting(TimeMention::value).as("a year before a happening").containsExactly("2016", "2017");
        assertThat(times("Varda sold the harbour in 2011, the council said.", WEDNESDAY))
                .extracting(TimeMention::value).as("a year after a preposition").containsExactly("2011");
    }

    @Test
    void aYearBeforeAModelThatTheArticleNamesAfterItsMakerIsNoTime() {
        String text = "Hyundai showed the Hyundai Varsa in Busan. The 2021 Varsa goes on sale in March.";
        assertThat(times(text, WEDNESDAY)).extracting(TimeMention::text).doesNotContain("2021");
        assertThat(times("The 2021 Varsa goes on sale in March.", WEDNESDAY)).extracting(TimeMention::text)
                .as("no maker names the word").contains("2021");
        assertThat(times("Toyota sponsored the Lorvik Owls. The 2016 Owls won at home.", WEDNESDAY))
                .extracting(TimeMention::value).as("a word never written after a maker").contains("2016");
    }

    @Test
    void theYearOfATitleOfHonourIsNoTime() {
        assertThat(times("Mara Olsen, twice the league's coach of the year, retired from the Lorvik Owls.", WEDNESDAY))
                .isEmpty();
        assertThat(times("The Lorvik Owls play their last game at the end of the year.", WEDNESDAY))
                .extracting(TimeMention::text).containsExactly("the end of the year");
    }

    @Test
    void nowAsADiscourseMarkerIsNoTime() {
        assertThat(times("Now consider what the Varda council decided about the harbour.", WEDNESDAY)).isEmpty();
        assertThat(times("OK, now for the harbour weather.", WEDNESDAY)).isEmpty();
        assertThat(times("See it now: Harbour Store", WEDNESDAY)).isEmpty();
        assertThat(value("Here is what is different in my life now:\nI sail.", WEDNESDAY, "now")).isEqualTo("PRESENT_REF");
        assertThat(value("Now, the harbour of Varda is closed to all ferries.", WEDNESDAY, "Now")).isEqualTo("PRESENT_REF");
        assertThat(value("The council must now consider the harbour plan.", WEDNESDAY, "now")).isEqualTo("PRESENT_REF");
    }

    @Test
    void nowOpeningATurnOfATranscriptIsNoTime() {
        assertThat(times("HOST: Now, you say the Varda ferry sank?", WEDNESDAY)).isEmpty();
        assertThat(value("HOST: Now the Varda ferry is back in service.", WEDNESDAY, "Now")).as("no comma")
                .isEqualTo("PRESENT_REF");
        assertThat(value("The Varda ferry sank last week.\nNow, the harbour is closed.", WEDNESDAY, "Now"))
                .as("no speaker's label").isEqualTo("PRESENT_REF");
    }

    @Test
    void aCapitalisedTitleWithTheIsNoTime() {
        assertThat(times("No need for a time machine as in \"Back To The Future\" to sail from Varda.", WEDNESDAY)).isEmpty();
        assertThat(times("No need for a time machine as in \"Back to the Future\" to sail from Varda.", WEDNESDAY)).isEmpty();
        assertThat(value("The council of Varda said: The future of the ferry is safe.", WEDNESDAY, "The future"))
                .as("after a colon").isEqualTo("FUTURE_REF");
        assertThat(value("The future of the Varda ferry is safe.", WEDNESDAY, "The future")).isEqualTo("FUTURE_REF");
    }

    @Test
    void aNumberBeforeScoreOrInAListOfFiguresIsNoYear() {
        assertThat(times("The new Varda laptop earned a 2182 score in the test.", WEDNESDAY)).isEmpty();
        assertThat(value("The Varda laptop went on sale in 2018.", WEDNESDAY, "2018")).isEqualTo("2018");
        assertThat(times("Scores of the Varda laptop rose from 1061 to 1128 and from 5425 to 5641.", WEDNESDAY)).isEmpty();
        assertThat(times("The port of Varda grew from 1990 to 2010 and has 12000 berths.", WEDNESDAY))
                .extracting(TimeMention::text).as("no other figure in a list").isNotEmpty();
    }

    @Test
    void aTimeInALabelledOrDashedPhotoCaptionIsNoTime() {
        String text = "The Varda ferry sank on Monday.\n"
                + "Sad day: Mara Olsen recalled her 2014 voyage as she left the quay of Varda\n"
                + "Sailors - seen in port during the 2016 regatta - joined the crews on the quay\n"
                + "Sad day: Mara Olsen left the quay of Varda on Tuesday.";
        assertThat(times(text, WEDNESDAY)).extracting(TimeMention::text).containsExactly("Monday", "Tuesday");
        assertThat(times("The Varda ferry sank.\nQ: Your best buy of the last 5 years\nA: A boat.", WEDNESDAY))
                .extracting(TimeMention::text).as("the question of an interview").containsExactly("the last 5 years");
    }

    @Test
    void aNumberedWeekOfASeasonIsNoTime() {
        assertThat(times("The Lorvik Owls lost at Varda in Week 11 and won on day 3 of the cup.", WEDNESDAY)).isEmpty();
        assertThat(value("The Lorvik Owls lost three games in a week.", WEDNESDAY, "a week")).isEqualTo("P1W");
    }

    @Test
    void theYearAsSubjectOfAPresentVerbIsTheYearUnderWay() {
        assertThat(value("As the year comes to an end, Varda counts its losses.", WEDNESDAY, "the year")).isEqualTo("2019");
        assertThat(value("Varda lost money for the year, the council said.", WEDNESDAY, "the year")).isEqualTo("P1Y");
        assertThat(value("A second ferry will sail later in the year.", WEDNESDAY, "the year")).isEqualTo("2019");
    }

    @Test
    void unitsFromNowCountForwardFromTheReference() {
        assertThat(value("The Varda station will open six years from now.", WEDNESDAY, "six years from now"))
                .isEqualTo("2025");
    }

    @Test
    void aSeasonOfTheStoryIsOfAnUnknownYear() {
        String text = "When she was 16 she moved to Lorvik. She wrote forty songs that summer, and one winter night "
                + "she met the band.";
        assertThat(value(text, WEDNESDAY, "that summer")).isEqualTo("XXXX-SU");
        assertThat(value(text, WEDNESDAY, "one winter")).isEqualTo("XXXX-WI");
        assertThat(value(text, WEDNESDAY, "night")).isEqualTo("XXXX-XX-XXTNI");
        assertThat(value("The singer told me one recent night that she would leave Varda.", WEDNESDAY, "night"))
                .isEqualTo("XXXX-XX-XXTNI");
        assertThat(value("The Varda ferry will run again in the summer.", WEDNESDAY, "summer"))
                .as("a season of the reference year").doesNotStartWith("XXXX");
    }

    @Test
    void aClockTimeHeadingAnEntryOfALiveBlogIsPast() {
        String text = "The Latest on the floods in Varda (all times local):\n\n10 p.m.\n\nRescuers say the river rose.";
        assertThat(value(text, WEDNESDAY, "2019-12-04T05:57:00Z", "10 p.m.")).isEqualTo("2019-12-03T22:00");
    }

    @Test
    void aClockTimeWithoutDayTakesTheDayNamedBeforeItInItsSentence() {
        String text = "The Varda ferry sailed from Lorvik at 9:15 a.m. Tuesday and was back at 6:40 p.m. in the harbour.";
        assertThat(value(text, WEDNESDAY, "6:40 p.m.")).isEqualTo("2019-12-03T18:40");
        String night = "The Varda ferry left Lorvik at 11 p.m. Monday and docked at 6 a.m. in Ostmark.";
        assertThat(value(night, WEDNESDAY, "6 a.m.")).isEqualTo("2019-12-03T06:00");
        assertThat(value("The Varda ferry docked at 6 a.m. in Ostmark.", WEDNESDAY, "6 a.m.")).isEqualTo("2019-12-04T06:00");
        String morning = "The Varda ferry sailed at 9:15 Monday morning and was back at 6:40 p.m. in the harbour.";
        assertThat(value(morning, WEDNESDAY, "6:40 p.m.")).isEqualTo("2019-12-02T18:40");
    }

    @Test
    void aClockWithoutHalfOfDaySoonAfterAnEveningClockIsInTheEvening() {
        String text = "The Varda radio fell silent at 10:20 p.m. A later call says the shots may have stopped about 10:25.";
        assertThat(value(text, WEDNESDAY, "10:25")).isEqualTo("2019-12-04T22:25");
        String far = "The Varda radio fell silent at 9 p.m. The ferry to Lorvik left at 7:30 with the crew.";
        assertThat(value(far, WEDNESDAY, "7:30")).as("more than three hours on").isEqualTo("2019-12-04T07:30");
        String morning = "The Varda radio fell silent at 9 a.m. A later call says the shots stopped about 10:25.";
        assertThat(value(morning, WEDNESDAY, "10:25")).as("after a morning clock").isEqualTo("2019-12-04T10:25");
    }

    @Test
    void aClockTimeWithoutDayInAStoryOfAnEarlierDayTakesThatDay() {
        String text = "The fire at the Lorvik depot broke out on Sunday night. Crews arrived at 10:08 p.m. and found the "
                + "roof ablaze.\n\nAt 10:40 p.m., the chief of the Varda brigade asks for more trucks.";
        assertThat(value(text, WEDNESDAY, "10:08 p.m.")).isEqualTo("2019-12-01T22:08");
        assertThat(value(text, WEDNESDAY, "10:40 p.m.")).as("passed on by the clock before it, a present of the story")
                .isEqualTo("2019-12-01T22:40");
        String future = "The fire at the Lorvik depot broke out on Sunday night. The council will meet at 3 p.m.";
        assertThat(value(future, WEDNESDAY, "3 p.m.")).as("a clause set in the future").isEqualTo("2019-12-04T15:00");
        String coming = "The Lorvik depot reopens tomorrow night. Crews arrived at 10:08 p.m. to clean it.";
        assertThat(value(coming, WEDNESDAY, "10:08 p.m.")).as("a day after publication").isEqualTo("2019-12-04T22:08");
        String bareDay = "Varda recalled its envoy on Monday. The plane with the deportees landed at 6 a.m. in Lorvik.";
        assertThat(value(bareDay, WEDNESDAY, "6 a.m.")).as("after a bare day").isEqualTo("2019-12-04T06:00");
        String late = "The Lorvik Owls played on Sunday night. Their closer finished the game at 12:47 a.m. in Varda.";
        assertThat(value(late, WEDNESDAY, "12:47 a.m.")).as("the small hours after a night").isEqualTo("2019-12-02T00:47");
    }

    @Test
    void lastAsAVerbIsNoPartOfTheDuration() {
        assertThat(times("The Varda trial will last 22 days.", WEDNESDAY)).extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("22 days", "P22D"));
        assertThat(value("Varda flooded twice in the last 22 days.", WEDNESDAY, "the last 22 days")).isEqualTo("P22D");
    }

    @Test
    void aQuarterOfAGameOrAFractionIsNoQuarterOfAYear() {
        assertThat(times("The Lorvik Owls led at halftime and scored 20 points in the third quarter.", WEDNESDAY)).isEmpty();
        assertThat(value("Varda Bank's profit fell in the third quarter.", WEDNESDAY, "the third quarter")).isEqualTo("2019-Q3");
        assertThat(times("The port handles one quarter of the freight of Varda.", WEDNESDAY)).isEmpty();
        assertThat(times("The port handles about three-quarters of what Varda ships.", WEDNESDAY)).isEmpty();
        assertThat(times("Add a quarter cup of salt.", WEDNESDAY)).isEmpty();
        assertThat(times("The port was closed for a quarter after the storm.", WEDNESDAY)).extracting(TimeMention::text)
                .as("a quarter before no noun").containsExactly("a quarter");
    }

    @Test
    void aYearBeforeCountsFromTheTimeNamedBeforeItInItsSentence() {
        String text = "Exports of Varda fell to $9 billion in 2016, down from $19 billion the previous year.";
        assertThat(value(text, WEDNESDAY, "the previous year")).isEqualTo("2015");
        assertThat(value("Ferry traffic fell 10 percent in October from a year earlier.", WEDNESDAY, "a year earlier"))
                .isEqualTo("2018-10");
        assertThat(value("Ferry traffic fell 10 percent from the previous year.", WEDNESDAY, "the previous year"))
                .as("no time named before").isEqualTo("2018");
    }

    @Test
    void fourDigitsFarAheadOrBeforeAStreetAreNumbers() {
        assertThat(times("Scores of the Varda chip rose from 2395 to 2623 in the test.", WEDNESDAY)).extracting(TimeMention::text)
                .doesNotContain("2395", "2623");
        assertThat(times("Police arrested a man of 1119 Harbour St. in Lorvik.", WEDNESDAY)).isEmpty();
        assertThat(value("Varda plans a colony on the moon in 2090.", WEDNESDAY, "2090")).isEqualTo("2090");
        assertThat(times("The Varda ferry may end its winter service.", WEDNESDAY)).extracting(TimeMention::text)
                .doesNotContain("may end");
    }

    @Test
    void sincePutsAMonthInThePast() {
        LocalDate november = LocalDate.of(2019, 11, 20);
        assertThat(value("The Varda ferries have been idle since March.", november, "March")).isEqualTo("2019-03");
        assertThat(value("The Lorvik shipyard has been idle in March.", november, "March"))
                .as("without since, a present perfect keeps the nearest March").isEqualTo("2020-03");
    }

    @Test
    void aPresentScheduleWordBeforeToSetsTheClauseInTheFuture() {
        LocalDate newYearsEve = LocalDate.of(2017, 12, 31);
        assertThat(value("The first Varda probe is scheduled to lift off in June.", newYearsEve, "June")).isEqualTo("2018-06");
        assertThat(value("The Varda council is expected to vote in June.", newYearsEve, "June")).isEqualTo("2018-06");
        assertThat(value("The first Varda probe was scheduled to lift off in June.", newYearsEve, "June"))
                .as("a past schedule").isEqualTo("2017-06");
    }

    @Test
    void aFeastTakesTheDirectionOfItsClause() {
        LocalDate february = LocalDate.of(2018, 2, 3);
        assertThat(value("The actress posted the photo on Thanksgiving.", february, "Thanksgiving")).isEqualTo("2017-11-23");
        LocalDate january = LocalDate.of(2020, 1, 20);
        assertThat(value("The mayor of Varda will host a dinner on Thanksgiving.", january, "Thanksgiving"))
                .isEqualTo("2020-11-26");
        assertThat(value("The Lorvik ferry will run again on Christmas.", january, "Christmas")).isEqualTo("2020-12-25");
        assertThat(value("The Lorvik ferry ran on Christmas.", january, "Christmas")).isEqualTo("2019-12-25");
        LocalDate newYearsEve = LocalDate.of(2017, 12, 31);
        assertThat(value("Varda said it was reading the mayor's New Year's Day speech.", newYearsEve, "New Year's Day"))
                .as("within a week: the nearest, whatever the tense").isEqualTo("2018-01-01");
        assertThat(value("Lorvik ferries are busy around Christmas.", WEDNESDAY, "Christmas"))
                .as("no direction: the nearest").isEqualTo("2019-12-25");
    }

    @Test
    void aCapitalisedTimeWordBeforeACapitalisedWordIsPartOfAName() {
        assertThat(times("Riders from Varda won the Lorvik Three-Day Event in October.", WEDNESDAY))
                .extracting(TimeMention::text).doesNotContain("Three-Day");
        assertThat(times("She read a poem called \u201cWinter Solstice, Varda Station\u201d at the fair.", WEDNESDAY))
                .extracting(TimeMention::text).doesNotContain("Winter");
        assertThat(times("Turns out the ferry was late. It's MORNING EDITION.", WEDNESDAY))
                .extracting(TimeMention::text).doesNotContain("MORNING");
        assertThat(value("The three-day event in Lorvik ends on Friday.", WEDNESDAY, "three-day"))
                .as("written lower case").isEqualTo("P3D");
    }

    @Test
    void aPluralPartOfTheDayRepeats() {
        List<TimeMention> found = times("Ill for months, the Varda clerk slept badly most nights.", WEDNESDAY);
        assertThat(found).filteredOn(m -> m.text().equals("nights"))
                .extracting(TimeMention::type, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SET", "XXXX-XX-XXTNI"));
        assertThat(value("The Varda clerk slept through the night.", WEDNESDAY, "night")).isEqualTo("2019-12-04TNI");
        assertThat(value("Astronomers watched the Varda comet for 17 nights.", WEDNESDAY, "17 nights")).isEqualTo("P17D");
    }

    @Test
    void theYearOfACopyrightLineIsNoTime() {
        assertThat(times("Copyright Varda Post Media 2019. All rights reserved.", WEDNESDAY)).isEmpty();
        assertThat(times("Stage views, photos \u00a9 Jane Roe, 2018", WEDNESDAY)).isEmpty();
        assertThat(value("Lorvik passed its copyright law in 2018.", WEDNESDAY, "2018")).isEqualTo("2018");
    }

    @Test
    void anAgeInMonthsOrWeeksIsNoDuration() {
        assertThat(times("A boy of Varda, about 20 months old, was found.", WEDNESDAY)).isEmpty();
        assertThat(times("The zoo of Lorvik showed its six-week-old cub.", WEDNESDAY)).isEmpty();
        assertThat(value("The Varda strike lasted 20 months.", WEDNESDAY, "20 months")).isEqualTo("P20M");
    }

    @Test
    void aDateAfterAnOpeningComeIsToCome() {
        LocalDate april = LocalDate.of(2019, 4, 18);
        assertThat(value("Come December, those who paid $100 get their Varda consoles.", april, "December"))
                .isEqualTo("2019-12");
        assertThat(value("Those who paid $100 get their Varda consoles in December.", april, "December"))
                .as("no come: the nearest December").isEqualTo("2018-12");
    }

    @Test
    void theLastWeekAloneIsTheWeekBefore() {
        assertThat(value("Forty people visited the Varda page in the last week.", WEDNESDAY, "the last week"))
                .isEqualTo("2019-W48");
        assertThat(times("The Varda fair opens in the last week of June.", WEDNESDAY)).extracting(TimeMention::value)
                .as("a week of a month").doesNotContain("2019-W48");
    }

    @Test
    void theYearInThePossessiveIsTheYearUnderWay() {
        assertThat(value("It is easily the year's best song from Varda.", WEDNESDAY, "the year")).isEqualTo("2019");
    }

    @Test
    void durationsOfTwoUnitsJoinedByAndAreOne() {
        String text = "The crossing from Lorvik to Varda took 6 hours and 45 minutes, then the crew rested for 20 minutes and 3 hours.";
        assertThat(value(text, WEDNESDAY, "6 hours and 45 minutes")).isEqualTo("PT6H45M");
        assertThat(value(text, WEDNESDAY, "20 minutes")).as("a smaller unit first: two durations").isEqualTo("PT20M");
        assertThat(value("Her sentence was two years and four months in the Ostmark prison.", WEDNESDAY,
                "two years and four months")).isEqualTo("P2Y4M");
    }

    @Test
    void durationsOfTwoUnitsWithOnlyASpaceBetweenAreOne() {
        assertThat(value("The final in Varda ended at 1:05 a.m., after 3 hours 12 minutes of play.", WEDNESDAY,
                "3 hours 12 minutes")).isEqualTo("PT3H12M");
        assertThat(value("The talks in Varda took 2 hours, 40 minutes of them behind closed doors.", WEDNESDAY,
                "2 hours")).as("a comma without \"and\": two durations").isEqualTo("PT2H");
    }

    @Test
    void fractionsOfUnitsSurviveSutime() {
        assertThat(value("The prototype reached full speed in 4.5 seconds on the Varda track.", WEDNESDAY, "4.5 seconds"))
                .isEqualTo("PT4.5S");
        assertThat(value("The ferry waited half an hour at the Lorvik quay.", WEDNESDAY, "half an hour"))
                .isEqualTo("PT30M");
    }

    @Test
    void minutesAgoIsThePublicationDay() {
        assertThat(value("The mayor of Varda resigned about 20 minutes ago, her aides said.", WEDNESDAY,
                "2019-12-04T00:00:00", "20 minutes ago")).as("a stamp of midnight is a bare date").isEqualTo("2019-12-04");
    }

    @Test
    void aRangeOfHoursKeepsItsLowerBound() {
        assertThat(value("The new glaze on the Varda bridge needs 12-36 hours to set.", WEDNESDAY, "12-36 hours"))
                .isEqualTo("PT12H");
    }

    @Test
    void aMonthWithoutYearTakesTheYearOfTheStoryBeforeIt() {
        String text = "Dr. Pell first saw a doctor in Varda in November 2016. The scans were clear. But by December, "
                + "the cough had worsened, and in February he could no longer climb the stairs.";
        assertThat(value(text, WEDNESDAY, "December")).isEqualTo("2016-12");
        assertThat(value(text, WEDNESDAY, "February")).as("before the story's month: the year after").isEqualTo("2017-02");
    }

    @Test
    void aMonthToComeKeepsItsYearAfterAStoryYear() {
        assertThat(value("The Varda clinic opened in November 2016. Its new wing will open in March.", WEDNESDAY, "March"))
                .isEqualTo("2020-03");
        assertThat(value("Ferry fares in Varda were $31 in October 2015. Fares fell in October for the first time in years.",
                WEDNESDAY, "October")).as("the story's own month written bare: another one")
                .isEqualTo("2019-10");
        assertThat(value("The Lorvik mill has been idle since March 2011. Its owners reported a loss in April.", WEDNESDAY,
                "April")).as("after the start of a state").isEqualTo("2019-04");
    }

    @Test
    void timesOnALineOfOpeningHoursRecurOnNoOneDay() {
        String text = "Orlan Gallery, Varda\n\nWed – Sun 3PM (no shows on Mon & Tue)\n\n10.30 A.M. / 6.00 P.M.\n\n"
                + "The gallery opened its winter show on Friday.";
        List<TimeMention> found = times(text, WEDNESDAY);
        int lines = text.indexOf("The gallery");
        assertThat(found).filteredOn(m -> m.start() < lines).isNotEmpty()
                .allSatisfy(m -> assertThat(m.value()).as(m.text()).startsWith("XXXX-"));
        assertThat(value(text, WEDNESDAY, "6.00 P.M.")).isEqualTo("XXXX-XX-XXT18:00");
        assertThat(found).filteredOn(m -> m.text().equals("Tue")).extracting(TimeMention::type).containsOnly("SET");
        assertThat(value(text, WEDNESDAY, "Friday")).as("a day in prose after the hours").isEqualTo("2019-11-29");
    }

    @Test
    void aClockRangeInALongSentenceKeepsItsDay() {
        String text = "Crews will close the road to Lorvik from 9am to 5pm on Tuesday to repair the old bridge over the river Ost.";
        assertThat(value(text, WEDNESDAY, "5pm on Tuesday")).isEqualTo("2019-12-10T17:00");
        assertThat(value(text, WEDNESDAY, "9am")).startsWith("2019-12-");
    }

    @Test
    void yearsInAListOfTagsAreNoTimes() {
        String tags = "Archive Topics 2015 ESSAYS 2016 Reading Lists 2017 QUIZ 2018 Results 2019 Toppers HISTORY GEOGRAPHY "
                + "Mains Strategy Prelims 2016 Test Series 2017 Answer Key ECONOMY POLITY Ethics Notes Grand Review 2018 "
                + "Mock Tests Varda Edition";
        assertThat(times(tags, WEDNESDAY)).isEmpty();
        String titles = "The launch games include Harbour Racer 2019, Varda Manager 2020, Lorvik Kart 2019, Dance Party 2020, "
                + "Ost Raider 2013, Orlan Quest, Pell Rally, Fjord Hero, Kestrel Wings, Mara Trails, Storm Keep, Iron Tide, "
                + "Glass Moon, Ember Road and Tide Runner. About half of them came out this year.";
        assertThat(times(titles, WEDNESDAY)).extracting(TimeMention::text).as("the years of titles go, not 'this year'")
                .containsExactly("this year");
    }

    @Test
    void yearsInALongLineOfProseStay() {
        String prose = "The Varda club won the cup in 1907, 1908, 1921, 1935 and 1962, and it came close again in 1984 "
                + "and 1998, when a late goal from a young forward took the final to extra time and the club lost on penalties.";
        assertThat(times(prose, WEDNESDAY)).extracting(TimeMention::value)
                .contains("1907", "1908", "1921", "1935", "1962", "1984", "1998");
    }

    @Test
    void nowInAStoryToldInThePastIsThePast() {
        assertThat(value("The crew turned the camera around, and the road now ran east toward the Lorvik hills.",
                WEDNESDAY, "now")).isEqualTo("PAST_REF");
    }

    @Test
    void nowInWhatWasSaidStaysThePresent() {
        assertThat(value("The Varda mayor said now is the time to act on the harbour.", WEDNESDAY, "now"))
                .isEqualTo("PRESENT_REF");
        assertThat(value("The Varda envoy warned that the board now wanted a vote on the harbour.", WEDNESDAY, "now"))
                .as("reported speech in the past").isEqualTo("PRESENT_REF");
    }

    @Test
    void aPartOfTheYearNotInThePastIsTheYearUnderWay() {
        assertThat(value("Rates at the Varda bank should stay low for the rest of the year.", WEDNESDAY, "the year"))
                .isEqualTo("2019");
        assertThat(value("For the rest of the year, the Lorvik mill stayed closed.", WEDNESDAY, "the year"))
                .as("a part of a year told in the past: no year of publication").isEqualTo("P1Y");
    }

    @Test
    void yearsOrMonthsLaterCountFromTheTimeOfTheStory() {
        assertThat(value("Ms. Orlan first met the Varda mayor in 2001, and she confronted him 16 years later in Lorvik.",
                WEDNESDAY, "16 years later")).isEqualTo("2017");
        assertThat(value("In May the Lorvik council ordered two ferries, but it cancelled the order two months later.",
                WEDNESDAY, "two months later")).isEqualTo("2019-07");
        assertThat(value("The Lorvik mill closed in 2004, and it reopened almost a decade later as a museum.",
                WEDNESDAY, "a decade later")).as("a decade of the story").isEqualTo("201");
    }

    @Test
    void yearsLaterWithoutATimeBeforeOrAVagueCountStayUnknown() {
        assertThat(value("She left Varda as a girl and came back three years later.", WEDNESDAY, "three years later"))
                .isEqualTo("XXXX");
        assertThat(value("The Varda mill opened in 1998 and closed a few years later.", WEDNESDAY, "a few years later"))
                .isEqualTo("XXXX");
        assertThat(value("The Varda coach said his father died 20 years ago today. Thirty years later the drought is over, "
                + "he said.", WEDNESDAY, "Thirty years later")).as("past the reference year, not in the future")
                .isEqualTo("XXXX");
        assertThat(value("The Lorvik plant opened in 2015, and it will close ten years later.", WEDNESDAY,
                "ten years later")).as("in the future").isEqualTo("2025");
    }

    @Test
    void aNightToldInThePastOfAMorningReportIsTheNightBefore() {
        String text = "The Varda Owls led for much of the night, but they lost in extra time.";
        assertThat(value(text, WEDNESDAY, "2019-12-04T09:30:00", "night")).isEqualTo("2019-12-03TNI");
        assertThat(value(text, WEDNESDAY, "2019-12-04T23:10:00", "night")).as("stamped late: that night").isEqualTo("2019-12-04TNI");
        assertThat(value("The Varda Owls will play through the night.", WEDNESDAY, "2019-12-04T09:30:00", "night"))
                .as("a night to come").isEqualTo("2019-12-04TNI");
    }

    @Test
    void lastBeforeABoundedCountIsAVerb() {
        assertThat(times("Since the flashes over Varda only last about three seconds, few saw them.", WEDNESDAY))
                .extracting(TimeMention::text, TimeMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("three seconds", "PT3S"));
    }

    @Test
    void aGameClockIsNoTime() {
        assertThat(times("The Owls trailed until goals by Orlan and Brel in the final 4:29 of regulation.", WEDNESDAY))
                .isEmpty();
    }

    @Test
    void theDayBeforeIsCountedFromTheDayNamedBeforeIt() {
        String text = "On Monday, Lorvik and Varda clinched. The day before, the Owls made it with a late goal.";
        assertThat(value(text, WEDNESDAY, "The day before")).isEqualTo("2019-12-01");
        String near = "On Monday, Lorvik and Varda clinched. Lorvik beat the Larks 3-0 at home. "
                + "The day before, the Owls made it with a late goal.";
        assertThat(value(near, WEDNESDAY, "The day before")).as("a day named two sentences back").isEqualTo("2019-12-01");
        String far = "On Monday, Lorvik and Varda clinched. The Owls play well. Their coach is calm. The fans sing. "
                + "The Larks lost. The day before, the Owls made it with a late goal.";
        assertThat(value(far, WEDNESDAY, "The day before")).as("a day named five sentences back: left")
                .isNotEqualTo("2019-12-01");
    }

    @Test
    void aBareClockTakesTheDayNamedBeforeItInItsSentence() {
        assertThat(value("Friday's missile flew over Lorvik at around 7:06 a.m., the Varda agency said.", WEDNESDAY,
                "2019-12-04T10:25:00", "7:06 a.m.")).isEqualTo("2019-11-29T07:06");
        assertThat(value("The Varda agency said on Friday. The missile flew over Lorvik at around 7:06 a.m.", WEDNESDAY,
                "2019-12-04T10:25:00", "7:06 a.m.")).as("a day of another sentence").isEqualTo("2019-12-04T07:06");
        assertThat(value("The Varda agency on Friday ended its year with a sunset launch from Lorvik.", WEDNESDAY,
                "2019-12-04T10:25:00", "sunset")).as("a time of day without a clock").startsWith("2019-11-29");
        assertThat(value("The Owls played on Sunday night in Varda, and the game ended at 12:30 a.m.", WEDNESDAY,
                "2019-12-04T10:25:00", "12:30 a.m.")).as("the small hours after a night").isEqualTo("2019-12-02T00:30");
    }

    @Test
    void aMonthOfAStoryToComeMovesIntoItsYear() {
        String tour = "The Owls will play a 2021 tour of Varda. The tour opens September 9th in Lorvik and closes October 10th.";
        assertThat(value(tour, WEDNESDAY, "September 9th")).isEqualTo("2021-09-09");
        assertThat(value(tour, WEDNESDAY, "October 10th")).isEqualTo("2021-10-10");
        assertThat(value("The Owls will play a 2021 tour of Varda. They announced it on October 10th in Lorvik.", WEDNESDAY,
                "October 10th")).as("told in the past").isEqualTo("2019-10-10");
        assertThat(value("The Owls will play a 2021 tour of Varda. They rehearse from December 9th in Lorvik.", WEDNESDAY,
                "December 9th")).as("a day the rules put to come").isEqualTo("2019-12-09");
        assertThat(value("The Owls will play a 2021 tour of Varda. The best gate is the October one.", WEDNESDAY,
                "October")).as("a month without its day").isEqualTo("2019-10");
    }

    @Test
    void aClockOfTheNextMorningIsOnTheDayAfterTheStorysDay() {
        assertThat(value("The Lorvik ferry sailed at 11 p.m. on March 3 and docked at 7 a.m. the next morning in Varda.",
                WEDNESDAY, "7 a.m. the next morning")).isEqualTo("2019-03-04T07:00");
    }

    @Test
    void aBareClockTakesTheDayAfterItsZone() {
        assertThat(value("The Varda council will meet at 3 p.m. ET Friday in Lorvik.", WEDNESDAY, "2019-12-04T10:25:00",
                "3 p.m.")).isEqualTo("2019-12-06T15:00");
        assertThat(value("The Varda council met at 3 p.m. ET in Lorvik.", WEDNESDAY, "2019-12-04T22:25:00", "3 p.m."))
                .as("no day after the zone").startsWith("2019-12-04");
    }

    @Test
    void aMonthAfterAParticipleOfADoneActIsPast() {
        assertThat(value("The Varda plan appears close to one announced by the ministry in March.", WEDNESDAY, "March"))
                .isEqualTo("2019-03");
        assertThat(value("The Varda plan appears close to one postponed until March.", WEDNESDAY, "March"))
                .as("a schedule").isEqualTo("2020-03");
        assertThat(value("The Varda plan appears close to the vote in March.", WEDNESDAY, "March"))
                .as("no participle: the nearest").isEqualTo("2020-03");
        assertThat(value("The Owls are the only team that haven't yet qualified for the March final.", WEDNESDAY, "March"))
                .as("a participle after 'have' and adverbs").isEqualTo("2020-03");
    }

    @Test
    void aSeasonToldInThePastBeforeItBeginsIsTheOneBefore() {
        LocalDate january = LocalDate.of(2019, 1, 9);
        assertThat(value("Ms. Orlan first thought of leaving Varda during the summer.", january, "summer"))
                .isEqualTo("2018-SU");
        assertThat(value("Ms. Orlan first thought of leaving Varda during the summer.", WEDNESDAY, "summer"))
                .as("the summer already came this year").isEqualTo("2019-SU");
        assertThat(value("The Varda ferry will run again in the spring.", LocalDate.of(2019, 10, 2), "spring"))
                .as("a spring to come after it ended").isEqualTo("2020-SP");
        assertThat(value("Ms. Orlan first thought of leaving Varda during the winter.", LocalDate.of(2019, 11, 6),
                "winter")).as("a winter spans two years: not coded").isEqualTo("2019-WI");
    }

    @Test
    void aPlanToldInThePastMayLieAhead() {
        LocalDate march = LocalDate.of(2019, 3, 20);
        assertThat(value("The governor extended the curfew, which was due to end on May 30, by a month.", march,
                "May 30")).isEqualTo("2019-05-30");
        assertThat(value("The governor extended the curfew, which ended on May 30, by a month.", march, "May 30"))
                .as("an act told in the past").isEqualTo("2018-05-30");
    }

    @Test
    void theYearOfARankingIsTheYearUnderWay() {
        assertThat(value("Varda radio will play the best songs and albums of the year on Sunday.", WEDNESDAY, "the year"))
                .isEqualTo("2019");
        assertThat(value("Mara Olsen will coach every game of the year.", WEDNESDAY, "the year"))
                .as("no ranking").isEqualTo("P1Y");
        assertThat(value("Varda radio played the best songs of the year.", WEDNESDAY, "the year"))
                .as("a ranking told in the past").isEqualTo("P1Y");
        assertThat(value("Mara Olsen is still waiting for her first goal of the year.", WEDNESDAY, "the year"))
                .as("an ordinal").isEqualTo("2019");
    }

    @Test
    void todayAsNowadaysIsThePresent() {
        assertThat(value("The flood of 1850 still haunts the people of Lorvik today.", WEDNESDAY, "today"))
                .isEqualTo("PRESENT_REF");
        assertThat(value("Lorvik has fought smog for a century and continues to struggle with it today.", WEDNESDAY,
                "today")).isEqualTo("PRESENT_REF");
        assertThat(value("The Varda minister said today that the port will reopen.", WEDNESDAY, "today"))
                .as("the news of the day").isEqualTo("2019-12-04");
        assertThat(value("Rescuers are still searching for the crew of the Varda ferry today.", WEDNESDAY, "today"))
                .as("an act under way").isEqualTo("2019-12-04");
        assertThat(value("The talks in Lorvik continue today.", WEDNESDAY, "today"))
                .as("a bare 'continue'").isEqualTo("2019-12-04");
    }

    @Test
    void todayAfterAVerbOfALastingStateIsThePresent() {
        assertThat(value("The Varda ferries are the fastest boats that exist today.", WEDNESDAY, "today"))
                .isEqualTo("PRESENT_REF");
        assertThat(value("The comets we observe today formed long before the Earth.", WEDNESDAY, "today"))
                .isEqualTo("PRESENT_REF");
        assertThat(value("The talks in Lorvik resume today.", WEDNESDAY, "today"))
                .as("an act of the day").isEqualTo("2019-12-04");
    }

    @Test
    void todayClosingAClauseOfWhatOneHasBecomeIsThePresent() {
        assertThat(value("Mara Olsen thanked the coaches who got her to where she is in her career today.", WEDNESDAY,
                "today")).isEqualTo("PRESENT_REF");
        assertThat(value("The old maps show the Lorvik harbour much as it is today.", WEDNESDAY, "today"))
                .isEqualTo("PRESENT_REF");
        assertThat(value("The Lorvik coach made Mara Olsen the player she is today.", WEDNESDAY, "today"))
                .as("after a noun").isEqualTo("PRESENT_REF");
        assertThat(value("The vote on the Lorvik harbour is today.", WEDNESDAY, "today"))
                .as("no pronoun subject").isEqualTo("2019-12-04");
        assertThat(value("Nobody knows where the Varda talks are today.", WEDNESDAY, "today"))
                .as("a noun subject").isEqualTo("2019-12-04");
        assertThat(value("The Lorvik mayor said what he is doing today.", WEDNESDAY, "today"))
                .as("a verb after 'be'").isEqualTo("2019-12-04");
    }

    @Test
    void aWeekdayAfterADeadlineWordIsToCome() {
        assertThat(value("The storm over Varda should ease by Thursday morning, officials said.", WEDNESDAY,
                "Thursday morning")).isEqualTo("2019-12-05TMO");
        assertThat(value("The Lorvik museum stays closed until Monday.", WEDNESDAY, "Monday"))
                .isEqualTo("2019-12-09");
        assertThat(value("Snow fell on Lorvik until Tuesday night.", WEDNESDAY, "Tuesday night"))
                .as("told in the past").isEqualTo("2019-12-03TNI");
    }

    @Test
    void aWeekdayOfWhatIsLikelyOrPreparedOrNamedByIsIsToCome() {
        assertThat(value("Smog over Lorvik is likely to reach severe levels on Monday.", WEDNESDAY, "Monday"))
                .isEqualTo("2019-12-09");
        assertThat(value("As Varda prepares to vote in Sunday's election, the mayor toured the port.", WEDNESDAY,
                "Sunday")).isEqualTo("2019-12-08");
        assertThat(value("The Lorvik council plans to vote on the budget on Monday.", WEDNESDAY, "Monday"))
                .isEqualTo("2019-12-09");
        assertThat(value("The Lorvik ferry is unlikely to resume service before Monday.", WEDNESDAY, "Monday"))
                .isEqualTo("2019-12-09");
        assertThat(value("The Varda festival's opening day is Tuesday.", WEDNESDAY, "Tuesday")).isEqualTo("2019-12-10");
        assertThat(value("The Varda vote is on Monday.", WEDNESDAY, "Monday")).isEqualTo("2019-12-09");
        assertThat(value("Smog over Lorvik was likely to reach severe levels on Monday.", WEDNESDAY, "Monday"))
                .as("told in the past").isEqualTo("2019-12-02");
        assertThat(value("The Varda vote was on Monday.", WEDNESDAY, "Monday")).as("told in the past")
                .isEqualTo("2019-12-02");
        assertThat(value("The mayor said Monday that the port is ready.", WEDNESDAY, "Monday")).isEqualTo("2019-12-02");
    }

    @Test
    void aWeekdayThatAPresentOpeningOrClosingDatesIsToCome() {
        assertThat(value("The Lorvik boat fair opens to visitors on Friday.", WEDNESDAY, "Friday"))
                .isEqualTo("2019-12-06");
        assertThat(value("Voting in the Varda runoff begins Monday.", WEDNESDAY, "Monday")).isEqualTo("2019-12-09");
        assertThat(value("The Lorvik boat fair opened to visitors on Friday.", WEDNESDAY, "Friday"))
                .as("told in the past").isEqualTo("2019-11-29");
        assertThat(value("The Varda mayor opens a bridge, officials said on Monday.", WEDNESDAY, "Monday"))
                .as("another verb between").isEqualTo("2019-12-02");
    }

    @Test
    void aPlannedSeasonOnALatePageIsNextYears() {
        LocalDate december = LocalDate.of(2019, 12, 18);
        assertThat(value("The Varda probe may still miss the proposed summer launch.", december, "summer"))
                .isEqualTo("2020-SU");
        assertThat(value("The Varda probe may still miss the proposed summer launch.", LocalDate.of(2019, 2, 6),
                "summer")).as("a summer still to come this year").isEqualTo("2019-SU");
        assertThat(value("The Varda probe missed its summer launch.", december, "summer"))
                .as("no plan").isEqualTo("2019-SU");
    }

    @Test
    void aDayOfAPlanToldInThePastIsTheNearest() {
        LocalDate june = LocalDate.of(2019, 6, 1);
        assertThat(value("The riot came days before the scheduled end of the Varda curfew on July 26.", june, "July 26"))
                .isEqualTo("2019-07-26");
        assertThat(value("The riot came days before the end of the Varda curfew on July 26.", june, "July 26"))
                .as("no plan").isEqualTo("2018-07-26");
        assertThat(value("A planned strike was announced on July 26.", june, "July 26"))
                .as("a participle between").isEqualTo("2018-07-26");
    }

    @Test
    void aDayOfAMonthNearTheReferenceIsThatOneWhateverTheTense() {
        LocalDate july = LocalDate.of(2019, 7, 10);
        assertThat(value("The riot came days before the end of the Varda curfew on July 26.", july, "July 26"))
                .as("told in the past, 16 days ahead").isEqualTo("2019-07-26");
        assertThat(value("Lorvik replied by proposing a round of talks on January 9.", LocalDate.of(2020, 1, 3),
                "January 9")).isEqualTo("2020-01-09");
        assertThat(value("Varda Air will move its flights to the new runway, beginning with a Dec. 8 flight.",
                LocalDate.of(2019, 12, 27), "Dec. 8")).as("told as to come, 19 days back").isEqualTo("2019-12-08");
        assertThat(value("The riot came days before the end of the Varda curfew on September 26.", july,
                "September 26")).as("78 days ahead: the tense decides").isEqualTo("2018-09-26");
        assertThat(value("The Varda council will meet again on June 20.", july, "June 20"))
                .as("20 days back, told as to come: this year's, not the next").isEqualTo("2019-06-20");
    }

    @Test
    void aHalfOfAYearIsThatHalf() {
        assertThat(value("Exports from Varda fell in the first half of 2018.", WEDNESDAY, "the first half of 2018"))
                .isEqualTo("2018-H1");
        assertThat(value("Exports from Varda rose in the second half of 2018.", WEDNESDAY, "the second half of 2018"))
                .isEqualTo("2018-H2");
    }

    @Test
    void todaysBeforeANounOfAnEraIsThePresent() {
        assertThat(value("The Varda festival has lost touch with today's music.", WEDNESDAY, "today"))
                .isEqualTo("PRESENT_REF");
        assertThat(value("Mara Olsen wrote a book on how today's restless teenagers spend their money.", WEDNESDAY,
                "today")).as("adjectives between").isEqualTo("PRESENT_REF");
        assertThat(value("The Lorvik mayor did not attend today's meeting of the council.", WEDNESDAY, "today"))
                .as("a meeting of the day").isEqualTo("2019-12-04");
        assertThat(value("The Lorvik Owls expect a crowd of ten thousand at today's big game.", WEDNESDAY, "today"))
                .as("a game of the day").isEqualTo("2019-12-04");
        assertThat(value("Mara Olsen writes novels about crime in today's Berlin.", WEDNESDAY, "today"))
                .as("a place as it is now").isEqualTo("PRESENT_REF");
        assertThat(value("Mara Olsen will run in today's Berlin marathon.", WEDNESDAY, "today"))
                .as("a race of the day in a place").isEqualTo("2019-12-04");
    }

    @Test
    void aMonthOfThatYearIsInTheYearNamedBefore() {
        assertThat(value("The Lorvik Owls had a cursed 1969 season. They lost eight games in September of that year.",
                WEDNESDAY, "September")).isEqualTo("1969-09");
        assertThat(value("The Lorvik Owls had a cursed 1969 season. They lost eight games in September.",
                WEDNESDAY, "September")).as("no \"of that year\"").isEqualTo("2019-09");
        assertThat(value("Reports of the Lorvik leak go back to early 2016. The leak began in late January of that year.",
                WEDNESDAY, "late January")).as("a part of the month").isEqualTo("2016-01");
        assertThat(value("Reports of the Lorvik leak go back to early 2016. The leak began in late January.",
                WEDNESDAY, "late January")).as("no \"of that year\"").isEqualTo("2019-01");
    }

    @Test
    void theEarlyHoursOfAWeekdayAreThatDay() {
        assertThat(value("The Lorvik Owls won the final in the early hours of Thursday.", WEDNESDAY,
                "the early hours of Thursday")).isEqualTo("2019-11-28");
        assertThat(times("The Lorvik Owls trained in the early hours of the strike.", WEDNESDAY))
                .as("no day named").extracting(TimeMention::value).noneMatch(v -> v != null && v.startsWith("2019"));
    }

    @Test
    void aSentenceAskingToSignUpHasNoTime() {
        String text = "The Lorvik Post covers the harbour and the council of Varda, its ferries and its schools, the "
                + "markets and the weather, with reporters in every district of the city and beyond it. Sign up for "
                + "the free weekly newsletter. The Varda council met on Monday.";
        assertThat(times(text, WEDNESDAY)).extracting(TimeMention::text).doesNotContain("weekly").contains("Monday");
        assertThat(times("The council of Varda will sign up new members weekly, the mayor said.", WEDNESDAY))
                .as("no sentence opening with the call").extracting(TimeMention::text).contains("weekly");
        assertThat(times(text.replace("the free weekly newsletter", "a month of free rides on the Varda ferry"), WEDNESDAY))
                .as("a deal, no newsletter").extracting(TimeMention::text).contains("a month");
    }

    @Test
    void aYearBoundedByOrLaterBeforeAProductNamesItsModels() {
        assertThat(times("If you own a 2016 or later Varda tablet, the new charger fits it.", WEDNESDAY))
                .extracting(TimeMention::text).doesNotContain("2016");
        assertThat(times("Owners of a 2014 or older phone need the new plug.", WEDNESDAY))
                .extracting(TimeMention::text).doesNotContain("2014");
        assertThat(times("The pier was rebuilt in 2016 or later, the council said.", WEDNESDAY))
                .extracting(TimeMention::value).as("no noun after the bound").contains("2016");
    }

    @Test
    void aYearAfterAVerbBeforeANameOnAMakersLineIsAModel() {
        assertThat(times("Lexus reveals 2021 Kestrel with a bigger engine", WEDNESDAY))
                .extracting(TimeMention::text).doesNotContain("2021");
        assertThat(times("Lexus sponsors the 2021 Lorvik Regatta.", WEDNESDAY))
                .extracting(TimeMention::value).as("after an article: a happening of that year").contains("2021");
        assertThat(times("Varda Motors reveals 2021 Kestrel with a bigger engine", WEDNESDAY))
                .extracting(TimeMention::value).as("no maker named on the line").contains("2021");
    }

    @Test
    void lastMinuteBeforeANounIsNoTime() {
        assertThat(times("After a few last minute changes, the Varda council passed the budget.", WEDNESDAY))
                .extracting(TimeMention::text).doesNotContain("last minute");
        assertThat(times("The Varda council changed the budget at the last minute.", WEDNESDAY))
                .extracting(TimeMention::text).contains("the last minute");
    }

    @Test
    void nowThatOpeningASentenceIsAConnective() {
        assertThat(times("Now that the pier is open, ferries from Lorvik dock in Varda.", WEDNESDAY)).isEmpty();
        assertThat(value("Ferries dock in Varda more often now that the pier is open.", WEDNESDAY, "now"))
                .as("inside a sentence").isEqualTo("PRESENT_REF");
        assertThat(value("Now that is a storm worth a warning.", WEDNESDAY, "Now"))
                .as("that as the subject").isEqualTo("PRESENT_REF");
    }

    @Test
    void aRangeBetweenTwoCountsIsValuedByTheLowerOne() {
        assertThat(value("The ferry rocked for between eight and 12 seconds before it settled.", WEDNESDAY,
                "eight and 12 seconds")).isEqualTo("PT8S");
    }

    @Test
    void theQuarterIsTheQuarterNamedBeforeIt() {
        String text = "Varda Bank says its fourth-quarter results suffer from the storm. Its profit for the quarter is "
                + "down by half.";
        assertThat(value(text, WEDNESDAY, "the quarter")).isEqualTo("2019-Q4");
        assertThat(value("Varda Bank's profit rose in the quarter.", WEDNESDAY, "the quarter"))
                .as("no quarter named: the last one completed").isEqualTo("2019-Q3");
    }

    @Test
    void theYearSoFarIsTheYearUnderWay() {
        assertThat(value("Varda sold 300 ferry tickets in October, the most of the year so far.", WEDNESDAY, "the year"))
                .isEqualTo("2019");
        assertThat(value("Varda sold 300 ferry tickets in October, the most of the year.", WEDNESDAY, "the year"))
                .as("a ranking told in the past").isEqualTo("P1Y");
    }

    @Test
    void tonightToldInThePastOnAMorningPageIsTheNightBefore() {
        assertThat(value("The Varda council said tonight it would close the pier.", WEDNESDAY, "2019-12-04T09:30:00",
                "tonight")).isEqualTo("2019-12-03TNI");
        assertThat(value("The Varda council will meet tonight to close the pier.", WEDNESDAY, "2019-12-04T09:30:00",
                "tonight")).as("a night to come").isEqualTo("2019-12-04TNI");
        assertThat(value("The Varda council said tonight it would close the pier.", WEDNESDAY, "2019-12-04T19:30:00",
                "tonight")).as("an evening page").isEqualTo("2019-12-04TNI");
    }
}
