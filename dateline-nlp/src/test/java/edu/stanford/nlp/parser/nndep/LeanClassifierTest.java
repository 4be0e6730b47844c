package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The lean scorer against CoreNLP's own, step by step, on sentences written for this test. */
class LeanClassifierTest {
    /**
     * How far a score may lie from CoreNLP's, relative to the score (or absolutely, below 1): the float arithmetic
     * stays within about {@code 2e-5}; a unit or a feature left out, or a weight misread, moves a score far more.
     */
    private static final double TOLERANCE = 1e-4;

    private static final String TEXT = String.join("\n\n",
            "Yes.",
            "The harbour master of Velmora said on Tuesday that the ferries would not sail until the storm passed.",
            "\"We have waited long enough,\" said Ilse Marrow, who leads the fishermen's union, adding that "
                    + "talks with the ministry, the port authority and two insurers had failed.",
            "Will the council, meeting in the old town hall, approve the budget, or reject it again?",
            "Troops withdrew.",
            "Rain, wind, hail: the valley saw all three before noon, and the villagers, tired and cold, "
                    + "waited for buses that never came.");

    private static List<CoreMap> sentences;
    private static DependencyParser parser;
    private static Classifier stock;
    private static ParsingSystem stockSystem;

    @BeforeAll
    static void load() {
        Properties tagging = new Properties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos");
        tagging.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Annotation document = new Annotation(TEXT);
        new StanfordCoreNLP(tagging).annotate(document);
        sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        stock = (Classifier) field("classifier");
        stockSystem = (ParsingSystem) field("system");
    }

