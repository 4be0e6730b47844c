package org.dateline.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextAlignmentTest {
    private static final String ORIGINAL = "\n\nVelmora reopens locks\n\n  The river authority reopened the\u00A0locks "
            + "on Tuesday.\n\nShow more\n\nBarges   followed,\nofficials said.\n";

    @Test
    void spansOfTheExtractedTextMapToTheSameWordsOfTheOriginal() {
        String extracted = "The river authority reopened the locks on Tuesday.\n\nBarges followed,\nofficials said.";
        TextAlignment alignment = TextAlignment.of(ORIGINAL, extracted);
        assertThat(alignment.unalignedLines()).isZero();
        for (String words : new String[]{"Tuesday", "reopened the locks", "Barges followed,\nofficials"}) {
            int start = extracted.indexOf(words);
            int[] span = alignment.original(start, start + words.length()).orElseThrow();
            assertThat(ORIGINAL.substring(span[0], span[1]).replaceAll("[\\s\\u00A0]+", " ")).isEqualTo(words.replaceAll("\\s+", " "));
        }
        int[] padded = alignment.original(extracted.indexOf(" locks"), extracted.indexOf(" locks") + 7).orElseThrow();
        assertThat(ORIGINAL.substring(padded[0], padded[1])).isEqualTo("locks");
    }

    @Test
    void aLineExtractionChangedMapsNowhere() {
        String extracted = "The river authority reopened the locks on Tuesday.\n\nBarges sailed.";
        TextAlignment alignment = TextAlignment.of(ORIGINAL, extracted);
        assertThat(alignment.unalignedLines()).isEqualTo(1);
        int start = extracted.indexOf("sailed");
        assertThat(alignment.original(start, start + 6)).isEmpty();
        assertThat(alignment.original(0, 3)).isPresent();
    }
}
