package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.pipeline.DependencyParseAnnotator;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser with {@link LeanClassifier} as its scorer: fewer products, in floats, so the
 * parses CoreNLP gives except where two transitions score within rounding of each other.
 * This class lives in CoreNLP's package because the parser's scorer and transition system are package-private;
 * it replaces them in a loaded parser and keeps everything else (model, features, trees) as CoreNLP has it.
 */
public final class LeanParsers {
    private LeanParsers() {
    }

    /**
     * The property (without the {@code depparse.} prefix) giving how many of the model's most frequent features have
     * their hidden-layer sums kept: CoreNLP's {@code numPreComputed} of them computed at load as CoreNLP precomputes
     * them, the rest on first use as its product cache computes them. Absent, CoreNLP's count.
     */
    public static final String PRECOMPUTED = "leanPreComputed";

    /** The training state every {@link Classifier} allocates (gradient histories) and the unused product cache. */
    private static final List<String> UNUSED = List.of("eg2E", "eg2W1", "eg2W2", "eg2b1", "cache");

    /**
     * A {@code depparse} annotator, as CoreNLP builds it from {@code properties} (without their prefix), made lean and
     * setting only the basic dependencies ({@link BasicParseAnnotator}). CoreNLP's parser is loaded without its
     * precomputed sums ({@code numPreComputed} 0); the lean scorer computes the same sums in a faster loop.
     */
    public static DependencyParseAnnotator annotator(Properties properties) {
        int stock = new Config(properties).numPreComputed;
        Properties unprecomputed = new Properties();
        unprecomputed.putAll(properties);
        unprecomputed.setProperty("numPreComputed", "0");
        BasicParseAnnotator annotator = new BasicParseAnnotator(unprecomputed);
        String precomputed = properties.getProperty(PRECOMPUTED);
        makeLean(annotator.parser(), stock, precomputed == null ? stock : Integer.parseInt(precomputed));
        return annotator;
    }

    /**
     * Replaces {@code parser}'s scorer and transition system with the lean ones: the sums of the model's {@code stock}
     * most frequent features computed as CoreNLP precomputes them, and those of the {@code precomputed} most frequent
     * (at least the {@code stock} ones) kept once computed. What CoreNLP's scorer precomputed, if anything, is dropped.
     */
    static void makeLean(DependencyParser parser, int stock, int precomputed) {
        Config config = (Config) read(DependencyParser.class, "config", parser);
        Classifier scorer = (Classifier) read(DependencyParser.class, "classifier", parser);
        ParsingSystem system = (ParsingSystem) read(DependencyParser.class, "system", parser);
        if (!(system instanceof ArcStandard) || config.numCached == 0) {
            throw new IllegalStateException("only the arc-standard parser with a product cache is made lean");
        }
        @SuppressWarnings("unchecked")
        List<Integer> frequent = (List<Integer>) read(DependencyParser.class, "preComputed", parser);
        int exact = Math.min(stock, frequent.size());
        List<Integer> kept = frequent.subList(exact, Math.max(exact, Math.min(precomputed, frequent.size())));
        LeanTransitions transitions = new LeanTransitions(system);
        LeanClassifier lean = new LeanClassifier(config, scorer, frequent.subList(0, exact), kept, transitions);
        UNUSED.forEach(name -> write(Classifier.class, name, lean, null));
        write(DependencyParser.class, "classifier", parser, lean);
        write(DependencyParser.class, "system", parser, transitions);
    }

    static Object read(Class<?> owner, String name, Object target) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + " has changed", e);
        }
    }

    private static void write(Class<?> owner, String name, Object target, Object value) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + " has changed", e);
        }
    }
}