    private static Object field(String name) {
        try {
            Field field = DependencyParser.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(parser);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void scoresEachApplicableTransitionWithinRoundingOfCoreNlpAndNoOther() {
        assertThat(sentences).hasSize(6);
        List<String> before = sentences.stream().map(s -> parser.predict(s).typedDependencies().toString()).toList();
        LeanParsers.makeLean(parser, 20_000, 20_000);
        LeanClassifier lean = (LeanClassifier) field("classifier");
        LeanTransitions transitions = (LeanTransitions) field("system");
        int steps = 0;
        int unscored = 0;
        int scoredSubset = 0;
        double largestDifference = 0;
        for (CoreMap sentence : sentences) {
            Configuration c = stockSystem.initialConfiguration(sentence);
            while (!transitions.isTerminal(c)) {
                int[] features = parser.getFeatures(c).stream().mapToInt(Integer::intValue).toArray();
                double[] expected = stock.computeScores(features);
                double[] actual = lean.computeScores(features);
                Configuration at = c;
                int[] applicable = IntStream.range(0, expected.length)
                        .filter(t -> stockSystem.canApply(at, stockSystem.transitions.get(t))).toArray();
                assertThat(transitions.applicable(c).indices()).isEqualTo(applicable);
                for (int t = 0; t < expected.length; t++) {
                    boolean can = stockSystem.canApply(c, stockSystem.transitions.get(t));
                    if (!can) {
                        assertThat(actual[t]).isEqualTo(Double.NEGATIVE_INFINITY);
                    } else if (applicable.length > 1) {
                        double difference = Math.abs(actual[t] - expected[t]) / Math.max(1, Math.abs(expected[t]));
                        assertThat(difference).as("transition %d", t).isLessThanOrEqualTo(TOLERANCE);
                        largestDifference = Math.max(largestDifference, difference);
                    }
                }
                assertThat(best(actual, applicable)).isEqualTo(best(expected, applicable));
                unscored += applicable.length == 1 ? 1 : 0;
                scoredSubset += applicable.length > 1 && applicable.length < expected.length ? 1 : 0;
                stockSystem.apply(c, stockSystem.transitions.get(best(actual, applicable)));
                steps++;
            }
        }
        assertThat(unscored).isPositive();
        assertThat(scoredSubset).isPositive();
        assertThat(unscored + scoredSubset).isEqualTo(steps);
        // Floats, not CoreNLP's doubles: the scores are CoreNLP's within rounding, not bit for bit.
        assertThat(largestDifference).isPositive();
        List<String> after = sentences.stream().map(s -> parser.predict(s).typedDependencies().toString()).toList();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void keepingMoreFeaturesChangesNoScoreAndFreesTheTrainingState() throws ReflectiveOperationException {
        DependencyParser fewer = ownParser("fewer");
        DependencyParser all = ownParser("all");
        assertThat(all).isNotSameAs(fewer);
        @SuppressWarnings("unchecked")
        List<Integer> frequent = (List<Integer>) read(DependencyParser.class, "preComputed", all);
        LeanParsers.makeLean(fewer, 20_000, 20_000);
        LeanParsers.makeLean(all, 20_000, frequent.size());
        LeanClassifier lean = (LeanClassifier) read(DependencyParser.class, "classifier", fewer);
        LeanClassifier kept = (LeanClassifier) read(DependencyParser.class, "classifier", all);
        LeanTransitions transitions = (LeanTransitions) read(DependencyParser.class, "system", fewer);
        LeanTransitions keptTransitions = (LeanTransitions) read(DependencyParser.class, "system", all);
        Set<Integer> beyond = new HashSet<>(frequent.subList(20_000, frequent.size()));
        int keptUsed = 0;
        for (CoreMap sentence : sentences) {
            Configuration c = stockSystem.initialConfiguration(sentence);
            while (!transitions.isTerminal(c)) {
                int[] features = fewer.getFeatures(c).stream().mapToInt(Integer::intValue).toArray();
                for (int j = 0; j < features.length; j++) {
                    keptUsed += beyond.contains(features[j] * Config.numTokens + j) ? 1 : 0;
                }
                double[] scores = lean.computeScores(features);
                keptTransitions.isTerminal(c);
                // Bit for bit: a kept feature's sums are computed as the product cache computes them.
                assertThat(kept.computeScores(features)).containsExactly(scores);
                stockSystem.apply(c, stockSystem.transitions.get(best(scores,
                        transitions.applicable(c).indices())));
            }
        }
        assertThat(keptUsed).as("features beyond CoreNLP's 20,000 met").isPositive();
        for (String name : List.of("eg2E", "eg2W1", "eg2W2", "eg2b1", "cache")) {
            assertThat(read(Classifier.class, name, kept)).as(name).isNull();
        }
        assertThat(read(Classifier.class, "eg2W1", stock)).isNotNull();
    }

    @Test
    void theSumsOfCoreNlpsPrecomputedFeaturesAreItsOwn() throws ReflectiveOperationException {
        DependencyParser loaded = ownParser("precomputed");
        Classifier own = (Classifier) read(DependencyParser.class, "classifier", loaded);
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) read(Classifier.class, "preMap", own);
        double[][] saved = (double[][]) read(Classifier.class, "saved", own);
        LeanParsers.makeLean(loaded, 20_000, 20_000);
        LeanClassifier lean = (LeanClassifier) read(DependencyParser.class, "classifier", loaded);
        Object[] rows = (Object[]) read(LeanClassifier.class, "preRows", lean);
        int[] keys = (int[]) read(LeanClassifier.class, "preKeys", lean);
        int compared = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (rows[slot] != null) {
                float[] sums = (float[]) rows[slot].getClass().getMethod("products").invoke(rows[slot]);
                double[] expected = saved[preMap.get(keys[slot])];
                int[] expectedBits = new int[expected.length];
                int[] bits = new int[sums.length];
                for (int i = 0; i < sums.length; i++) {
                    expectedBits[i] = Float.floatToRawIntBits((float) expected[i]);
                    bits[i] = Float.floatToRawIntBits(sums[i]);
                }
                // Bit for bit: CoreNLP's double sums, rounded to float.
                assertThat(bits).as("feature %d", keys[slot]).isEqualTo(expectedBits);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(preMap.size()).isEqualTo(20_000);
    }

    /** A parser of its own, not the one CoreNLP's cache of parsers hands every caller with the same properties. */
    private static DependencyParser ownParser(String name) {
        Properties properties = new Properties();
        properties.setProperty("dateline.test.parser", name);
        return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, properties);
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    /** The parser's choice: the first best score among the transitions that can apply. */
    private static int best(double[] scores, int[] applicable) {
        int best = -1;
        for (int t : applicable) {
            if (best < 0 || scores[t] > scores[best]) {
                best = t;
            }
        }
        return best;
    }

    @Test
    void aTransitionSetIsKeptPerStateOfWhatCanApplyReads() {
        List<Integer> seen = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            Configuration c = stockSystem.initialConfiguration(sentence);
            seen.add(LeanTransitions.state(c));
            c.shift();
            seen.add(LeanTransitions.state(c));
        }
        // Every sentence starts with the root alone on the stack, then the root and its first word.
        assertThat(seen.stream().distinct().count()).isEqualTo(2);
        assertThat(seen.get(0)).isNotEqualTo(seen.get(1));
    }
}
