package org.dateline.facts;

import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.dateline.resources.TsvResource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteConfidenceTest {

    @Test
    void signalsNameTheCueWhereItIsTheSpeakerTheKindTheLengthAndTheDistance() {
        assertThat(QuoteConfidence.signals(QuoteConfidence.Cue.VERB, 0, 3, new Speaker("a1", "Lena Markov", "Markov"),
                QuoteKind.DIRECT, 12))
                .containsExactly("cue:verb", "cue-sentence:same", "speaker:name", "kind:direct", "words:6-15",
                        "distance:near");
        assertThat(QuoteConfidence.signals(QuoteConfidence.Cue.VERB, -1, 200, new Speaker("a1", "Lena Markov", "She"),
                QuoteKind.DIRECT, 50))
                .contains("cue-sentence:before", "speaker:pronoun", "words:41+", "distance:far");
        assertThat(QuoteConfidence.signals(QuoteConfidence.Cue.ACCORDING, 0, 0, new Speaker(null, "police", "police"),
                QuoteKind.INDIRECT, 4))
                .contains("cue:according", "speaker:described", "kind:indirect", "words:1-5");
        assertThat(QuoteConfidence.signals(QuoteConfidence.Cue.NONE, 0, -1, new Speaker(null, null, null),
                QuoteKind.DIRECT, 20))
                .contains("cue:none", "cue-sentence:none", "speaker:none", "distance:none");
        assertThat(QuoteConfidence.signals(QuoteConfidence.Cue.VERB, 0, 0,
                new Speaker("a2", "Ministry of Health", "The ministry"), QuoteKind.MIXED, 20))
                .contains("speaker:described", "kind:mixed");
    }

    @Test
    void extractedQuotesCarryTheirSignalsAndConfidence() {
        FactsFixture f = FactsFixture.of("""
                The harbour board met on Tuesday to discuss the new ferry timetable.

                “The evening crossings will stay as they are until the spring,” said Lena Markov, the board's chair.

                Later a second statement followed, in the words of the deputy chair:

                “We still need the crews before any change is made to the winter service.”
                """);
        Quote named = f.quote("The evening crossings");
        assertThat(named.signals()).contains("cue:verb", "cue-sentence:same", "speaker:name", "kind:direct",
                "distance:near");
        assertThat(named.confidence()).isEqualTo(QuoteConfidence.of(named.signals())).isBetween(0.0, 1.0);
        assertThat(f.quotes()).allSatisfy(q -> assertThat(q.confidence()).isNotNull().isBetween(0.0, 1.0));
    }

    @Test
    void aNamedSpeakerWithASpeechVerbRanksAboveAPronounBehindAColon() {
        double named = QuoteConfidence.of(QuoteConfidence.signals(QuoteConfidence.Cue.VERB, 0, 5,
                new Speaker("a1", "Lena Markov", "Lena Markov"), QuoteKind.DIRECT, 14));
        double pronoun = QuoteConfidence.of(QuoteConfidence.signals(QuoteConfidence.Cue.VERB, -1, 40,
                new Speaker("a1", "Lena Markov", "she"), QuoteKind.DIRECT, 14));
        double nobody = QuoteConfidence.of(QuoteConfidence.signals(QuoteConfidence.Cue.NONE, 0, -1,
                new Speaker(null, null, null), QuoteKind.DIRECT, 14));
        assertThat(named).isGreaterThan(pronoun);
        assertThat(pronoun).isGreaterThan(nobody);
    }

    @Test
    void everyWeighedSignalIsOneTheExtractorEmits() {
        String cues = Arrays.stream(QuoteConfidence.Cue.values()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
        String kinds = Arrays.stream(QuoteKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
        String known = "bias|cue:(" + cues + ")|cue-sentence:(same|before|after|none)"
                + "|speaker:(none|pronoun|name|described)|kind:(" + kinds + ")|words:(1-5|6-15|16-40|41\\+)"
                + "|distance:(none|near|mid|far)";
        assertThat(TsvResource.rows(QuoteConfidence.class, "quote-confidence.tsv", 2))
                .allSatisfy(row -> assertThat(row[0]).matches(known));
    }

    @Test
    void aQuoteWithoutConfidenceIsKeptByAnyThreshold() {
        Quote unknown = new Quote("q", "a", new Speaker(null, null, null), QuoteKind.DIRECT, null, "words", 0, 5,
                null, null);
        assertThat(unknown.atLeast(0.99)).isTrue();
        Quote low = new Quote("q", "a", new Speaker(null, null, null), QuoteKind.DIRECT, null, "words", 0, 5, null,
                null, null, null, 0.3, List.of("cue:none"));
        assertThat(low.atLeast(0.5)).isFalse();
        assertThat(low.atLeast(0.3)).isTrue();
    }
}
