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
        List<TimeMention> found = times(text, reference);
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
}
