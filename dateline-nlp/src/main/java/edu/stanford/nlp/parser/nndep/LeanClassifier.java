package edu.stanford.nlp.parser.nndep;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The parser's network, scoring only the transitions that can apply ({@link LeanTransitions}) and none at all when
 * only one can. The parser takes the best-scoring transition among those that can apply, so the parse is the one
 * CoreNLP's {@link Classifier} gives: each score it computes is computed with the same arithmetic in the same order
 * (precomputed hidden-layer sums in double, the other features' products rounded to float, the cube, the output
 * layer's dot products, each sum added up in CoreNLP's order), and the others are {@code -Infinity}, which the parser
 * never picks.
 * <p>
 * It also avoids CoreNLP's per-feature boxing and locking: the precomputed features are found in an open-addressing
 * table, and the other features' products are kept in a direct-mapped table shared by all threads (a product is a
 * pure function of the feature, so a lost race only costs recomputing it).
 */
final class LeanClassifier extends Classifier {
    private static final int SLICE_BITS = 15;

    private final LeanTransitions transitions;
    private final float[][] w1;
    /** The output weights, transposed and widened to double (exactly): {@code w2t[unit][transition]}. */
    private final double[][] w2t;
    private final float[][] e;
    private final float[] b1;
    private final int hiddenSize;
    private final int embeddingSize;
    private final int[] preKeys;
    private final double[][] preSums;
    private final Slice[] slices = new Slice[1 << SLICE_BITS];

    /** One feature's hidden-layer products, rounded to float as CoreNLP's cache keeps them (then widened). */
    private record Slice(int feature, double[] products) {
    }

    /**
     * @param precomputed the stock classifier's precomputed hidden-layer sums, by feature
     */
    LeanClassifier(Config config, Classifier stock, Map<Integer, double[]> precomputed, LeanTransitions transitions) {
        super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
        this.transitions = transitions;
        this.w1 = stock.getW1();
        float[][] w2 = stock.getW2();
        this.w2t = new double[w2[0].length][w2.length];
        for (int t = 0; t < w2.length; t++) {
            for (int i = 0; i < w2[t].length; i++) {
                w2t[i][t] = w2[t][i];
            }
        }
        this.e = stock.getE();
        this.b1 = stock.getb1();
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        if (hiddenSize % 4 != 0) {
            throw new IllegalStateException("the hidden layer's products are computed four units at a time");
        }
        int capacity = Integer.highestOneBit(Math.max(precomputed.size(), 1) * 4);
        this.preKeys = new int[capacity];
        this.preSums = new double[capacity][];
        Arrays.fill(preKeys, -1);
        precomputed.forEach((feature, sums) -> {
            int slot = slot(feature, capacity - 1);
            while (preKeys[slot] != -1) {
                slot = (slot + 1) & (capacity - 1);
            }
            preKeys[slot] = feature;
            preSums[slot] = sums;
        });
    }

    /**
     * The output layer computes every transition's sum in one pass over the hidden units, {@code sums[t] +=
     * hidden[i] * w2t[i][t]}: each sum is still added up in the order of {@code i}, as CoreNLP's dot product adds
     * it, with the same products, so every score is bit for bit CoreNLP's; but the inner loop runs over independent
     * sums, which the processor overlaps (and the JIT may vectorise), where a dot product is one chain of dependent
     * additions: half the time of four dot products at a time, measured on the model's sizes.
     */
    @Override
    double[] computeScores(int[] features) {
        int[] applicable = transitions.applicable(transitions.scored()).indices();
        double[] scores = new double[w2t[0].length];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        if (applicable.length == 1) {
            scores[applicable[0]] = 0;
            return scores;
        }
        double[] hidden = hidden(features);
        double[] sums = new double[scores.length];
        for (int i = 0; i < hidden.length; i++) {
            double h = hidden[i];
            double[] row = w2t[i];
            for (int t = 0; t < sums.length; t++) {
                sums[t] += h * row[t];
            }
        }
        for (int t : applicable) {
            scores[t] = sums[t];
        }
        return scores;
    }

    /** The hidden layer's activations (cubed) for {@code features}. */
    private double[] hidden(int[] features) {
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int j = 0; j < features.length; j++) {
            int token = features[j];
            int feature = token * Config.numTokens + j;
            double[] sums = precomputed(feature);
            if (sums == null) {
                sums = products(feature, token, offset);
            }
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += sums[i];
            }
            offset += embeddingSize;
        }
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        return hidden;
    }

    private double[] precomputed(int feature) {
        int mask = preKeys.length - 1;
        for (int slot = slot(feature, mask); preKeys[slot] != -1; slot = (slot + 1) & mask) {
            if (preKeys[slot] == feature) {
                return preSums[slot];
            }
        }
        return null;
    }

    /**
     * One feature's products with the input weights, {@code Σ_k w1[i][offset + k] * embedding[k]} for every unit
     * {@code i}, each product in float and each sum in double in the order of {@code k}, as CoreNLP computes them,
     * four units at a time (a pass over {@code k} for all units at once is slower: the JIT does not vectorise the
     * float products widened to double).
     */
    private double[] products(int feature, int token, int offset) {
        int slot = slot(feature, slices.length - 1);
        Slice known = slices[slot];
        if (known != null && known.feature() == feature) {
            return known.products();
        }
        float[] embedding = e[token];
        double[] products = new double[hiddenSize];
        for (int i = 0; i < hiddenSize; i += 4) {
            float[] u0 = w1[i];
            float[] u1 = w1[i + 1];
            float[] u2 = w1[i + 2];
            float[] u3 = w1[i + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int k = 0; k < embedding.length; k++) {
                float v = embedding[k];
                s0 += u0[offset + k] * v;
                s1 += u1[offset + k] * v;
                s2 += u2[offset + k] * v;
                s3 += u3[offset + k] * v;
            }
            products[i] = (float) s0;
            products[i + 1] = (float) s1;
            products[i + 2] = (float) s2;
            products[i + 3] = (float) s3;
        }
        slices[slot] = new Slice(feature, products);
        return products;
    }

    private static int slot(int feature, int mask) {
        return (feature * 0x9E3779B9 >>> 7) & mask;
    }
}
