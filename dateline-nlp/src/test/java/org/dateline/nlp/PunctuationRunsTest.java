package org.dateline.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PunctuationRunsTest {

    @Test
    void runsLongerThanThreeAreCutAndTheLengthIsKept() {
        String text = "Wait.... \"\"\"\"\"\"yes\" -- no ----------- end!!!!";
        String tamed = PunctuationRuns.tame(text);
        assertThat(tamed).hasSameSizeAs(text)
                .isEqualTo("Wait...  \"\"\"   yes\" -- no ---         end!!! ");
    }

    @Test
    void textWithoutLongRunsIsTheSameObject() {
        String text = "He said: \"We will meet again...\" -- and left.";
        assertThat(PunctuationRuns.tame(text)).isSameAs(text);
    }

    @Test
    void lettersDigitsAndSpacesAreNeverRuns() {
        String text = "Zzzzz 100000      aaaa";
        assertThat(PunctuationRuns.tame(text)).isSameAs(text);
    }

    /** A page of 50,000 quotation marks once held a worker for ever; its offsets must still point into the text. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aPageOfQuotationMarksIsAnnotatedAndOffsetsPointIntoTheGivenText() {
        String text = "Minister Ilse Brandt spoke on Monday. " + "\"".repeat(50_000) + " Then she left Mirren.";
        Annotation a = Annotator.forPreset(Preset.FACTS).annotate(text, LocalDate.of(2024, 5, 6));
        Token last = a.sentences().get(a.sentences().size() - 1).tokens().stream()
                .filter(t -> t.word().equals("Mirren")).findFirst().orElseThrow();
        assertThat(text.substring(last.start(), last.end())).isEqualTo("Mirren");
    }
}
