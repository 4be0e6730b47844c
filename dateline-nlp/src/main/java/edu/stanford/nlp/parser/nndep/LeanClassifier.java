package edu.stanford.nlp.parser.nndep;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The parser's network, scoring only the transitions that can apply ({@link LeanTransitions}) and none at all when
 * only one can. The parser takes the best-scoring transition among those that can apply, so the parse is the one
 * CoreNLP's {@link Classifier} gives: each score it computes is computed with the same arithmetic in the same order
 * (precomputed hidden-layer sums in double, the other features' products rounded to float, the cube, the output
 * layer's dot products), and the others are {@code -Infinity}, which the parser never picks.
 * <p>
 * It also avoids CoreNLP's per-feature boxing and locking: the precomputed features are found in an open-addressing
 * table, and the other features' products are kept in a direct-mapped table shared by all threads (a product is a
 * pure function of the feature, so a lost race only costs recomputing it).
 */
final class LeanClassifier extends Classifier {
    private static final int SLICE_BITS = 15;

    private final LeanTransitions transitions;
    private final float[][] w1;
    private final float[][] w2;
    private final float[][] e;
    private final float[] b1;
    private final int hiddenSize;
    private final int embeddingSize;
    private final int[] preKeys;
    private final double[][] preSums;
    private final Slice[] slices = new Slice[1 << SLICE_BITS];

    /** One feature's hidden-layer products, rounded to float as CoreNLP's cache keeps them. */
    private record Slice(int feature, float[] products) {
    }

    /**
     * @param precomputed the stock classifier's precomputed hidden-layer sums, by feature
     */
    LeanClassifier(Config config, Classifier stock, Map<Integer, double[]> precomputed, LeanTransitions transitions) {
        super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
        this.transitions = transitions;
        this.w1 = stock.getW1();
        this.w2 = stock.getW2();
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

    @Override
    double[] computeScores(int[] features) {
        int[] applicable = transitions.applicable(transitions.scored()).indices();
        double[] scores = new double[w2.length];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        if (applicable.length == 1) {
            scores[applicable[0]] = 0;
            return scores;
        }
        double[] hidden = hidden(features);
        double[] sums = new double[applicable.length];
        float[][] rows = new float[applicable.length][];
        for (int a = 0; a < applicable.length; a++) {
            rows[a] = w2[applicable[a]];
        }
        dotProducts(rows, hidden, sums);
        for (int a = 0; a < applicable.length; a++) {
            scores[applicable[a]] = sums[a];
        }
        return scores;
    }

    /**
     * {@code sums[r] = Σ_i x[i] * rows[r][i]}, each sum added up in the order of {@code i} as CoreNLP does, four rows
     * at a time: four independent sums keep the processor busy where one sum waits on each addition.
     */
    private static void dotProducts(float[][] rows, double[] x, double[] sums) {
        int r = 0;
        for (; r + 4 <= rows.length; r += 4) {
            float[] w0 = rows[r];
            float[] w1 = rows[r + 1];
            float[] w2 = rows[r + 2];
            float[] w3 = rows[r + 3];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int i = 0; i < x.length; i++) {
                double v = x[i];
                s0 += v * w0[i];
                s1 += v * w1[i];
                s2 += v * w2[i];
                s3 += v * w3[i];
            }
            sums[r] = s0;
            sums[r + 1] = s1;
            sums[r + 2] = s2;
            sums[r + 3] = s3;
        }
        for (; r < rows.length; r++) {
            float[] w = rows[r];
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += x[i] * w[i];
            }
            sums[r] = s;
        }
    }

    /** The hidden layer's activations (cubed) for {@code features}. */
    private double[] hidden(int[] features) {
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int j = 0; j < features.length; j++) {
            int token = features[j];
            int feature = token * Config.numTokens + j;
            double[] sums = precomputed(feature);
            if (sums != null) {
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += sums[i];
                }
            } else {
                float[] products = products(feature, token, offset);
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += products[i];
                }
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

    private float[] products(int feature, int token, int offset) {
        int slot = slot(feature, slices.length - 1);
        Slice known = slices[slot];
        if (known != null && known.feature() == feature) {
            return known.products();
        }
        float[] embedding = e[token];
        float[] products = new float[hiddenSize];
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
