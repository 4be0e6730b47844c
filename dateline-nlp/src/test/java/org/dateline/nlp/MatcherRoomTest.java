package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatcherRoomTest {
    private static final byte DUP = 0x59;
    private static final byte SIPUSH = 0x11;
    private static final byte INVOKESPECIAL = (byte) 0xb7;
    private static final byte[] BUFFER = {0x2a, SIPUSH, 0x00, (byte) 0x80, (byte) 0xbd};

    @Test
    void theOneConstructorCallWith512GetsTheSmallerRoom() {
        byte[] code = {0x2a, DUP, SIPUSH, 0x02, 0x00, INVOKESPECIAL, 0x00, 0x08, SIPUSH, 0x02, 0x00};
        byte[] resized = MatcherRoom.resized(code, 16);
        assertThat(resized).containsExactly(0x2a, DUP, SIPUSH, 0x00, 0x10, INVOKESPECIAL, 0x00, 0x08, SIPUSH, 0x02, 0x00);
        assertThat(code[4]).as("the input is left as it was").isZero();
    }

    @Test
    void classBytesOfAnotherShapeAreRefused() throws IOException {
        byte[] none = {DUP, SIPUSH, 0x01, 0x00, INVOKESPECIAL};
        byte[] two = {DUP, SIPUSH, 0x02, 0x00, INVOKESPECIAL, DUP, SIPUSH, 0x02, 0x00, INVOKESPECIAL};
        assertThatThrownBy(() -> MatcherRoom.resized(none, 16)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MatcherRoom.resized(two, 16)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MatcherRoom.sharedBuffers(BUFFER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MatcherRoom.sharedBuffers(coreNlpClass("SequenceMatcher$BranchStates.class")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bothBufferAllocationsBecomeCallsInPlaceAndTheConstantPoolGrows() throws IOException {
        byte[] original = coreNlpClass("SequenceMatcher$MatchedStates.class");
        byte[] edited = MatcherRoom.sharedBuffers(original);
        assertThat(indexOf(edited, BUFFER)).as("no buffer allocated").isNegative();
        int count = (original[8] & 0xff) << 8 | (original[9] & 0xff);
        assertThat((edited[8] & 0xff) << 8 | (edited[9] & 0xff)).isEqualTo(count + 9);
        int call = indexOf(edited, new byte[] {0x2a, (byte) 0xb8, (byte) ((count + 5) >> 8), (byte) (count + 5), 0, 0, 0});
        assertThat(call).as("first buffer: invokestatic firstPath, three nops").isPositive();
        assertThat(indexOf(edited, new byte[] {0x2a, (byte) 0xb8, (byte) ((count + 8) >> 8), (byte) (count + 8), 0, 0, 0}))
                .as("second buffer after the first").isGreaterThan(call);
        assertThat(edited.length - original.length).as("only the pool's nine entries added")
                .isEqualTo(3 + "org/dateline/nlp/MatcherRoom".length() + 3 + 3 + "()[Ljava/lang/Integer;".length()
                        + 3 + "firstPath".length() + 5 + 5 + 3 + "secondPath".length() + 5 + 5);
    }

    @Test
    void theThreeStartCallsCallTheFirstNodesInPlace() throws IOException {
        byte[] original = coreNlpClass("SequenceMatcher.class");
        assertRedirectedInPlace(original, MatcherRoom.startsChecked(original), INVOKESPECIAL, "findMatchStart", "(IZ)Z",
                3, "edu/stanford/nlp/ling/tokensregex/FirstNodes",
                "(Ledu/stanford/nlp/ling/tokensregex/SequenceMatcher;IZ)Z");
        assertThatThrownBy(() -> MatcherRoom.startsChecked(coreNlpClass("SequenceMatcher$MatchedStates.class")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTextRulesTwoMatcherCallsCallTextPatternsInPlace() throws IOException {
        byte[] original = coreNlpClass("SequenceMatchRules$StringPatternExtractRule.class");
        assertRedirectedInPlace(original, MatcherRoom.textsFolded(original), (byte) 0xb6, "matcher",
                "(Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;", 2,
                "edu/stanford/nlp/ling/tokensregex/TextPatterns",
                "(Ljava/util/regex/Pattern;Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;");
        assertThatThrownBy(() -> MatcherRoom.textsFolded(coreNlpClass("SequenceMatcher.class")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theEditedClassesAreInUseAndMatchAsCoreNlps() throws InterruptedException {
        Annotator.forPreset(Preset.TOKENS);
        assertThat(MatcherRoom.install()).as("defined before CoreNLP loaded its own").isTrue();
        // 40 tokens, each matching both alternatives: far more branches in one attempt than the index's first room,
        // and branch paths compared when the attempt splits (CoreNLP's own classes give the same match)
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CoreLabel token = new CoreLabel();
            token.setWord(i % 2 == 0 ? "ab" : "ba");
            tokens.add(token);
        }
        TokenSequencePattern pattern = TokenSequencePattern.compile("([{word:/a.*/}] | [{word:/.*a/}])+ ([{word:/b.*/}])");
        AtomicReference<TokenSequenceMatcher> found = new AtomicReference<>();
        AtomicReference<Integer[]> path = new AtomicReference<>();
        Thread matching = new Thread(() -> {
            TokenSequenceMatcher matcher = pattern.getMatcher(tokens);
            if (matcher.find()) {
                found.set(matcher);
            }
            path.set(MatcherRoom.firstPath());
        });
        matching.start();
        matching.join();
        assertThat(found.get().start()).isZero();
        assertThat(found.get().end()).isEqualTo(40);
        assertThat(found.get().start(2)).isEqualTo(39);
        assertThat(Arrays.stream(path.get()).anyMatch(Objects::nonNull)).as("the thread's buffer compared paths").isTrue();
    }

    /**
     * That {@code edited} is {@code original} with its {@code calls} calls ({@code opcode}) of {@code name descriptor}
     * made {@code invokestatic} calls of {@code owner.name staticDescriptor}, in place, and six pool entries added.
     */
    private static void assertRedirectedInPlace(byte[] original, byte[] edited, byte opcode, String name,
                                                String descriptor, int calls, String owner, String staticDescriptor) {
        int stock = MatcherRoom.methodRef(original, name, descriptor);
        byte[] call = {opcode, (byte) (stock >> 8), (byte) stock};
        assertThat(count(original, call)).isEqualTo(calls);
        assertThat(count(edited, call)).as("no call of the original left").isZero();
        int count = (original[8] & 0xff) << 8 | (original[9] & 0xff);
        assertThat(count(edited, new byte[] {(byte) 0xb8, (byte) ((count + 5) >> 8), (byte) (count + 5)}))
                .isEqualTo(calls);
        assertThat(edited.length - original.length).as("only the pool's six entries added")
                .isEqualTo(3 + owner.length() + 3 + 3 + staticDescriptor.length() + 3 + name.length() + 5 + 5);
    }

    /** A class file of TokensRegex's, read without loading the class (which would keep CoreNLP's own in use). */
    private static byte[] coreNlpClass(String name) throws IOException {
        try (InputStream in = MatcherRoomTest.class.getClassLoader()
                .getResourceAsStream("edu/stanford/nlp/ling/tokensregex/" + name)) {
            return in.readAllBytes();
        }
    }

    private static int count(byte[] bytes, byte[] sought) {
        int found = 0;
        for (int at = indexOf(bytes, sought, 0); at >= 0; at = indexOf(bytes, sought, at + 1)) {
            found++;
        }
        return found;
    }

    private static int indexOf(byte[] bytes, byte[] sought) {
        return indexOf(bytes, sought, 0);
    }

    private static int indexOf(byte[] bytes, byte[] sought, int from) {
        for (int i = from; i + sought.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        return -1;
    }
}
