package org.dateline.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GluedSentencesTest {
    private static final Annotator TOKENS = Annotator.forPreset(Preset.TOKENS);

    private static List<List<String>> sentences(String text) {
        return TOKENS.annotate(text, null).sentences().stream()
                .map(s -> s.tokens().stream().map(Token::word).toList()).toList();
    }

    @Test
    void twoSentencesGluedAtAPeriodArePartedWithOffsetsIntoTheText() {
        String text = "She worked at the clinic as a nurse.Guards detained a man in Tolvar.";
        Annotation a = TOKENS.annotate(text, null);
        assertThat(a.sentences()).hasSize(2);
        Sentence first = a.sentences().get(0);
        Sentence second = a.sentences().get(1);
        assertThat(first.tokens()).extracting(Token::word).endsWith("nurse", ".");
        assertThat(second.tokens()).extracting(Token::word).startsWith("Guards", "detained");
        for (Token t : List.of(first.token(first.tokens().size() - 2), first.token(first.tokens().size() - 1),
                second.token(0))) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
        }
        assertThat(second.token(0).index()).isZero();
        assertThat(second.start()).isEqualTo(text.indexOf("Guards"));
    }

    @Test
    void abbreviationsNamesAndWebAddressesWithAPeriodStayWhole() {
        assertThat(sentences("Read it at www.example.com and e.g.The Times.")).hasSize(1);
        assertThat(sentences("The U.S.Army used Node.js on an iPhone.Apple was not told.")).hasSize(1)
                .first().asList().contains("U.S.Army", "Node.js", "iPhone.Apple");
        assertThat(sentences("Then Ajax vs.Benfica kicked off.")).hasSize(1);
    }

    @Test
    void emptyTextsAndTextsOfOnlyAGluedWordAreHandled() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences("   \n\n  ")).isEmpty();
        assertThat(sentences("nurse.Guards")).containsExactly(List.of("nurse", "."), List.of("Guards"));
        assertThat(sentences("one.Two three.Four")).as("two glued words in one sentence")
                .containsExactly(List.of("one", "."), List.of("Two", "three", "."), List.of("Four"));
    }

    @Test
    void plainCoreNlpKeepsItsOwnTokens() {
        assertThat(Preset.PLAIN_CORENLP.splitsGluedSentences()).isFalse();
        assertThat(Preset.FACTS.splitsGluedSentences()).isTrue();
    }
}
