package org.dateline.nlp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceTest {
    /** "The envoys of Chile and Peru met officials in Lima." with a hand-made basic UD parse. */
    private static final String TEXT = "The envoys of Chile and Peru met officials in Lima .";
    private static final List<Dependency> EDGES = List.of(
            new Dependency(1, 0, "det"), new Dependency(6, 1, "nsubj"), new Dependency(3, 2, "case"),
            new Dependency(1, 3, "nmod:of"), new Dependency(5, 4, "cc"), new Dependency(3, 5, "conj"),
            new Dependency(-1, 6, "root"), new Dependency(6, 7, "obj"), new Dependency(9, 8, "case"),
            new Dependency(6, 9, "obl:in"), new Dependency(6, 10, "punct"));

    private static Sentence sentence(List<Dependency> edges) {
        String[] words = TEXT.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], words[i], "NN", "O", at, at + words[i].length()));
            at += words[i].length() + 1;
        }
        return new Sentence(0, 0, TEXT.length(), tokens, edges);
    }

    private static Optional<Dependency> scanHead(List<Dependency> edges, int i) {
        return edges.stream().filter(d -> d.dependent() == i).findFirst();
    }

    private static List<Dependency> scanChildren(List<Dependency> edges, int i) {
        return edges.stream().filter(d -> d.head() == i).toList();
    }

    @Test
    void indexAnswersAsALinearScanOfTheEdges() {
        Sentence s = sentence(EDGES);
        for (int i = -1; i <= s.tokens().size(); i++) {
            assertThat(s.headEdge(i)).as("head edge of %d", i).isEqualTo(scanHead(EDGES, i));
            assertThat(s.children(i)).as("children of %d", i).isEqualTo(scanChildren(EDGES, i));
        }
        assertThat(s.children(6, "obl")).containsExactly(9);
        assertThat(s.children(1, "nmod")).containsExactly(3);
        assertThat(s.children(-1)).containsExactly(new Dependency(-1, 6, "root"));
    }

    @Test
    void subtreeFollowsTheIndexedChildren() {
        Sentence s = sentence(EDGES);
        BitSet subject = new BitSet();
        subject.set(0, 6);
        assertThat(s.subtree(1)).isEqualTo(subject);
        assertThat(s.subtree(6).cardinality()).isEqualTo(11);
        assertThat(s.subtree(9)).isEqualTo(BitSet.valueOf(new long[]{0b11L << 8}));
    }

    @Test
    void aTokenWithTwoHeadEdgesAnswersTheFirstAndAnUnparsedSentenceNone() {
        List<Dependency> doubled = new ArrayList<>(EDGES);
        doubled.add(new Dependency(7, 3, "dep"));
        Sentence s = sentence(doubled);
        assertThat(s.headEdge(3)).contains(new Dependency(1, 3, "nmod:of"));
        assertThat(s.children(7)).containsExactly(new Dependency(7, 3, "dep"));

        Sentence unparsed = sentence(List.of());
        assertThat(unparsed.headEdge(2)).isEmpty();
        assertThat(unparsed.children(2)).isEmpty();
        assertThat(unparsed.subtree(2).cardinality()).isEqualTo(1);
    }

    @Test
    void sentencesWithTheSameTokensAndEdgesAreEqual() {
        assertThat(sentence(EDGES)).isEqualTo(sentence(EDGES)).hasSameHashCodeAs(sentence(EDGES));
        assertThat(sentence(EDGES)).isNotEqualTo(sentence(EDGES.subList(0, 5)));
    }
}
