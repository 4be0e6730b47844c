package edu.stanford.nlp.ling.tokensregex;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

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
 * Most of SUTime's first nodes read nothing but the token's text (its words, often as case-insensitive regular
 * expressions). For a pattern whose first nodes all do, the answer at a token is a function of the token's text, and
 * {@link Words} keeps it by text: the nodes run once per pattern and text, not at every token.
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
    /** The slot that marks a pattern whose answers are not kept by text. */
    private static final int UNKEPT = -1;
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
    /** The answers kept by text that this pattern's are among, or null where its first nodes read more than text. */
    private final Words words;
    /** This pattern's place in {@link #words}. */
    private final int slot;

    private FirstNodes(boolean always, NodePattern<Object>[] nodes, MultiNodePattern<Object>[] multiNodes) {
        this.always = always;
        this.nodes = nodes;
        this.multiNodes = multiNodes;
        Words kept = null;
        int place = UNKEPT;
        if (!always && multiNodes.length == 0 && readsTextOnly(List.of(nodes))) {
            kept = Words.current;
            place = kept.slot();
            if (place == UNKEPT) {
                kept = Words.renew(kept);
                place = kept.slot();
            }
        }
        this.words = place == UNKEPT ? null : kept;
        this.slot = place;
    }

    /**
     * The answers of up to {@link #SLOTS} patterns whose first nodes read only the token's text, by text: for each
     * pattern and way of matching (with or without a result), whether the answer is known and what it is, two bits of
     * a text's array. Bits are set with compare-and-set, so a thread sees an answer only with its known bit. At most
     * {@link #TEXTS} texts are kept (then all are dropped and found again). When the slots are all taken (patterns made
     * by another pipeline of the same process), new patterns take theirs from a new instance; each pattern keeps the
     * instance it was given, so no two patterns share a slot.
     */
    static final class Words {
        static final int TEXTS = 16_384;
        static final int SLOTS = 512;
        private static volatile Words current = new Words();
        private final AtomicInteger next = new AtomicInteger();
        /** Read by the tests. */
        final Map<String, AtomicLongArray> byText = new ConcurrentHashMap<>();

        /** The instance new patterns take their slots from, after {@code full} when that is still the one. */
        static synchronized Words renew(Words full) {
            if (current == full) {
                current = new Words();
            }
            return current;
        }

        /** A slot of its own for a pattern, or {@link #UNKEPT} when all are taken. */
        int slot() {
            int slot = next.getAndIncrement();
            return slot < SLOTS ? slot : UNKEPT;
        }

        /** Bits of a pattern's answer: known, then the answer, for the way of matching. */
        private static int bit(int slot, boolean withResult) {
            return slot * 4 + (withResult ? 2 : 0);
        }

        /** The kept answer of {@code slot} for {@code text}: 1 may start, 0 may not, -1 not known yet. */
        int known(String text, int slot, boolean withResult) {
            AtomicLongArray bits = byText.get(text);
            if (bits == null) {
                return -1;
            }
            int bit = bit(slot, withResult);
            long word = bits.get(bit >>> 6);
            return (word >>> (bit & 63) & 1) == 0 ? -1 : (int) (word >>> ((bit & 63) + 1) & 1);
        }

        void keep(String text, int slot, boolean withResult, boolean mayStart) {
            if (byText.size() >= TEXTS) {
                byText.clear();
            }
            AtomicLongArray bits = byText.computeIfAbsent(text, t -> new AtomicLongArray(SLOTS * 4 / 64));
            int bit = bit(slot, withResult);
            long set = (1L | (mayStart ? 2L : 0L)) << (bit & 63);
            bits.getAndAccumulate(bit >>> 6, set, (a, b) -> a | b);
        }
    }

    /** Whether this pattern's answers are kept by the token's text. */
    boolean keptByText() {
        return words != null;
    }

    /** Whether each of {@code nodes} answers from the token's text alone (its {@code TextAnnotation}). */
    private static boolean readsTextOnly(List<? extends NodePattern<?>> nodes) {
        for (NodePattern<?> node : nodes) {
            boolean textOnly;
            if (node instanceof NodePattern.AnyNodePattern) {
                textOnly = true;
            } else if (node.getClass() == CoreMapNodePattern.class) {
                textOnly = ((CoreMapNodePattern) node).getAnnotationPatterns().stream()
                        .allMatch(p -> p.first() == CoreAnnotations.TextAnnotation.class);
            } else if (node.getClass() == NodePattern.NegateNodePattern.class) {
                textOnly = readsTextOnly(List.of(((NodePattern.NegateNodePattern<?>) node).p));
            } else if (node.getClass() == NodePattern.ConjNodePattern.class) {
                textOnly = readsTextOnly(((NodePattern.ConjNodePattern<?>) node).nodePatterns);
            } else if (node.getClass() == NodePattern.DisjNodePattern.class) {
                textOnly = readsTextOnly(((NodePattern.DisjNodePattern<?>) node).nodePatterns);
            } else {
                textOnly = false;
            }
            if (!textOnly) {
                return false;
            }
        }
        return true;
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
        String text = words != null && element instanceof CoreMap token
                ? token.get(CoreAnnotations.TextAnnotation.class) : null;
        if (text != null) {
            int known = words.known(text, slot, matcher.matchWithResult);
            if (known >= 0) {
                return known == 1;
            }
            boolean mayStart = nodesAccept(matcher, element);
            words.keep(text, slot, matcher.matchWithResult, mayStart);
            return mayStart;
        }
        if (nodesAccept(matcher, element)) {
            return true;
        }
        for (MultiNodePattern<Object> multiNode : multiNodes) {
            Collection<?> matched = multiNode.match((List<Object>) elements, start);
            if (matched != null && !matched.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the first node patterns accepts {@code element}. */
    private boolean nodesAccept(SequenceMatcher<?> matcher, Object element) {
        for (NodePattern<Object> node : nodes) {
            if (matcher.matchWithResult ? node.matchWithResult(element) != null
                    : element != null && node.match(element)) {
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
