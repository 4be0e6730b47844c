package org.dateline.nlp;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence: its tokens and, when the preset parses, its dependency tree. Immutable.
 * Token indices in {@link Dependency} refer to {@link #tokens()}.
 *
 * <p>The edges are indexed by token once, at construction: {@link #headEdge} takes constant time and
 * {@link #children} time in the number of children, where a scan of every edge per call made the nested
 * walks of event coding quadratic in the sentence's length. Both answer exactly as a scan of
 * {@link #dependencies()} in order would: the first edge into a token, the edges out of it in list order.
 */
public final class Sentence {
    private final int index;
    private final int start;
    private final int end;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    /** Slot {@code i + 1} holds token {@code i}'s first head edge, or null; slot 0 is unused (the root has none). */
    private final Dependency[] headEdges;
    /** Slot {@code i + 1} holds the edges whose head is token {@code i}; slot 0 the root edges (head -1). */
    private final List<List<Dependency>> childEdges;

    public Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.tokens = List.copyOf(tokens);
        this.dependencies = List.copyOf(dependencies);
        int slots = this.tokens.size();
        for (Dependency d : this.dependencies) {
            slots = Math.max(slots, Math.max(d.head(), d.dependent()) + 1);
        }
        this.headEdges = new Dependency[slots + 1];
        List<List<Dependency>> children = new ArrayList<>(Collections.nCopies(slots + 1, List.of()));
        for (Dependency d : this.dependencies) {
            if (d.dependent() >= 0 && headEdges[d.dependent() + 1] == null) {
                headEdges[d.dependent() + 1] = d;
            }
            if (d.head() >= -1) {
                if (children.get(d.head() + 1).isEmpty()) {
                    children.set(d.head() + 1, new ArrayList<>());
                }
                children.get(d.head() + 1).add(d);
            }
        }
        children.replaceAll(List::copyOf);
        this.childEdges = List.copyOf(children);
    }

    public int index() {
        return index;
    }

    /** Character offset of the sentence's first character in the annotated text. */
    public int start() {
        return start;
    }

    /** Character offset just after the sentence's last character. */
    public int end() {
        return end;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The dependency edges, empty when the preset does not parse. */
    public List<Dependency> dependencies() {
        return dependencies;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The edge that attaches token {@code i} to its head, if the sentence is parsed. */
    public Optional<Dependency> headEdge(int i) {
        return i + 1 > 0 && i + 1 < headEdges.length ? Optional.ofNullable(headEdges[i + 1]) : Optional.empty();
    }

    /** The edges whose head is {@code i} (-1: the root edges), in the order of {@link #dependencies()}. */
    public List<Dependency> children(int i) {
        return i + 1 >= 0 && i + 1 < childEdges.size() ? childEdges.get(i + 1) : List.of();
    }

    /** Children of {@code i} whose base relation is {@code relation}. */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(i)) {
            if (d.baseRelation().equals(relation)) {
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
        for (Dependency d : children(i)) {
            collect(d.dependent(), seen);
        }
    }

    /** The sentence's text, given the annotated text it came from. */
    public String text(String documentText) {
        return documentText.substring(start, end);
    }

    /** Two sentences are equal when their index, offsets, tokens and edges are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence other && index == other.index && start == other.start && end == other.end
                && tokens.equals(other.tokens) && dependencies.equals(other.dependencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, end, tokens, dependencies);
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", start=" + start + ", end=" + end + ", tokens=" + tokens
                + ", dependencies=" + dependencies + "]";
    }
}
