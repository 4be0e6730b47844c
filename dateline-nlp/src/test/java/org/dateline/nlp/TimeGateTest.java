package org.dateline.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeGateTest {
    @Test
    void numbersAndTimeWordsPass() {
        assertThat(TimeGate.mayBeTemporal("2019", "CD")).isTrue();
        assertThat(TimeGate.mayBeTemporal("eleven", "NN")).isTrue(); // the number normaliser reads words, not tags
        assertThat(TimeGate.mayBeTemporal("5pm", "NN")).isTrue();
        assertThat(TimeGate.mayBeTemporal("Tuesdays", "NNPS")).isTrue();
        assertThat(TimeGate.mayBeTemporal("Sept.", "NNP")).isTrue();
        assertThat(TimeGate.mayBeTemporal("three-month", "JJ")).isTrue();
        assertThat(TimeGate.mayBeTemporal("semiannual", "JJ")).isTrue();
        assertThat(TimeGate.mayBeTemporal("X-mas", "NNP")).isTrue();
        assertThat(TimeGate.mayBeTemporal("currently", "RB")).isTrue();
    }

    @Test
    void aSentenceOfNamesAndVerbsIsSkipped() {
        // the sentence GatedNerTest's fixture holds with its entity mention and no time
        String[][] tagged = {{"Officials", "NNS"}, {"in", "IN"}, {"Lesovia", "NNP"}, {"called", "VBD"},
                {"the", "DT"}, {"move", "NN"}, {"reckless", "JJ"}, {".", "."}};
        for (String[] token : tagged) {
            assertThat(TimeGate.mayBeTemporal(token[0], token[1])).as(token[0]).isFalse();
        }
    }

    @Test
    void modalMayPassesBecauseSutimeReadsWordsNotTags() {
        assertThat(TimeGate.mayBeTemporal("may", "MD")).isTrue();
    }

    @Test
    void ordinaryWordsAndModifiersAloneDoNot() {
        for (String word : new String[] {"minister", "said", "talks", "last", "next", "early", "ago", "Velmar", ","}) {
            assertThat(TimeGate.mayBeTemporal(word, "NN")).as(word).isFalse();
        }
    }
}
