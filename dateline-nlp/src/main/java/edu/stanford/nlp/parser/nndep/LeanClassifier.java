package edu.stanford.nlp.parser.nndep;

import java.util.Arrays;
import java.util.List;

/**
 * The parser's network, scoring only the transitions that can apply ({@link LeanTransitions}) and none at all when
 * only one can, in floats. The parser takes the best-scoring transition among those that can apply; the others are
 * {@code -Infinity}, which it never picks.
 * <p>
 * Each score is CoreNLP's {@link Classifier}'s within rounding, not bit for bit: CoreNLP adds the hidden layer's sums,
 * the cube and the output layer in double, this class in float, and computes a feature's products with the input
 * weights as float sums over the embedding instead of double sums rounded to float. Every loop then runs over
 * independent floats (a unit or a transition each), which the JIT vectorises, and the precomputed hidden-layer sums
 * take half the memory they take in double, so half the traffic: the scorer takes about half the time. The
 * differences are about {@code 1e-5} of a score, which changes the parser's choice only where two transitions tie
 * within that.
 * <p>
 * It also avoids CoreNLP's per-feature boxing and locking: the precomputed features are found in an open-addressing
 * table, and the other features' products are kept in a direct-mapped table shared by all threads (a product is a
 * pure function of the feature, so a lost race only costs recomputing it). The precomputed features' sums are computed
 * here, as CoreNLP computes them but in one pass over the units per embedding value: CoreNLP's own loop, a double sum
 * of 50 products per unit, took a third of the parser's loading. The output layer is {@link OutputLayer}'s,
 * on the JDK's vector API where the JVM has it.
 */
final class LeanClassifier extends Classifier {
    private static final int SLICE_BITS = 15;

    private final LeanTransitions transitions;
    /** The input weights, transposed: {@code w1t[input][unit]}. */
    private final float[][] w1t;
    private final OutputLayer output;
    private final int transitionCount;
    private final float[][] e;
    private final float[] b1;
    private final int hiddenSize;
    private final int embeddingSize;
    private final int[] preKeys;
    /** The precomputed features' sums, by slot of {@link #preKeys}; {@code null} until first used for a kept row. */
    private final Slice[] preRows;
    private final Slice[] slices = new Slice[1 << SLICE_BITS];

    /** One feature's hidden-layer products. */
    private record Slice(int feature, float[] products) {
    }

    /**
     * @param precomputed the features CoreNLP precomputes: their sums are computed as CoreNLP computes them (in
     *                    double, {@link #stockSums}) and rounded to float, here
     * @param kept        more features whose products are kept once computed, never evicted (the model's most
     *                    frequent features after the precomputed ones): each is computed on its first use exactly as
     *                    the product cache computes it, so keeping more of them changes no score
     */
    LeanClassifier(Config config, Classifier stock, List<Integer> precomputed, List<Integer> kept,
                   LeanTransitions transitions) {
        super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
        this.transitions = transitions;
        this.w1t = transpose(stock.getW1(), 1);
        this.transitionCount = stock.getW2().length;
        this.output = OutputLayer.of(stock.getW2());
        this.e = stock.getE();
        this.b1 = stock.getb1();
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        int capacity = Integer.highestOneBit(Math.max(precomputed.size() + kept.size(), 1) * 4);
        this.preKeys = new int[capacity];
        this.preRows = new Slice[capacity];
        Arrays.fill(preKeys, -1);
        precomputed.forEach(feature -> preRows[claim(feature)] = new Slice(feature,
                stockSums(feature / Config.numTokens, feature % Config.numTokens * embeddingSize)));
        kept.forEach(this::claim);
    }

    /** The free slot of {@code feature} in the precomputed table, taken for it. */
    private int claim(int feature) {
        int mask = preKeys.length - 1;
        int slot = slot(feature, mask);
        while (preKeys[slot] != -1) {
            slot = (slot + 1) & mask;
        }
        preKeys[slot] = feature;
        return slot;
    }

    /** {@code matrix} transposed, each row padded with zeros to a multiple of {@code multiple}. */
    static float[][] transpose(float[][] matrix, int multiple) {
        float[][] transposed = new float[matrix[0].length][(matrix.length + multiple - 1) / multiple * multiple];
        for (int r = 0; r < matrix.length; r++) {
            for (int c = 0; c < matrix[r].length; c++) {
                transposed[c][r] = matrix[r][c];
            }
        }
        return transposed;
    }

