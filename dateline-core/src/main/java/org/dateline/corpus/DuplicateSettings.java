package org.dateline.corpus;

/**
 * How {@link NearDuplicates} compares texts.
 *
 * <p>A text becomes the set of its word {@code shingle}-grams (words: maximal runs of Unicode letters or
 * digits, lower-cased). Its MinHash signature has {@code bands * rows} values; two texts become candidates
 * when all {@code rows} values of at least one band agree, so a pair with Jaccard similarity {@code s} is a
 * candidate with probability {@code 1 - (1 - s^rows)^bands}. Every candidate is then checked exactly: the
 * pair is a duplicate when the Jaccard similarity of the two shingle sets is at least {@code threshold}.
 * Texts with fewer than {@code minShingles} distinct shingles (captions, one-line items) are never marked.
 *
 * @param shingle     words per shingle, at least 1
 * @param bands       LSH bands, at least 1
 * @param rows        signature values per band, at least 1
 * @param threshold   least Jaccard similarity of shingle sets for a duplicate, in (0, 1]
 * @param minShingles least distinct shingles a text needs to take part
 */
public record DuplicateSettings(int shingle, int bands, int rows, double threshold, int minShingles) {
    /**
     * Three-word shingles, 40 bands of 3 rows (120 hash functions), Jaccard at least 0.5, 10 shingles at least.
     * A copy with 5% of its words changed keeps about 0.95^3 = 86% of its shingles (Jaccard about 0.75; on the
     * synthetic bench the lowest of 300 such copies was 0.56, while with five-word shingles 5% of them fell
     * under 0.51). Different articles on one topic that share stock sentences stay under 0.1 there. A pair at
     * s = 0.5 is a candidate with probability 0.995, at s = 0.6 with 0.99998.
     */
    public static final DuplicateSettings DEFAULT = new DuplicateSettings(3, 40, 3, 0.5, 10);

    public DuplicateSettings {
        if (shingle < 1 || bands < 1 || rows < 1 || minShingles < 1 || !(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("bad duplicate settings: shingle=" + shingle + ", bands=" + bands
                    + ", rows=" + rows + ", threshold=" + threshold + ", minShingles=" + minShingles);
        }
    }

    /** Length of a MinHash signature. */
    public int hashes() {
        return bands * rows;
    }

    /**
     * Whether two texts, given as their sorted distinct shingle hashes ({@link Fingerprint#shingles()}), are copies of
     * each other: the Jaccard similarity of the two sets is at least {@code threshold}.
     */
    public boolean similar(int[] shingles, int[] otherShingles) {
        int small = Math.min(shingles.length, otherShingles.length);
        int large = Math.max(shingles.length, otherShingles.length);
        if (small < threshold * large) {
            return false; // Jaccard is at most small / large
        }
        return Fingerprint.jaccard(shingles, otherShingles) >= threshold;
    }

    /** Probability that a pair with Jaccard similarity {@code s} becomes a candidate. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }
}
