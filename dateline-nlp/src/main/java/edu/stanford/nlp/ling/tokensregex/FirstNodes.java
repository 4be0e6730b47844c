package edu.stanford.nlp.ling.tokensregex;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a TokensRegex pattern's match can begin with, so that a match is not attempted where it cannot start.
 * {@link SequenceMatcher} tries its pattern at every token, and each attempt builds its branch bookkeeping before it
 * reads the token, which the pattern's first element then rejects at almost every token. The first elements are read
 * from the pattern's expression in the optimised form its states are built from: the node patterns and multi-node
 * patterns that can consume the first token, looking through groups, values, alternatives, repeats and the elements a
 * sequence can skip (optional ones and the zero-width start and end of the sequence). An attempt at a token none of
 * them accepts is answered "no match" without running it, as the states would answer after rejecting that token.
 * A pattern that can match without consuming a token, or that holds an expression this class does not know
 * (conjunctions, back references, other special nodes) at its start, is always attempted.
 * <p>
 * CoreNLP's {@code SequenceMatcher} calls {@link #findMatchStart} where it called its own {@code findMatchStart}:
 * {@code org.dateline.nlp.MatcherRoom} defines the class so edited before CoreNLP loads it.
 */
public final class FirstNodes {
    /** Patterns are long-lived (rules loaded once); a process that compiles patterns on the fly clears this. */
    private static final int MAX_CACHED = 8192;
    /** The first nodes read so far, by pattern (patterns compare by identity); read by the tests. */
    static final Map<SequencePattern<?>, FirstNodes> CACHE = new ConcurrentHashMap<>();
    @SuppressWarnings("unchecked")
    private static final FirstNodes ALWAYS = new FirstNodes(true, new NodePattern[0], new MultiNodePattern[0]);
    private static final Field MULTI_NODE = field(SequencePattern.MultiNodePatternExpr.class, "multiNodePattern");
    private static final Field ALTERNATIVES = field(SequencePattern.OrPatternExpr.class, "patterns");
    private static final Field GROUPED = field(SequencePattern.GroupPatternExpr.class, "pattern");
    private static final Field REPEATED = field(SequencePattern.RepeatPatternExpr.class, "pattern");
    private static final Field MIN_REPEATS = field(SequencePattern.RepeatPatternExpr.class, "minMatch");
    private static final Field VALUED = field(SequencePattern.ValuePatternExpr.class, "expr");

    /** Whether every start must be attempted (the pattern can match nothing, or its start is not known here). */
    private final boolean always;
    private final NodePattern<Object>[] nodes;
    private final MultiNodePattern<Object>[] multiNodes;

    private FirstNodes(boolean always, NodePattern<Object>[] nodes, MultiNodePattern<Object>[] multiNodes) {
        this.always = always;
        this.nodes = nodes;
        this.multiNodes = multiNodes;
    }

    /** CoreNLP's own {@code findMatchStart}, reached from outside its class. */
    private static final class Stock {
        private static final MethodHandle FIND_MATCH_START = findMatchStartHandle();