    @Override
    double[] computeScores(int[] features) {
        int[] applicable = transitions.applicable(transitions.scored()).indices();
        double[] scores = new double[transitionCount];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        if (applicable.length == 1) {
            scores[applicable[0]] = 0;
            return scores;
        }
        float[] sums = output.sums(hidden(features));
        for (int t : applicable) {
            scores[t] = sums[t];
        }
        return scores;
    }

    /**
     * The hidden layer's activations (cubed) for {@code features}: each feature's sums found first (their look-ups
     * independent of one another), then added four features to a pass over the units, in the features' order.
     */
    private float[] hidden(int[] features) {
        float[][] rows = new float[features.length][];
        int offset = 0;
        for (int j = 0; j < features.length; j++) {
            int token = features[j];
            int feature = token * Config.numTokens + j;
            int slot = precomputedSlot(feature);
            rows[j] = slot < 0 ? cached(feature, token, offset) : kept(slot, feature, token, offset);
            offset += embeddingSize;
        }
        float[] hidden = new float[hiddenSize];
        int j = 0;
        for (; j + 3 < rows.length; j += 4) {
            float[] a = rows[j];
            float[] b = rows[j + 1];
            float[] c = rows[j + 2];
            float[] d = rows[j + 3];
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] = hidden[i] + a[i] + b[i] + c[i] + d[i];
            }
        }
        for (; j < rows.length; j++) {
            float[] sums = rows[j];
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += sums[i];
            }
        }
        for (int i = 0; i < hiddenSize; i++) {
            float h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        return hidden;
    }

    /** The slot of {@code feature} in the precomputed table, or -1 when it is not there. */
    private int precomputedSlot(int feature) {
        int mask = preKeys.length - 1;
        for (int slot = slot(feature, mask); preKeys[slot] != -1; slot = (slot + 1) & mask) {
            if (preKeys[slot] == feature) {
                return slot;
            }
        }
        return -1;
    }

    /** A precomputed or kept feature's sums, computed on first use for a kept one (a lost race recomputes them). */
    private float[] kept(int slot, int feature, int token, int offset) {
        Slice row = preRows[slot];
        if (row == null) {
            row = new Slice(feature, products(token, offset));
            preRows[slot] = row;
        }
        return row.products();
    }

    /**
     * One feature's sums as CoreNLP precomputes them ({@code Classifier.preCompute}): for each unit, the products of
     * the input weights and the embedding, each in float, added in double in the embedding's order; then rounded to
     * float. So a row is the one CoreNLP would have computed at load, bit for bit (here in one pass over the units per
     * embedding value, as {@link #products}).
     */
    private float[] stockSums(int token, int offset) {
        float[] embedding = e[token];
        double[] partial = new double[hiddenSize];
        for (int k = 0; k < embedding.length; k++) {
            float v = embedding[k];
            float[] row = w1t[offset + k];
            for (int i = 0; i < hiddenSize; i++) {
                partial[i] += row[i] * v;
            }
        }
        float[] sums = new float[hiddenSize];
        for (int i = 0; i < hiddenSize; i++) {
            sums[i] = (float) partial[i];
        }
        return sums;
    }

    /** A feature's products from the direct-mapped cache, computed when its slot holds another feature. */
    private float[] cached(int feature, int token, int offset) {
        int slot = slot(feature, slices.length - 1);
        Slice known = slices[slot];
        if (known != null && known.feature() == feature) {
            return known.products();
        }
        float[] products = products(token, offset);
        slices[slot] = new Slice(feature, products);
        return products;
    }

    /**
     * One feature's products with the input weights, {@code Σ_k w1[i][offset + k] * embedding[k]} for every unit
     * {@code i}, in one pass over the units per embedding value.
     */
    private float[] products(int token, int offset) {
        float[] embedding = e[token];
        float[] products = new float[hiddenSize];
        for (int k = 0; k < embedding.length; k++) {
            float v = embedding[k];
            float[] row = w1t[offset + k];
            for (int i = 0; i < hiddenSize; i++) {
                products[i] += row[i] * v;
            }
        }
        return products;
    }

    private static int slot(int feature, int mask) {
        return (feature * 0x9E3779B9 >>> 7) & mask;
    }
}
