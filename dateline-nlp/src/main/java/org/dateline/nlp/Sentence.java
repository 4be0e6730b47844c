package org.dateline.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * One sentence: its tokens and, when the preset parses, its dependency tree.
 * Token indices in {@link Dependency} refer to {@link #tokens()}.
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The edge that attaches token {@code i} to its head, if the sentence is parsed. */
    public Optional<Dependency> headEdge(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.head() == i) {
                out.add(d);
            }
        }
        return out;
    }

    /** Children of {@code i} whose base relation is {@code relation}. */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.head() == i && d.baseRelation().equals(relation)) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Token {@code i} and everything below it in the tree. */
    public BitSet subtree(int i) {
        BitSet seen = new BitSet(tokens.size());
        collect(i, seen);
        return seen;
    }

    private void collect(int i, BitSet seen) {
        if (seen.get(i)) {
            return;
        }
        seen.set(i);
        for (Dependency d : dependencies) {
            if (d.head() == i) {
                collect(d.dependent(), seen);
            }
        }
    }

    /** The sentence's text, given the annotated text it came from. */
    public String text(String documentText) {
        return documentText.substring(start, end);
    }
}
