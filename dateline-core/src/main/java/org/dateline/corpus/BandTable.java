package org.dateline.corpus;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A multimap from an int key to the documents (dense ints) filed under it, in primitive arrays (8 bytes per entry
 * plus at most 11 bytes per key in the open-addressing table, kept at most 3/4 full): the LSH buckets of band keys,
 * so a million documents times forty bands fit in a few hundred megabytes, and the postings of {@link PrefixIndex}.
 * Keys must be well-mixed hashes. Not thread-safe; {@link NearDuplicates} guards it.
 */
final class BandTable {
    private int[] keys = new int[1024];
    private int[] heads = filled(1024);
    private int used;
    private int[] docs = new int[1024];
    private int[] next = new int[1024];
    private int entries;

    /** How many documents are filed under {@code key}, counted up to {@code limit} (so a long list is not walked). */
    int count(int key, int limit) {
        int n = 0;
        for (int e = heads[slot(key)]; e >= 0 && n < limit; e = next[e]) {
            n++;
        }
        return n;
    }

    /** Passes every document filed under {@code key} to {@code visit}, the last filed first. */
    void visit(int key, IntConsumer visit) {
        for (int e = heads[slot(key)]; e >= 0; e = next[e]) {
            visit.accept(docs[e]);
        }
    }

    /** Files {@code doc} under {@code key}. */
    void add(int key, int doc) {
        int slot = slot(key);
        if (heads[slot] < 0) {
            keys[slot] = key;
            used++;
        }
        if (entries == docs.length) {
            docs = Arrays.copyOf(docs, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        docs[entries] = doc;
        next[entries] = heads[slot];
        heads[slot] = entries++;
        if (used * 4L > keys.length * 3L) {
            grow();
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(int key) {
        int mask = keys.length - 1;
        int s = key & mask; // keys are already well-mixed hashes
        while (heads[s] >= 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new int[oldKeys.length * 2];
        heads = filled(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] >= 0) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                heads[s] = oldHeads[i];
            }
        }
    }

    private static int[] filled(int size) {
        int[] a = new int[size];
        Arrays.fill(a, -1);
        return a;
    }
}
