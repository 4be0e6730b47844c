package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BranchIndexTest {
    private static final byte DUP = 0x59;
    private static final byte SIPUSH = 0x11;
    private static final byte INVOKESPECIAL = (byte) 0xb7;

    @Test
    void theOneConstructorCallWith512GetsTheSmallerRoom() {
        byte[] code = {0x2a, DUP, SIPUSH, 0x02, 0x00, INVOKESPECIAL, 0x00, 0x08, SIPUSH, 0x02, 0x00};
        byte[] resized = BranchIndex.resized(code, 16);
        assertThat(resized).containsExactly(0x2a, DUP, SIPUSH, 0x00, 0x10, INVOKESPECIAL, 0x00, 0x08, SIPUSH, 0x02, 0x00);
        assertThat(code[4]).as("the input is left as it was").isZero();
    }

    @Test
    void classBytesOfAnotherShapeAreRefused() {
        byte[] none = {DUP, SIPUSH, 0x01, 0x00, INVOKESPECIAL};
        byte[] two = {DUP, SIPUSH, 0x02, 0x00, INVOKESPECIAL, DUP, SIPUSH, 0x02, 0x00, INVOKESPECIAL};
        assertThatThrownBy(() -> BranchIndex.resized(none, 16)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BranchIndex.resized(two, 16)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theResizedClassIsInUseAndItsIndexGrowsPastItsRoom() {
        Annotator.forPreset(Preset.TOKENS);
        assertThat(BranchIndex.install()).as("defined before CoreNLP loaded its own").isTrue();
        // 40 tokens, each matching both alternatives: far more branches in one attempt than the index's first room
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CoreLabel token = new CoreLabel();
            token.setWord(i % 2 == 0 ? "ab" : "ba");
            tokens.add(token);
        }
        TokenSequencePattern pattern = TokenSequencePattern.compile("([{word:/a.*/}] | [{word:/.*a/}])+ [{word:/b.*/}]");
        TokenSequenceMatcher matcher = pattern.getMatcher(tokens);
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.start()).isZero();
        assertThat(matcher.end()).isEqualTo(40);
    }
}
