package org.dateline.nlp;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

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

    @Test
    void plainNumbersHoldNoTime() {
        assertThat(holdsTime("5/CD people/NNS were/VBD hurt/VBN")).isFalse();
        assertThat(holdsTime("2,000/CD troops/NNS and/CC 1.5/CD million/CD people/NNS")).isFalse();
        assertThat(holdsTime("three/CD ministers/NNS quit/VBD ,/, the/DT first/JJ in/IN 21st/JJ place/NN")).isFalse();
        assertThat(holdsTime("twenty-five/CD of/IN 300/CD seats/NNS ,/, twice/RB as/IN many/JJ")).isFalse();
    }

    @Test
    void timeWordsAndNumbersOfATimesShapeHoldATime() {
        for (String sentence : new String[] {"2019/CD was/VBD hard/JJ", "at/IN 10:30/CD", "on/IN 3/4/2020/CD",
                "the/DT 1990s/NNS", "in/IN '90s/NNS", "at/IN 5pm/NN", "FY2021/NN results/NNS",
                "two/CD thousand/CD troops/NNS", "fifteen/CD hundred/CD men/NNS", "ninety/CD dozen/NN eggs/NNS",
                "5/CD people/NNS on/IN Friday/NNP",
                "5/CD seconds/NNS", "half/NN the/DT men/NNS", "it/PRP once/RB was/VBD", "II/CD"}) {
            assertThat(holdsTime(sentence)).as(sentence).isTrue();
        }
    }

    @Test
    void plainNumbersInATimesContextHoldATime() {
        for (String sentence : new String[] {"at/IN 5/CD p.m./RB", "at/IN 5/CD PM/NN", "in/IN 70/CD AD/NNP",
                "at/IN ten/CD o'clock/RB", "in/IN '/'' 90/CD", "nineteen/CD ninety/CD", "twenty/CD twenty/CD",
                "ten/CD to/TO five/CD", "20/CD after/IN 3/CD", "10/CD :/: 30/CD", "1.5/CD ./. 20/CD",
                "1/CD 500/CD"}) {
            assertThat(holdsTime(sentence)).as(sentence).isTrue();
        }
        assertThat(holdsTime("seventy/CD AD/NNP executives/NNS")).isTrue();
        assertThat(holdsTime("5/CD to/TO 10/CD people/NNS")).isTrue(); // read as "ten to five", a clock time
        assertThat(holdsTime("I/PRP am/VBP 5/CD")).isFalse(); // "am" before the number, not after it
        assertThat(holdsTime("the/DT twenty/CD members/NNS")).isFalse();
    }

    /** Whether {@link TimeGate#mayHoldTime} keeps a sentence written as space-separated {@code word/TAG} tokens. */
    private static boolean holdsTime(String tagged) {
        List<String[]> tokens = Arrays.stream(tagged.split(" ")).map(t -> {
            int slash = t.lastIndexOf('/');
            return new String[] {t.substring(0, slash), t.substring(slash + 1)};
        }).toList();
        return TimeGate.mayHoldTime(tokens, t -> t[0], t -> t[1]);
    }
}
