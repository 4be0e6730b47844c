package org.dateline.nlp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's annotation depends on that article alone: the tense SUTime reads beside a weekday in one article
 * ("was launched on Tuesday", resolved to the past) must not decide a weekday with no tense beside it in the next
 * ("to give evidence on Tuesday before a committee", the nearest Tuesday).
 */
class TenseTagsTest {
    private static final String LAUNCH = """
            Northwind Aerospace said its weather satellite, Kestrel-2, was launched on Tuesday from a coastal pad in \
            Orvalia. Contact with it was lost hours later.
            """;
    private static final LocalDate LAUNCH_DATE = LocalDate.of(2018, 1, 14); // a Sunday
    private static final String HEARING = """
            Mara Quell, who resigned last week as head of the Orvalian water board, is due to give evidence on Tuesday \
            before a parliamentary committee. It is the first of three hearings this week.
            """;
    private static final LocalDate HEARING_DATE = LocalDate.of(2017, 10, 2); // a Monday
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        annotator = Annotator.forPreset(Preset.TIMES);
    }

    @AfterAll
    static void unload() {
        Annotator.unload(Preset.TIMES);
    }

    @Test
    void eachArticleIsAnnotatedAsIfAlone() {
        Annotation hearingAlone = annotator.annotate(HEARING, HEARING_DATE);
        Annotation launchAfterHearing = annotator.annotate(LAUNCH, LAUNCH_DATE);
        Annotation hearingAfterLaunch = annotator.annotate(HEARING, HEARING_DATE);
        Annotation launchAfterBoth = annotator.annotate(LAUNCH, LAUNCH_DATE);

        assertThat(hearingAfterLaunch).isEqualTo(hearingAlone);
        assertThat(launchAfterBoth).isEqualTo(launchAfterHearing);
        assertThat(value(hearingAfterLaunch, "Tuesday")).isEqualTo("2017-10-03"); // the nearest Tuesday
        assertThat(value(launchAfterBoth, "Tuesday")).isEqualTo("2018-01-09"); // "was launched": the past one
    }

    private static String value(Annotation annotation, String word) {
        return annotation.timexes().stream().filter(t -> t.text().startsWith(word)).findFirst().orElseThrow().value();
    }
}
