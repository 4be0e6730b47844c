package org.dateline.corpus;

import org.dateline.model.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An incremental index of near-duplicate texts: copies, syndicated reprints and light rewrites of one text.
 *
 * <p>Each added text is reduced to a {@link Fingerprint} (its word shingles, hashed, and the LSH band keys of
 * its MinHash signature; see {@link DuplicateSettings}). Candidates are the earlier texts sharing at least one
 * band key, so the cost of an addition does not grow with the corpus; each candidate is then checked exactly
 * on the shingle sets ({@link DuplicateSettings#similar}). A band key shared by {@value #CROWDED} texts or more (a
 * template's frame, or a text copied many times) has its texts filed in a {@link PrefixIndex} as well, and a new text
 * is checked against only those of them the index passes on: every one that can pass the check, so the groups are
 * the same as when all are checked. Texts that pass are joined into one group
 * (transitively: if A copies B and B copies C, all three are one group), whose original is chosen as
 * {@link CopyGroups} says. The result does not depend on the order of additions. A run that finds the pairs
 * elsewhere (the Spark job, by band keys on its executors) joins them with {@link #join}.
 *
 * <p>Memory per text is its fingerprint, never the text: about 4 bytes per distinct shingle plus about 20
 * bytes per band, so a million news articles take a few gigabytes; a text of a crowded bucket takes more in the
 * {@link PrefixIndex} (about 5 KB for each of 128,000 templated reports of {@code dateline bench duplicates}).
 *
 * <p>Thread-safe: every method that reads or changes the index is synchronized. {@link #fingerprint} is pure
 * and may be called from many threads, then {@link #add(String, Fingerprint, String, String)} from any.
 */
public final class NearDuplicates {
    /**
     * How many texts make a band key crowded: its texts are compared through a prefix index ({@link #similarPairs}),
     * not each with all the others.
     */
    public static final int CROWDED = 64;

    private final DuplicateSettings settings;
    private final MinHasher hasher;
    private final int crowded;
    private final BandTable buckets = new BandTable();
    private final PrefixIndex crowdedTexts;
    private final CopyGroups groups = new CopyGroups();
    private int[][] shingles = new int[1024][];
    /**
     * Per document of a crowded bucket, the keys of its crowded buckets (a text met through {@link #crowdedTexts} need
     * not share one with the probing text); null for the others.
     */
    private int[][] crowdedKeys = new int[1024][];
    /** Per document, the last addition that checked it as a candidate (so each candidate is checked once). */
    private int[] checkedBy = new int[1024];
    /**
     * The first document of each distinct set of shingles among the texts long enough to be compared. A later text
     * with the same set joins it and is filed in no bucket: its band keys are the same, so it would meet the same
     * candidates, and every text that finds the first finds it too (a page repeated ten thousand times, a notice or a
     * wall, would otherwise visit all its repeats in each of its buckets: the square of their number).
     */
    private final Map<Shingles, Integer> firstWith = new HashMap<>();

    /** A sorted set of shingle hashes compared by its values. */
    private record Shingles(int[] hashes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shingles other && Arrays.equals(hashes, other.hashes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(hashes);
        }
    }

    public NearDuplicates() {
        this(DuplicateSettings.DEFAULT);
    }

    public NearDuplicates(DuplicateSettings settings) {
        this(settings, CROWDED);
    }

    /** An index whose buckets of {@code crowded} texts or more are crowded (tests make them small). */
    NearDuplicates(DuplicateSettings settings, int crowded) {
        this.settings = settings;
        this.hasher = new MinHasher(settings);
        this.crowded = crowded;
        this.crowdedTexts = new PrefixIndex(settings.threshold());
    }

    /** Finds the duplicate groups among {@code articles} with the default settings. */
    public static DuplicateGroups find(List<Article> articles) {
        NearDuplicates index = new NearDuplicates();
        for (Article a : articles) {
            index.add(a.id(), index.fingerprint(a.text()), a.outlet(), a.published(), a.partial());
        }
        return index.groups();
    }

    /**
     * Two articles found to be copies of each other elsewhere (on a cluster's executors): they share a band key of
     * their {@link Fingerprint}s and their shingle sets pass {@link DuplicateSettings#similar}.
     *
     * @param first  the id of one article
     * @param second the id of the other
     */
    public record Pair(String first, String second) {
    }

    /**
     * The duplicate groups among {@code articles} joined by {@code pairs} found elsewhere. When {@code pairs} are
     * every pair of the articles that shares a band key under the default settings and passes
     * {@link DuplicateSettings#similar}, these are the groups {@link #find} finds: the candidates and the check are the
     * same, only where they run differs. Keeps no text and no shingle.
     *
     * @throws IllegalArgumentException when a pair names an article not in {@code articles}, or an id is there twice
     */
    public static DuplicateGroups join(List<Article> articles, Collection<Pair> pairs) {
        CopyGroups groups = new CopyGroups();
        for (Article a : articles) {
            groups.add(a.id(), a.outlet(), a.published(), a.text().length(), a.partial());
        }
        for (Pair pair : pairs) {
            groups.join(number(groups, pair.first()), number(groups, pair.second()));
        }
        return groups.groups();
    }

    private static int number(CopyGroups groups, String id) {
        int doc = groups.numberOf(id);
        if (doc < 0) {
            throw new IllegalArgumentException("a pair of copies names \"" + id + "\", which is not among the articles");
        }
        return doc;
    }

    /**
     * Pairs of {@code sets} (sorted distinct shingle hashes, {@link Fingerprint#shingles()}) that pass {@link
     * DuplicateSettings#similar} under {@code settings}, as two indexes into {@code sets}, the smaller first: enough of
     * them to join the sets into the groups that all such pairs make, a pair left out when earlier pairs joined its two
     * sets already (a text copied a thousand times gives a thousand pairs, not half a million). Found through a prefix
     * index, as for a crowded bucket, not by checking every pair. For the texts of one band key that a cluster's
     * executors compare.
     */
    public static List<int[]> similarPairs(List<int[]> sets, DuplicateSettings settings) {
        PrefixIndex index = new PrefixIndex(settings.threshold());
        int[] probedBy = new int[sets.size()];
        Arrays.fill(probedBy, -1);
        int[] parent = new int[sets.size()];
        Arrays.setAll(parent, i -> i);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            int[] set = sets.get(i);
            if (set.length == 0) {
                continue;
            }
            int doc = i;
            index.probe(set, other -> {
                if (probedBy[other] != doc) {
                    probedBy[other] = doc;
                    int root = root(parent, other);
                    if (root != root(parent, doc) && settings.similar(sets.get(other), set)) {
                        pairs.add(new int[] {other, doc});
                        parent[root] = root(parent, doc);
                    }
                }
            });
            index.file(doc, set);
        }
        return pairs;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The fingerprint of {@code text} under this index's settings; pure, callable from any thread. */
    public Fingerprint fingerprint(String text) {
        return hasher.fingerprint(text);
    }

    /** Same as {@code add(id, fingerprint(text), outlet, published, false)}. */
    public Optional<String> add(String id, String text, String outlet, String published) {
        return add(id, fingerprint(text), outlet, published, false);
    }

    /**
     * Adds one text.
     *
     * @param id          unique id of the article
     * @param fingerprint made by {@link #fingerprint} of an index with the same settings
     * @param outlet      who published it, or null
     * @param published   ISO date or date-time (offset optional; without one, UTC), or null
     * @param partial     whether the text was read or analysed in part only ({@link Article#partial()}): such a text
     *                    is never the original of a complete one, whatever its date or length
     * @return the id of the original of the group the text joined, or empty when it joined none or is itself
     * the group's original now. A later addition can change a group's original (an earlier-published copy
     * arrives); {@link #duplicateOf()} and {@link #groups()} always give the current answer.
     * @throws IllegalArgumentException when {@code id} was added before, or the fingerprint has another number
     *                                  of bands
     */
    public synchronized Optional<String> add(String id, Fingerprint fingerprint, String outlet, String published,
                                             boolean partial) {
        if (fingerprint.comparable() && fingerprint.bandKeys().length != settings.bands()) {
            throw new IllegalArgumentException("fingerprint of \"" + id + "\" has " + fingerprint.bandKeys().length
                    + " bands, this index uses " + settings.bands() + ": made with other settings");
        }
        int doc = groups.add(id, outlet, published, fingerprint.length(), partial);
        ensureCapacity(doc + 1);
        shingles[doc] = fingerprint.shingles();
        checkedBy[doc] = -1;
        Integer same = fingerprint.comparable() ? firstWith.putIfAbsent(new Shingles(fingerprint.shingles()), doc) : null;
        if (same != null) {
            groups.join(doc, same);
        } else if (fingerprint.comparable()) {
            compare(doc, fingerprint);
        }
        String best = groups.originalOf(doc);
        return best.equals(id) ? Optional.empty() : Optional.of(best);
    }

    /**
     * Checks the new document against every earlier one sharing a band key with it (those of crowded buckets
     * through {@link #crowdedTexts}, which passes on all that can pass the check), then files it in its buckets.
     */
    private void compare(int doc, Fingerprint fingerprint) {
        boolean inCrowded = false;
        for (int key : fingerprint.bandKeys()) {
            if (buckets.count(key, crowded) < crowded) {
                buckets.visit(key, candidate -> check(doc, fingerprint, candidate));
            } else {
                inCrowded = true;
            }
        }
        if (inCrowded) {
            int[] keys = fingerprint.bandKeys().clone();
            Arrays.sort(keys);
            crowdedTexts.probe(fingerprint.shingles(), candidate -> {
                if (checkedBy[candidate] == doc) {
                    return;
                }
                // joined already, or no candidate through a crowded key (one through another was checked above)
                if (groups.together(doc, candidate) || !sharesKey(keys, crowdedKeys[candidate])) {
                    checkedBy[candidate] = doc;
                } else {
                    check(doc, fingerprint, candidate);
                }
            });
        }
        for (int key : fingerprint.bandKeys()) {
            buckets.add(key, doc);
            int filed = buckets.count(key, crowded + 1);
            if (filed == crowded) {
                buckets.visit(key, member -> fileCrowded(member, key)); // crowded now: all its texts go to the index
            } else if (filed > crowded) {
                fileCrowded(doc, key);
            }
        }
    }

    private static boolean sharesKey(int[] sortedKeys, int[] keys) {
        for (int key : keys) {
            if (Arrays.binarySearch(sortedKeys, key) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void fileCrowded(int doc, int key) {
        int[] keys = crowdedKeys[doc] == null ? new int[0] : crowdedKeys[doc];
        crowdedKeys[doc] = Arrays.copyOf(keys, keys.length + 1);
        crowdedKeys[doc][keys.length] = key;
        if (!crowdedTexts.filed(doc)) {
            crowdedTexts.file(doc, shingles[doc]);
        }
    }

    /** Joins {@code candidate}'s group when its text is close enough to the new document's. */
    private void check(int doc, Fingerprint fingerprint, int candidate) {
        if (checkedBy[candidate] == doc) {
            return;
        }
        checkedBy[candidate] = doc;
        if (!groups.together(doc, candidate) && settings.similar(fingerprint.shingles(), shingles[candidate])) {
            groups.join(doc, candidate);
        }
    }

    /** Number of texts added. */
    public synchronized int size() {
        return groups.size();
    }

    /** For every text that is a copy, the id of its group's original. */
    public synchronized Map<String, String> duplicateOf() {
        return groups.duplicateOf();
    }

    /**
     * The outlets that carried the text of {@code id}'s group (the whole group, whichever member is named),
     * sorted; unknown outlets are left out.
     *
     * @throws IllegalArgumentException when {@code id} was never added
     */
    public synchronized Set<String> outletsOf(String id) {
        return groups.outletsOf(id);
    }

    /** The current groups: who copies whom, and which outlets carried each original with copies. */
    public synchronized DuplicateGroups groups() {
        return groups.groups();
    }

    private void ensureCapacity(int size) {
        if (size <= shingles.length) {
            return;
        }
        int n = Math.max(size, shingles.length * 2);
        shingles = Arrays.copyOf(shingles, n);
        crowdedKeys = Arrays.copyOf(crowdedKeys, n);
        checkedBy = Arrays.copyOf(checkedBy, n);
    }
}
