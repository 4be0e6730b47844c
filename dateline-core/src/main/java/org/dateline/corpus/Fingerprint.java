package org.dateline.corpus;

/**
 * What {@link NearDuplicates} keeps of a text: its distinct shingles as sorted 32-bit hashes, and one key per
 * LSH band. Computing it is pure and may run on any thread; {@link NearDuplicates#fingerprint} makes one.
 * The arrays are owned by the fingerprint and must not be changed.
 *
 * @param shingles sorted, distinct 32-bit hashes of the text's word shingles
 * @param bandKeys one hash per LSH band of the MinHash signature (empty when the text is too short to take part)
 * @param length   length of the text in characters (used to prefer the most complete text as original)
 */
public record Fingerprint(int[] shingles, int[] bandKeys, int length) {
    /** Whether the text is long enough to be compared at all. */
    public boolean comparable() {
        return bandKeys.length > 0;
    }

    /** Jaccard similarity of the two shingle sets (0 when either is empty). */
    public double jaccard(Fingerprint other) {
        return jaccard(shingles, other.shingles);
    }

    /** Jaccard similarity of two sorted sets of distinct ints (0 when either is empty). */
    static double jaccard(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
