package edu.stanford.nlp.ling.tokensregex;

import edu.stanford.nlp.ling.CoreLabel;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A match attempt skipped by its first nodes is one CoreNLP's own attempt would have failed. */
class FirstNodesTest {
    /** Every kind of expression the first nodes are read from, and some they are not. */
    private static final List<String> PATTERNS = List.of(
            "/the/ /day/",
            "[{tag:DT}]? /week/",
            "(/last/ | /next/) /week/",
            "( \"jan\" | \"feb\" | \"mar\" | \"apr\" | \"may\" | \"jun\" | \"jul\" ) /,/?",
            "(?: \"one\" \"two\" | \"three\" | \"four\" | \"five\" | \"six\" | \"seven\" | \"eight\" ) []",
            "[]{0,3} /end/",
            "/week/{2,4} | /of/+ /jan/",
            "/x/*",
            "(?$when /day/ | /week/) /after/",
            "^ /on/ /the/",
            "/end/ $",
            "/the/ & [{tag:DT}]",
            "(/the/) \\1",
            "[{word:/the|a/; tag:DT}] [!{tag:DT}]");

    private static final String WORDS =
            "on the day after the day of the week next week the end of jan , one two three two the the end";
    private static final String TAGS =
            "IN DT NN IN DT NN IN DT NN JJ NN DT NN IN NNP , CD CD CD CD DT DT NN";

    @BeforeAll
    static void matcherEdited() {
        Annotator.forPreset(Preset.TOKENS); // CoreNLP's matcher then calls FirstNodes, as in every run
    }

    @Test
    void everyStartAnswersAsCoreNlpsOwnAttempt() {
        assertEveryStartAsCoreNlps(tokens(WORDS, TAGS));
    }

    @Test
    void anEmptySequenceAndOddTokensAnswerAsCoreNlps() {
        assertEveryStartAsCoreNlps(List.of());
        List<CoreLabel> odd = tokens("the Zürich ’s the " + "x".repeat(10_000) + " day", "DT NNP POS DT NN NN");
        odd.add(new CoreLabel()); // no word, no tag
        CoreLabel empty = new CoreLabel();
        empty.setWord(""); // an empty word, kept by its (empty) text
        empty.setTag("NN");
        odd.add(empty);
        odd.add(empty);
        odd.addAll(tokens("the day", "DT NN"));
        assertEveryStartAsCoreNlps(odd);
    }

    private static void assertEveryStartAsCoreNlps(List<CoreLabel> tokens) {
        for (String source : PATTERNS) {
            TokenSequencePattern pattern = TokenSequencePattern.compile(source);
            for (boolean all : new boolean[] {false, true}) {
                for (int start = 0; start <= tokens.size(); start++) {
                    boolean stock = FirstNodes.stockFindMatchStart(Late.matcher(pattern, tokens), start, all);
                    boolean checked = FirstNodes.findMatchStart(Late.matcher(pattern, tokens), start, all);
                    assertThat(checked).as("%s at %d (whole sequence: %s)", source, start, all).isEqualTo(stock);
                }
            }
        }
    }

    @Test
    void theEditedMatcherAsksTheFirstNodesBeforeEachAttempt() {
        TokenSequencePattern pattern = TokenSequencePattern.compile("/week/ /the/ /end/");
        assertThat(FirstNodes.CACHE).doesNotContainKey(pattern);
        TokenSequenceMatcher matcher = pattern.getMatcher(tokens(WORDS, TAGS));
        assertThat(matcher.find()).isTrue();
        assertThat(List.of(matcher.start(), matcher.end())).containsExactly(10, 13);
        assertThat(FirstNodes.CACHE).as("read by the matcher's own find").containsKey(pattern);
    }

    @Test
    void attemptsAreSkippedOnlyWhereThePatternNeedsAToken() {
        List<CoreLabel> tokens = tokens(WORDS, TAGS);
        assertThat(startable("/the/ /day/", tokens)).containsExactly(1, 4, 7, 11, 20, 21);
        assertThat(startable("[{tag:DT}]? /week/", tokens)).containsExactly(1, 4, 7, 8, 10, 11, 20, 21);
        assertThat(startable("( \"jan\" | \"feb\" | \"mar\" | \"apr\" | \"may\" | \"jun\" | \"jul\" ) /,/?", tokens))
                .as("alternatives of strings, matched as one multi-token node").containsExactly(14);
        assertThat(startable("^ /on/ /the/", tokens)).as("the start of the sequence takes no token").containsExactly(0);
        assertThat(startable("[]{0,3} /end/", tokens)).as("any token").hasSize(tokens.size());
        for (String anywhere : List.of("/x/*", "/the/ & [{tag:DT}]")) {
            assertThat(startable(anywhere, tokens)).as("matches nothing, or not read").hasSize(tokens.size() + 1);
        }
    }

