package edu.stanford.nlp.parser.nndep;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser's output layer on the vector API against the plain loop: the same floats, bit for bit. */
class OutputLayerTest {
    @Test
    void theVectorLayerIsTakenWhereTheJvmHasTheModule() {
        // the tests run with --add-modules jdk.incubator.vector (dateline-nlp's surefire.argLine), as ./dateline does
        assertThat(OutputLayer.of(new float[][] {{1f}})).isInstanceOf(OutputLayer.Vectors.class);
    }

    @Test
    void bothLayersGiveTheSameFloatsForTheParsersShapeAndOddOnes() {
        Random random = new Random(7);
        int[][] shapes = {{83, 1000}, {1, 1}, {5, 7}, {96, 4}, {97, 13}, {200, 3}, {31, 1001}};
        for (int[] shape : shapes) {
            float[][] w2 = new float[shape[0]][shape[1]];
            for (float[] row : w2) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = (float) (random.nextGaussian() * 0.1);
                }
            }
            OutputLayer rows = OutputLayer.Rows.of(w2);
            OutputLayer vectors = OutputLayer.Vectors.of(w2);
            for (int trial = 0; trial < 50; trial++) {
                float[] hidden = hidden(random, shape[1], trial);
                float[] expected = rows.sums(hidden);
                float[] actual = vectors.sums(hidden);
                assertThat(Arrays.copyOf(actual, shape[0]))
                        .as("shape %s, trial %d", Arrays.toString(shape), trial)
                        .containsExactly(Arrays.copyOf(expected, shape[0]));
                float[] padding = Arrays.copyOfRange(actual, shape[0], actual.length);
                assertThat(padding).as("padding").isEqualTo(new float[padding.length]);
            }
        }
    }

    @Test
    void theSumsAreEachTransitionsProductsAddedInTheUnitsOrder() {
        float[][] w2 = {{0.1f, 0.2f, 0.3f, 0.4f, 0.5f}, {-1f, 2f, -3f, 4f, -5f}};
        float[] hidden = {1e8f, 3f, -1e8f, 0.5f, 7f};
        for (OutputLayer layer : new OutputLayer[] {OutputLayer.Rows.of(w2), OutputLayer.Vectors.of(w2)}) {
            float[] sums = layer.sums(hidden);
            for (int t = 0; t < w2.length; t++) {
                float sum = 0;
                for (int i = 0; i < hidden.length; i++) {
                    sum = sum + hidden[i] * w2[t][i];
                }
                assertThat(sums[t]).as("%s, transition %d", layer.getClass().getSimpleName(), t).isEqualTo(sum);
            }
        }
    }

    /** Activations as the cubed hidden layer gives them: mostly small, some large, some zero, some negative zero. */
    private static float[] hidden(Random random, int size, int trial) {
        float[] hidden = new float[size];
        for (int i = 0; i < size; i++) {
            double x = random.nextGaussian() * (trial % 5 == 0 ? 30 : 1);
            hidden[i] = switch (random.nextInt(20)) {
                case 0 -> 0f;
                case 1 -> -0f;
                default -> (float) (x * x * x);
            };
        }
        return hidden;
    }
}
