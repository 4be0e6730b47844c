package org.dateline.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameGateTest {
    private static boolean mayHoldName(String... wordsAndTags) {
        List<String[]> tokens = new ArrayList<>();
        for (int i = 0; i < wordsAndTags.length; i += 2) {
            tokens.add(new String[] {wordsAndTags[i], wordsAndTags[i + 1]});
        }
        return NameGate.mayHoldName(tokens, t -> t[0], t -> t[1]);
    }

    @Test
    void aProperNounTagPassesWhereverItStands() {
        assertThat(mayHoldName("Velmar", "NNP", "objected", "VBD")).isTrue();
        assertThat(mayHoldName("the", "DT", "democrats", "NNPS", "objected", "VBD")).isTrue();
    }

    @Test
    void aCapitalAfterTheFirstWordPasses() {
        assertThat(mayHoldName("The", "DT", "envoy", "NN", "from", "IN", "Norland", "JJ")).isTrue();
        assertThat(mayHoldName("the", "DT", "iPhone", "NN", "sold", "VBD")).isTrue();
    }

    /** The tagger may call a name that opens a sentence a common noun; only a function word's capital is ignored. */
    @Test
    void theFirstWordsCapitalCountsUnlessItIsAFunctionWord() {
        assertThat(mayHoldName("Marisol", "NN", "is", "VBZ", "at", "IN", "home", "NN")).isTrue();
        assertThat(mayHoldName("\"", "``", "Analysts", "NNS", "agree", "VBP")).isTrue();
        assertThat(mayHoldName("The", "DT", "talks", "NNS", "ended", "VBD", ".", ".")).isFalse();
        assertThat(mayHoldName("\"", "``", "It", "PRP", "is", "VBZ", "over", "RB")).isFalse();
        assertThat(mayHoldName("However", "RB", "nobody", "NN", "came", "VBD")).isFalse();
    }

    @Test
    void aLowercaseSentenceDoesNot() {
        assertThat(mayHoldName("nobody", "NN", "was", "VBD", "surprised", "JJ")).isFalse();
    }
}
