package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * CoreNLP's arc-standard system, the same transitions in the same order, which also tells {@link LeanClassifier}
 * which transitions can apply to the configuration being scored. The parser asks {@link #isTerminal} of a
 * configuration just before it scores it, so that call records the configuration for the scoring thread.
 * <p>
 * {@link ArcStandard#canApply} reads of a configuration only the signs of its top two stack items, its stack size
 * (below 2, 2 or more) and whether its buffer is empty; the transitions that can apply are therefore computed once
 * per such state (72 of them) with CoreNLP's own {@code canApply}, and reused.
 */
final class LeanTransitions extends ArcStandard {
    private static final int STATES = 3 * 3 * 4 * 2;

    private final ThreadLocal<Configuration> scored = new ThreadLocal<>();
    private final AtomicReferenceArray<Applicable> byState = new AtomicReferenceArray<>(STATES);

    /** The transitions that can apply in one state, by index in {@link ParsingSystem#transitions}. */
    record Applicable(int[] indices) {
    }

    LeanTransitions(ParsingSystem stock) {
        super(languagePack(stock), stock.labels, false);
        if (!transitions.equals(stock.transitions)) {
            throw new IllegalStateException("the transitions differ from the parser's");
        }
    }

    @Override
    public boolean isTerminal(Configuration c) {
        scored.set(c);
        return super.isTerminal(c);
    }

    /** The configuration this thread's parser last asked about: the one it is about to score. */
    Configuration scored() {
        return scored.get();
    }

    Applicable applicable(Configuration c) {
        int state = state(c);
        Applicable known = byState.get(state);
        if (known == null) {
            known = new Applicable(IntStream.range(0, transitions.size())
                    .filter(t -> canApply(c, transitions.get(t))).toArray());
            byState.set(state, known);
        }
        return known;
    }

    static int state(Configuration c) {
        int top = Integer.signum(c.getStack(0)) + 1;
        int second = Integer.signum(c.getStack(1)) + 1;
        int size = Math.min(c.getStackSize(), 3);
        int buffer = c.getBufferSize() > 0 ? 1 : 0;
        return ((top * 3 + second) * 4 + size) * 2 + buffer;
    }

    private static edu.stanford.nlp.trees.TreebankLanguagePack languagePack(ParsingSystem stock) {
        try {
            Field tlp = ParsingSystem.class.getDeclaredField("tlp");
            tlp.setAccessible(true);
            return (edu.stanford.nlp.trees.TreebankLanguagePack) tlp.get(stock);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's ParsingSystem has changed", e);
        }
    }
}
