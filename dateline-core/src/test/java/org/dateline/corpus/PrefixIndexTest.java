package org.dateline.corpus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PrefixIndexTest {
    private static final double HALF = 0.5;

    @Test
    void aSetHalfOfAnotherIsPassedOnEitherWayRoundThoughTheyShareOnlyTheirLastShingles() {
        int[] whole = IntStream.range(0, 20).map(i -> i * 7919).sorted().toArray();
        int[] half = Arrays.copyOf(whole, 10); // Jaccard 0.5, the least that passes
        assertThat(Fingerprint.jaccard(whole, half)).isEqualTo(HALF);

        PrefixIndex halfFiled = new PrefixIndex(HALF);
        halfFiled.file(1, half);
        // the whole set's other ten shingles are held by no filed text and come first: the first shared is its 11th
        assertThat(probed(halfFiled, whole)).containsExactly(1);

        PrefixIndex wholeFiled = new PrefixIndex(HALF);
        wholeFiled.file(2, whole);
        assertThat(probed(wholeFiled, half)).containsExactly(2);
    }

    @Test
    void templatedTextsOverlappingByAQuarterAreNotPassedOnButACopyIs() {
        PrefixIndex index = new PrefixIndex(HALF);
        // filed first, an unrelated text: the frame is counted only when the order is built again, as texts come
        index.file(1000, IntStream.range(1, 50).map(i -> -i * 104_729).sorted().toArray());
        List<int[]> texts = new ArrayList<>();
        for (int doc = 0; doc < 200; doc++) {
            texts.add(templated(doc));
            index.file(doc, texts.get(doc));
        }
        int[] next = templated(200);
        assertThat(Fingerprint.jaccard(next, texts.get(0))).isBetween(0.2, 0.3);
        assertThat(probed(index, next)).as("no text can reach half").isEmpty();

        int[] copy = texts.get(17).clone();
        copy[0] = -1; // one shingle changed
        Arrays.sort(copy);
        assertThat(probed(index, copy)).containsExactly(17);
    }

    /** A frame of 30 shingles shared by every text and 60 of the text's own: any two overlap by 30 of 150. */
    private static int[] templated(int doc) {
        int[] set = new int[90];
        for (int i = 0; i < 30; i++) {
            set[i] = i * 1_000_003;
        }
        for (int i = 0; i < 60; i++) {
            set[30 + i] = (doc * 60 + i + 1) * 7919 + 13;
        }
        Arrays.sort(set);
        return set;
    }

    private static List<Integer> probed(PrefixIndex index, int[] shingles) {
        List<Integer> passed = new ArrayList<>();
        index.probe(shingles, passed::add);
        return passed.stream().distinct().toList();
    }
}
