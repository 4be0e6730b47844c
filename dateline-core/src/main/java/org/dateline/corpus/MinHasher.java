package org.dateline.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Turns a text into a {@link Fingerprint}: word shingles hashed to 32 bits, a MinHash signature from
 * multiply-shift hash functions, and one key per band. Immutable and thread-safe; the hash functions come from a
 * fixed seed, so fingerprints made by different instances with the same settings are comparable.
 */
public final class MinHasher {
    private static final long SEED = 0x5DEECE66DL;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final DuplicateSettings settings;
    private final long[] mul;
    private final long[] add;

    public MinHasher(DuplicateSettings settings) {
        this.settings = settings;
        SplittableRandom random = new SplittableRandom(SEED);
        mul = new long[settings.hashes()];
        add = new long[settings.hashes()];
        for (int i = 0; i < mul.length; i++) {
            mul[i] = random.nextLong() | 1L;
            add[i] = random.nextLong();
        }
    }

    /** The fingerprint of {@code text}: the same for the same text and settings, in any JVM. */
    public Fingerprint fingerprint(String text) {
        int[] shingles = shingles(text, settings.shingle());
        if (shingles.length < settings.minShingles()) {
            return new Fingerprint(shingles, new int[0], text.length());
        }
        return new Fingerprint(shingles, bandKeys(signature(shingles)), text.length());
    }

    /**
     * Sorted distinct hashes of the text's word {@code k}-grams; a text with fewer than {@code k} words (but at
     * least one) gives one shingle of all its words.
     */
    static int[] shingles(String text, int k) {
        long[] window = new long[k];
        int[] out = new int[16];
        int count = 0;
        int words = 0;
        long word = FNV_OFFSET;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i <= n; ) {
            int cp = i < n ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                word = (word ^ Character.toLowerCase(cp)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                window[words % k] = word;
                words++;
                if (words >= k) {
                    if (count == out.length) {
                        out = Arrays.copyOf(out, count * 2);
                    }
                    out[count++] = shingleHash(window, words, k);
                }
                word = FNV_OFFSET;
                inWord = false;
            }
            i += i < n ? Character.charCount(cp) : 1;
        }
        if (words > 0 && words < k) {
            out[count++] = shingleHash(window, words, words);
        }
        int[] sorted = Arrays.copyOf(out, count);
        Arrays.sort(sorted);
        return distinct(sorted);
    }

    /** Hash of the last {@code k} words in the ring buffer {@code window}, {@code words} having been seen. */
    private static int shingleHash(long[] window, int words, int k) {
        long h = k;
        for (int j = words - k; j < words; j++) {
            h = h * 0x9E3779B97F4A7C15L + window[j % window.length];
        }
        return (int) (mix(h) >>> 32);
    }

    private static int[] distinct(int[] sorted) {
        int d = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[d++] = sorted[i];
            }
        }
        return d == sorted.length ? sorted : Arrays.copyOf(sorted, d);
    }

    private int[] signature(int[] shingles) {
        int[] min = new int[mul.length];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (int s : shingles) {
            long x = mix(s);
            for (int i = 0; i < min.length; i++) {
                int v = (int) ((mul[i] * x + add[i]) >>> 33);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return min;
    }

    private int[] bandKeys(int[] signature) {
        int rows = settings.rows();
        int[] keys = new int[settings.bands()];
        for (int b = 0; b < keys.length; b++) {
            long h = b + 1L;
            for (int r = 0; r < rows; r++) {
                h = h * 0x9E3779B97F4A7C15L + signature[b * rows + r];
            }
            keys[b] = (int) (mix(h) >>> 32);
        }
        return keys;
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