    @Test
    void answersAreKeptByTextOnlyWhereTheFirstNodesReadTheTextAlone() {
        for (String byText : List.of("/the/ /day/", "(/last/ | /next/) /week/", "[!{word:/the/}] /day/", "[]{0,3} /end/")) {
            assertThat(FirstNodes.of(TokenSequencePattern.compile(byText)).keptByText()).as(byText).isTrue();
        }
        String taggedToo = "[{word:/the|a/; tag:DT}] [!{tag:DT}]";
        for (String notByText : List.of(taggedToo, "[{tag:DT}]? /week/", "/x/*")) {
            assertThat(FirstNodes.of(TokenSequencePattern.compile(notByText)).keptByText()).as(notByText).isFalse();
        }
        List<CoreLabel> tokens = tokens("the the day the a", "DT NN NN DT DT");
        for (int round = 0; round < 2; round++) {
            assertThat(startable(taggedToo, tokens)).as("the same text, another tag").containsExactly(0, 3, 4);
            assertThat(startable("[!{word:/the/}] /day/", tokens)).containsExactly(2, 4);
        }
    }

    @Test
    void theKeptTextsAreBoundedAndEachAnswerIsKeptWithItsWayOfMatching() {
        FirstNodes.Words words = new FirstNodes.Words();
        int slot = words.slot();
        words.keep("overmoor", slot, false, true);
        assertThat(words.known("overmoor", slot, false)).isEqualTo(1);
        assertThat(words.known("overmoor", slot, true)).as("with a result: not known yet").isEqualTo(-1);
        assertThat(words.known("overmoor", slot + 1, false)).as("another pattern's").isEqualTo(-1);
        words.keep("overmoor", slot, true, false);
        assertThat(words.known("overmoor", slot, true)).isZero();
        assertThat(words.known("overmoor", slot, false)).isEqualTo(1);
        for (int i = 0; i <= FirstNodes.Words.TEXTS; i++) {
            words.keep("text" + i, slot, false, i % 2 == 0);
        }
        assertThat(words.byText.size()).isLessThanOrEqualTo(FirstNodes.Words.TEXTS);
        assertThat(words.known("overmoor", slot, false)).as("dropped with the others").isEqualTo(-1);
        assertThat(words.known("text" + FirstNodes.Words.TEXTS, slot, false)).isEqualTo(1);
    }

    @Test
    void patternsBeyondTheSlotsTakeThemFromANewInstance() {
        FirstNodes.Words full = new FirstNodes.Words();
        while (full.slot() != -1) {
            assertThat(full.byText).isEmpty();
        }
        FirstNodes.Words renewed = FirstNodes.Words.renew(full);
        assertThat(renewed).as("not the current one: the current one is kept").isNotSameAs(full);
        assertThat(FirstNodes.Words.renew(full)).isSameAs(renewed);
        assertThat(FirstNodes.Words.renew(renewed)).as("renewing the current one makes another").isNotSameAs(renewed);
        for (int i = 0; i < 3 * FirstNodes.Words.SLOTS; i++) {
            String source = "/overmoor" + i + "/ /day/";
            assertThat(FirstNodes.of(TokenSequencePattern.compile(source)).keptByText()).as(source).isTrue();
        }
    }

    private static List<Integer> startable(String source, List<CoreLabel> tokens) {
        TokenSequencePattern pattern = TokenSequencePattern.compile(source);
        return IntStream.rangeClosed(0, tokens.size())
                .filter(i -> FirstNodes.of(pattern).mayStartAt(Late.matcher(pattern, tokens), i))
                .boxed().toList();
    }

    /**
     * Holds the one conversion of a {@code TokenSequenceMatcher} to its superclass: verifying it loads
     * {@code SequenceMatcher}, so it is left to a class verified after {@link #matcherEdited}, not with this one (JUnit
     * verifies this class before any test runs, and a {@code SequenceMatcher} loaded then would be CoreNLP's own).
     */
    private static final class Late {
        static SequenceMatcher<?> matcher(TokenSequencePattern pattern, List<CoreLabel> tokens) {
            return pattern.getMatcher(tokens);
        }
    }

    private static List<CoreLabel> tokens(String words, String tags) {
        String[] w = words.split(" ");
        String[] t = tags.split(" ");
        assertThat(t).hasSameSizeAs(w);
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            CoreLabel token = new CoreLabel();
            token.setWord(w[i]);
            token.setValue(w[i]);
            token.setTag(t[i]);
            tokens.add(token);
        }
        return tokens;
    }
}
