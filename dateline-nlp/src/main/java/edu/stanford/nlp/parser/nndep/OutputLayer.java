package edu.stanford.nlp.parser.nndep;

/**
 * The parser's output layer: every transition's sum {@code Σ_i hidden[i] * w2[t][i]}, added unit by unit in the units'
 * order, each product rounded before it is added, so every way of computing it gives the same floats.
 */
interface OutputLayer {
    /** The module whose vector API {@link VectorOutputLayer} uses; the JVM must be started with it. */
    String VECTOR_MODULE = "jdk.incubator.vector";

    /** The sums, by transition; the array may be longer than the number of transitions (padding sums to 0). */
    float[] sums(float[] hidden);

    /** The layer of the weights {@code w2[transition][unit]}: on the vector API where the JVM has it. */
    static OutputLayer of(float[][] w2) {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent() ? Vectors.of(w2) : Rows.of(w2);
    }

    /**
     * The layer as plain loops over the transposed weights ({@code w2t[unit][transition]}, each row padded with zeros
     * to a multiple of {@link #LANES}): four units to a pass over the transitions, each sum taking the same additions
     * in the same order; the JIT vectorises the pass.
     */
    record Rows(float[][] w2t) implements OutputLayer {
        /** Floats in a vectorised loop's unrolled step (four vectors of eight on AVX2): the rows' padding. */
        private static final int LANES = 32;

        static Rows of(float[][] w2) {
            return new Rows(LeanClassifier.transpose(w2, LANES));
        }

        @Override
        public float[] sums(float[] hidden) {
            float[] sums = new float[w2t[0].length];
            int i = 0;
            for (; i + 3 < hidden.length; i += 4) {
                float h0 = hidden[i];
                float h1 = hidden[i + 1];
                float h2 = hidden[i + 2];
                float h3 = hidden[i + 3];
                float[] r0 = w2t[i];
                float[] r1 = w2t[i + 1];
                float[] r2 = w2t[i + 2];
                float[] r3 = w2t[i + 3];
                for (int t = 0; t < sums.length; t++) {
                    sums[t] = sums[t] + h0 * r0[t] + h1 * r1[t] + h2 * r2[t] + h3 * r3[t];
                }
            }
            for (; i < hidden.length; i++) {
                float h = hidden[i];
                float[] row = w2t[i];
                for (int t = 0; t < sums.length; t++) {
                    sums[t] += h * row[t];
                }
            }
            return sums;
        }
    }

    /**
     * The layer on {@link VectorOutputLayer}: the weights in one array, unit by unit, each unit's padded with zeros to
     * a multiple of {@link VectorOutputLayer#CHUNK}. Only built where the JVM has {@link #VECTOR_MODULE}.
     */
    record Vectors(float[] weights, int width) implements OutputLayer {
        static Vectors of(float[][] w2) {
            int chunk = VectorOutputLayer.CHUNK;
            float[][] w2t = LeanClassifier.transpose(w2, chunk);
            int width = w2t[0].length;
            float[] weights = new float[w2t.length * width];
            for (int i = 0; i < w2t.length; i++) {
                System.arraycopy(w2t[i], 0, weights, i * width, width);
            }
            return new Vectors(weights, width);
        }

        @Override
        public float[] sums(float[] hidden) {
            return VectorOutputLayer.sums(hidden, weights, width);
        }
    }
}