        private static MethodHandle findMatchStartHandle() {
            try {
                return MethodHandles.privateLookupIn(SequenceMatcher.class, MethodHandles.lookup()).findVirtual(
                        SequenceMatcher.class, "findMatchStart",
                        MethodType.methodType(boolean.class, int.class, boolean.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("CoreNLP's SequenceMatcher.findMatchStart(int, boolean)", e);
            }
        }
    }

    /**
     * {@code matcher.findMatchStart(start, matchAllTokens)}, answered false without running it where the pattern's
     * match cannot start at {@code start}.
     */
    public static boolean findMatchStart(SequenceMatcher<?> matcher, int start, boolean matchAllTokens) {
        if (!of(matcher.pattern()).mayStartAt(matcher, start)) {
            return false;
        }
        return stockFindMatchStart(matcher, start, matchAllTokens);
    }

    /** CoreNLP's own {@code findMatchStart}, whether or not its callers were redirected here. */
    static boolean stockFindMatchStart(SequenceMatcher<?> matcher, int start, boolean matchAllTokens) {
        try {
            return (boolean) Stock.FIND_MATCH_START.invokeExact(matcher, start, matchAllTokens);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the reflective reads this class needs are all there (the CoreNLP it was written for). */
    private static boolean available() {
        return MULTI_NODE != null && ALTERNATIVES != null && GROUPED != null && REPEATED != null
                && MIN_REPEATS != null && VALUED != null;
    }

    static FirstNodes of(SequencePattern<?> pattern) {
        FirstNodes known = CACHE.get(pattern);
        if (known == null) {
            if (CACHE.size() >= MAX_CACHED) {
                CACHE.clear();
            }
            known = read(pattern.getPatternExpr());
            CACHE.put(pattern, known);
        }
        return known;
    }

    @SuppressWarnings("unchecked")
    private static FirstNodes read(SequencePattern.PatternExpr expression) {
        if (!available()) {
            return ALWAYS;
        }
        List<NodePattern<Object>> nodes = new ArrayList<>();
        List<MultiNodePattern<Object>> multiNodes = new ArrayList<>();
        try {
            Boolean empty = collect(expression.optimize(), nodes, multiNodes);
            return empty == null || empty ? ALWAYS : new FirstNodes(false, nodes.toArray(new NodePattern[0]),
                    multiNodes.toArray(new MultiNodePattern[0]));
        } catch (IllegalAccessException e) {
            return ALWAYS;
        }
    }

    /**
     * Adds the patterns that can consume the first token of a match of {@code expression}.
     *
     * @return whether the expression can match without consuming a token; null when its start is not known here
     */
    @SuppressWarnings("unchecked")
    private static Boolean collect(SequencePattern.PatternExpr expression, List<NodePattern<Object>> nodes,
                                   List<MultiNodePattern<Object>> multiNodes) throws IllegalAccessException {
        Class<?> kind = expression.getClass();
        if (kind == SequencePattern.NodePatternExpr.class) {
            nodes.add(((SequencePattern.NodePatternExpr) expression).nodePattern);
            return false;
        }
        if (kind == SequencePattern.MultiNodePatternExpr.class) {
            multiNodes.add((MultiNodePattern<Object>) MULTI_NODE.get(expression));
            return false;
        }
        if (kind == SequencePattern.SequenceStartPatternExpr.class
                || kind == SequencePattern.SequenceEndPatternExpr.class) {
            return true;
        }
        if (kind == SequencePattern.GroupPatternExpr.class) {
            return collect((SequencePattern.PatternExpr) GROUPED.get(expression), nodes, multiNodes);
        }
        if (kind == SequencePattern.ValuePatternExpr.class) {
            return collect((SequencePattern.PatternExpr) VALUED.get(expression), nodes, multiNodes);
        }
        if (kind == SequencePattern.RepeatPatternExpr.class) {
            Boolean empty = collect((SequencePattern.PatternExpr) REPEATED.get(expression), nodes, multiNodes);
            return empty == null ? null : empty || MIN_REPEATS.getInt(expression) == 0;
        }
        if (kind == SequencePattern.OrPatternExpr.class) {
            boolean empty = false;
            for (SequencePattern.PatternExpr alternative
                    : (List<SequencePattern.PatternExpr>) ALTERNATIVES.get(expression)) {
                Boolean alternativeEmpty = collect(alternative, nodes, multiNodes);
                if (alternativeEmpty == null) {
                    return null;
                }
                empty |= alternativeEmpty;
            }
            return empty;
        }
        if (kind == SequencePattern.SequencePatternExpr.class) {
            for (SequencePattern.PatternExpr element : ((SequencePattern.SequencePatternExpr) expression).patterns) {
                Boolean empty = collect(element, nodes, multiNodes);
                if (empty == null || !empty) {
                    return empty;
                }
            }
            return true;
        }
        return null;
    }

    /** Whether a match can start at {@code start}: some first pattern accepts what is there. */
    @SuppressWarnings("unchecked")
    boolean mayStartAt(SequenceMatcher<?> matcher, int start) {
        if (always) {
            return true;
        }
        List<?> elements = matcher.elements();
        if (start >= elements.size()) {
            return false;
        }
        Object element = elements.get(start);
        for (NodePattern<Object> node : nodes) {
            if (matcher.matchWithResult ? node.matchWithResult(element) != null
                    : element != null && node.match(element)) {
                return true;
            }
        }
        for (MultiNodePattern<Object> multiNode : multiNodes) {
            Collection<?> matched = multiNode.match((List<Object>) elements, start);
            if (matched != null && !matched.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
