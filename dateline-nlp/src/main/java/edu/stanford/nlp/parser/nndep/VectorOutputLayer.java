package edu.stanford.nlp.parser.nndep;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The parser's output layer on the JDK's vector API ({@code jdk.incubator.vector}): the same sums as
 * {@link LeanClassifier}'s loop, {@code sums[t] = sums[t] + hidden[i] * w[i][t]} for each unit {@code i} in turn, each
 * product rounded and then added (no fused multiply-add), so the same floats. Six vectors of sums stay in registers
 * over all the units, where the loop reads and writes its sums once per four units: about twice as fast.
 * <p>
 * Only {@link OutputLayers} touches this class, and only when the JVM was started with the module
 * ({@code --add-modules jdk.incubator.vector}); without it the class cannot load.
 */
final class VectorOutputLayer {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** The transitions one pass over the units sums: six vectors, one register each. */
    static final int CHUNK = 6 * LANES;

    private VectorOutputLayer() {
    }

    /**
     * The output sums of {@code hidden}: {@code weights} holds unit {@code i}'s weights at {@code i * width} on, and
     * {@code width}, the length of the result, is a multiple of {@link #CHUNK}.
     */
    static float[] sums(float[] hidden, float[] weights, int width) {
        float[] sums = new float[width];
        for (int first = 0; first < width; first += CHUNK) {
            chunk(hidden, weights, first, width, sums);
        }
        return sums;
    }

    /** The sums of the {@link #CHUNK} transitions from {@code first}, written into {@code sums}. */
    private static void chunk(float[] hidden, float[] weights, int first, int width, float[] sums) {
        FloatVector s0 = FloatVector.zero(SPECIES);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        FloatVector s4 = s0;
        FloatVector s5 = s0;
        for (int i = 0, at = first; i < hidden.length; i++, at += width) {
            FloatVector h = FloatVector.broadcast(SPECIES, hidden[i]);
            s0 = s0.add(h.mul(FloatVector.fromArray(SPECIES, weights, at)));
            s1 = s1.add(h.mul(FloatVector.fromArray(SPECIES, weights, at + LANES)));
            s2 = s2.add(h.mul(FloatVector.fromArray(SPECIES, weights, at + 2 * LANES)));
            s3 = s3.add(h.mul(FloatVector.fromArray(SPECIES, weights, at + 3 * LANES)));
            s4 = s4.add(h.mul(FloatVector.fromArray(SPECIES, weights, at + 4 * LANES)));
            s5 = s5.add(h.mul(FloatVector.fromArray(SPECIES, weights, at + 5 * LANES)));
        }
        s0.intoArray(sums, first);
        s1.intoArray(sums, first + LANES);
        s2.intoArray(sums, first + 2 * LANES);
        s3.intoArray(sums, first + 3 * LANES);
        s4.intoArray(sums, first + 4 * LANES);
        s5.intoArray(sums, first + 5 * LANES);
    }
}
