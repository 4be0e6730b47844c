package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.pipeline.DependencyParseAnnotator;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
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

    /** A {@code depparse} annotator, as CoreNLP builds it from {@code properties} (without their prefix), made lean. */
    public static DependencyParseAnnotator annotator(Properties properties) {
        DependencyParseAnnotator annotator = new DependencyParseAnnotator(properties);
        makeLean((DependencyParser) read(DependencyParseAnnotator.class, "parser", annotator));
        return annotator;
    }

    /** Replaces {@code parser}'s scorer and transition system with the lean ones. */
    static void makeLean(DependencyParser parser) {
        Config config = (Config) read(DependencyParser.class, "config", parser);
        Classifier stock = (Classifier) read(DependencyParser.class, "classifier", parser);
        ParsingSystem system = (ParsingSystem) read(DependencyParser.class, "system", parser);
        if (!(system instanceof ArcStandard) || config.numCached == 0) {
            throw new IllegalStateException("only the arc-standard parser with a product cache is made lean");
        }
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) read(Classifier.class, "preMap", stock);
        double[][] saved = (double[][]) read(Classifier.class, "saved", stock);
        Map<Integer, double[]> precomputed = new HashMap<>();
        preMap.forEach((feature, row) -> precomputed.put(feature, saved[row]));
        LeanTransitions transitions = new LeanTransitions(system);
        write(parser, "classifier", new LeanClassifier(config, stock, precomputed, transitions));
        write(parser, "system", transitions);
    }

    private static Object read(Class<?> owner, String name, Object target) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + " has changed", e);
        }
    }

    private static void write(DependencyParser parser, String name, Object value) {
        try {
            Field field = DependencyParser.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(parser, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's DependencyParser has changed", e);
        }
    }
}
