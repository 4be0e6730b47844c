package org.dateline.corpus;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The texts of {@link NearDuplicates}'s crowded buckets, listed by the first shingles of their sets (prefix
 * filtering), so that a new text meets only those of them that can pass the check of copies.
 *
 * <p>A band key that many texts share is most often a template's frame (market reports, weather, results, notices
 * with a name or a number changed) rather than one text copied: such texts overlap by a third or so, under the check,
 * and checking each new one against all the others costs the square of their number. Here each text is ordered by
 * how many filed texts held each of its shingles when the index was last built (then by the hash), rare first, and is
 * listed under its first {@code n - ceil(t n) + 1} shingles ({@code n} its shingles, {@code t} the threshold). Two
 * sets whose Jaccard similarity reaches {@code t} overlap by at least {@code t n}, so each lists the smallest shingle
 * they share (in this order) among its first ones; and when that shingle comes at position {@code i} of the probing
 * text's order, every shared shingle comes at or after it: they overlap by at most {@code n - i}, while passing needs
 * {@code t (n + m) / (1 + t)} ({@code m} the other's shingles), so only sets up to a size are visited there. A probe
 * passes on only the texts that meet both bounds, which include every text of the index that passes the check. A
 * template's changed words are rare and come first, so its texts share no listed shingle, or only at a position that
 * rules out sets of their size.
 *
 * <p>The order is rebuilt, and every text listed again, each time the filed texts double. Memory: about 4 bytes per
 * shingle of each filed text (its listed prefix), and 16 to 32 per distinct shingle among them (the counts). Not
 * thread-safe; {@link NearDuplicates} guards it.
 */
final class PrefixIndex {
    /** Room for the rounding of the similarity computed in doubles. */
    private static final double SLACK = 1e-6;

    private final double threshold;
    private int[] filedDocs = new int[64];
    private int[][] filedSets = new int[64][];
    private int filed;
    /** Per document number, its number of shingles when filed; 0 when not filed. */
    private int[] sizeOf = new int[1024];
    /**
     * How many filed texts held each shingle at the last build: an open-addressing table at most half full, a count
     * of 0 an empty slot.
     */
    private int[] countKeys = new int[1];
    private int[] counts = new int[1];
    private BandTable postings = new BandTable();
    private int built;

    PrefixIndex(double threshold) {
        this.threshold = threshold;
    }

    boolean filed(int doc) {
        return doc < sizeOf.length && sizeOf[doc] > 0;
    }

    /** Files document {@code doc}, whose sorted distinct shingle hashes are {@code shingles} (at least one). */
    void file(int doc, int[] shingles) {
        if (doc >= sizeOf.length) {
            sizeOf = Arrays.copyOf(sizeOf, Math.max(doc + 1, sizeOf.length * 2));
        }
        if (filed == filedDocs.length) {
            filedDocs = Arrays.copyOf(filedDocs, filed * 2);
            filedSets = Arrays.copyOf(filedSets, filed * 2);
        }
        sizeOf[doc] = shingles.length;
        filedDocs[filed] = doc;
        filedSets[filed++] = shingles;
        if (filed >= 2 * built) {
            build();
        } else {
            list(doc, shingles);
        }
    }

    /**
     * Passes to {@code candidates} every filed text that can share with {@code shingles} a Jaccard similarity of the
     * threshold or more, and others; a text may be passed more than once.
     */
    void probe(int[] shingles, IntConsumer candidates) {
        int n = shingles.length;
        int[] ordered = ordered(shingles);
        int least = (int) Math.ceil(threshold * n - SLACK); // the size filter of the check: no smaller set passes
        int largest = (int) Math.floor(n / threshold + SLACK);
        for (int i = 0; i < prefixLength(n); i++) {
            // sharing its first shingle at i, the other overlaps by n - i at most: too few for a set larger than this
            int most = Math.min(largest, (int) Math.floor((n - i + SLACK) * (1 + threshold) / threshold - n));
            if (most < least) {
                return;
            }
            for (int c = sizeClass(least); c <= sizeClass(most); c++) {
                postings.visit(key(ordered[i], c), other -> {
                    if (sizeOf[other] >= least && sizeOf[other] <= most) {
                        candidates.accept(other);
                    }
                });
            }
        }
    }

    /** How many of the first shingles of a set of {@code n} hold one of those of every set similar enough to it. */
    private int prefixLength(int n) {
        int leastOverlap = (int) Math.ceil(threshold * n - SLACK);
        return Math.max(1, Math.min(n, n - leastOverlap + 1));
    }

    /**
     * The postings of a shingle are split by the size of the sets listed (classes about 9% apart), so that a probe
     * visits only the sizes its overlap bound leaves: a template's reports, of one size, are not visited at all for
     * the frame's shingles, which come after their own ones.
     */
    private static int sizeClass(int size) {
        return (int) (Math.log(size) * 12);
    }

    /** A well-mixed key for the postings of {@code shingle} among sets of size class {@code sizeClass}. */
    private static int key(int shingle, int sizeClass) {
        int h = shingle * 0x9E3779B9 + sizeClass;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ h >>> 16;
    }

    private void list(int doc, int[] shingles) {
        int[] ordered = ordered(shingles);
        int sizeClass = sizeClass(shingles.length);
        for (int i = 0; i < prefixLength(shingles.length); i++) {
            postings.add(key(ordered[i], sizeClass), doc);
        }
    }

    /** {@code shingles} in the index's order: fewest texts at the last build first, then by value. */
    private int[] ordered(int[] shingles) {
        long[] keyed = new long[shingles.length];
        for (int i = 0; i < shingles.length; i++) {
            long count = counts[slot(shingles[i])];
            keyed[i] = count << 32 | Integer.toUnsignedLong(shingles[i]);
        }
        Arrays.sort(keyed);
        int[] ordered = new int[shingles.length];
        for (int i = 0; i < keyed.length; i++) {
            ordered[i] = (int) keyed[i];
        }
        return ordered;
    }

    /** The slot of {@code shingle} in the table of counts, or the empty slot where it would go. */
    private int slot(int shingle) {
        int mask = countKeys.length - 1;
        int s = shingle & mask; // shingle hashes are well mixed
        while (counts[s] != 0 && countKeys[s] != shingle) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** Counts every filed text's shingles anew and lists every filed text under the new order. */
    private void build() {
        int total = 0;
        for (int f = 0; f < filed; f++) {
            total += filedSets[f].length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int f = 0; f < filed; f++) {
            System.arraycopy(filedSets[f], 0, all, at, filedSets[f].length);
            at += filedSets[f].length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < total; i++) {
            distinct += i == 0 || all[i] != all[i - 1] ? 1 : 0;
        }
        int capacity = Integer.highestOneBit(Math.max(1, distinct) * 2) * 2;
        countKeys = new int[capacity];
        counts = new int[capacity];
        for (int i = 0; i < total; i++) {
            int slot = slot(all[i]);
            countKeys[slot] = all[i];
            counts[slot]++;
        }
        postings = new BandTable();
        for (int f = 0; f < filed; f++) {
            list(filedDocs[f], filedSets[f]);
        }
        built = filed;
    }
}
