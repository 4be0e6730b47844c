package org.dateline.corpus;

import org.dateline.model.Article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An incremental index of near-duplicate texts: copies, syndicated reprints and light rewrites of one text.
 *
 * <p>Each added text is reduced to a {@link Fingerprint} (its word shingles, hashed, and the LSH band keys of
 * its MinHash signature; see {@link DuplicateSettings}). Candidates are the earlier texts sharing at least one
 * band key, so the cost of an addition does not grow with the corpus; each candidate is then checked exactly
 * on the shingle sets. Texts that pass are joined into one group (transitively: if A copies B and B copies C,
 * all three are one group). The original of a group is the earliest published member that was read and analysed
 * whole (a page cut at a size limit is never the original of a complete one); members without a readable date come
 * after dated ones; then the longest text (the most complete) wins, then the smallest id.
 * The result does not depend on the order of additions.
 *
 * <p>Memory per text is its fingerprint, never the text: about 4 bytes per distinct shingle plus about 20
 * bytes per band, so a million news articles take a few gigabytes.
 *
 * <p>Thread-safe: every method that reads or changes the index is synchronized. {@link #fingerprint} is pure
 * and may be called from many threads, then {@link #add(String, Fingerprint, String, String)} from any.
 */
public final class NearDuplicates {
    private static final long UNKNOWN_TIME = Long.MAX_VALUE;

    private final DuplicateSettings settings;
    private final MinHasher hasher;
    private final BandTable buckets = new BandTable();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> outletNames = new ArrayList<>();
    private final Map<String, Integer> outletIndex = new HashMap<>();
    private int[][] shingles = new int[1024][];
    private int[] lengths = new int[1024];
    private long[] times = new long[1024];
    private boolean[] partial = new boolean[1024];
    private int[] outlets = new int[1024];
    private int[] parent = new int[1024];
    /** Circular list of the members of each group: the next member after a document. */
    private int[] nextMember = new int[1024];
    /** For a group's root, the member that is the group's original. */
    private int[] original = new int[1024];
    /** Per document, the last addition that checked it as a candidate (so each candidate is checked once). */
    private int[] checkedBy = new int[1024];

    public NearDuplicates() {
        this(DuplicateSettings.DEFAULT);
    }

    public NearDuplicates(DuplicateSettings settings) {
        this.settings = settings;
        this.hasher = new MinHasher(settings);
    }

    /** Finds the duplicate groups among {@code articles} with the default settings. */
    public static DuplicateGroups find(List<Article> articles) {
        NearDuplicates index = new NearDuplicates();
        for (Article a : articles) {
            index.add(a.id(), index.fingerprint(a.text()), a.outlet(), a.published(), a.partial());
        }
        return index.groups();
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
        if (indexOf.containsKey(id)) {
            throw new IllegalArgumentException("article id added twice: \"" + id + "\"");
        }
        if (fingerprint.comparable() && fingerprint.bandKeys().length != settings.bands()) {
            throw new IllegalArgumentException("fingerprint of \"" + id + "\" has " + fingerprint.bandKeys().length
                    + " bands, this index uses " + settings.bands() + ": made with other settings");
        }
        int doc = ids.size();
        ensureCapacity(doc + 1);
        ids.add(id);
        indexOf.put(id, doc);
        shingles[doc] = fingerprint.shingles();
        lengths[doc] = fingerprint.length();
        times[doc] = timeOf(published);
        this.partial[doc] = partial;
        outlets[doc] = outlet == null ? -1 : outletIndex.computeIfAbsent(outlet, o -> {
            outletNames.add(o);
            return outletNames.size() - 1;
        });
        parent[doc] = doc;
        nextMember[doc] = doc;
        original[doc] = doc;
        checkedBy[doc] = -1;
        for (int key : fingerprint.bandKeys()) {
            buckets.visitAndAdd(key, doc, candidate -> check(doc, fingerprint, candidate));
        }
        int best = original[find(doc)];
        return best == doc ? Optional.empty() : Optional.of(ids.get(best));
    }

    /** Joins {@code candidate}'s group when its text is close enough to the new document's. */
    private void check(int doc, Fingerprint fingerprint, int candidate) {
        if (checkedBy[candidate] == doc) {
            return;
        }
        checkedBy[candidate] = doc;
        int a = find(doc);
        int b = find(candidate);
        if (a == b || !similar(fingerprint.shingles(), shingles[candidate])) {
            return;
        }
        parent[b] = a;
        int swap = nextMember[a];
        nextMember[a] = nextMember[b];
        nextMember[b] = swap;
        if (better(original[b], original[a])) {
            original[a] = original[b];
        }
    }

    private boolean similar(int[] x, int[] y) {
        int small = Math.min(x.length, y.length);
        int large = Math.max(x.length, y.length);
        if (small < settings.threshold() * large) {
            return false; // Jaccard is at most small / large
        }
        return Fingerprint.jaccard(x, y) >= settings.threshold();
    }

    /** Whether document {@code a} should be a group's original rather than {@code b}. */
    private boolean better(int a, int b) {
        if (partial[a] != partial[b]) {
            return !partial[a];
        }
        if (times[a] != times[b]) {
            return times[a] < times[b];
        }
        if (lengths[a] != lengths[b]) {
            return lengths[a] > lengths[b];
        }
        return ids.get(a).compareTo(ids.get(b)) < 0;
    }

    private int find(int doc) {
        int root = doc;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[doc] != root) {
            int up = parent[doc];
            parent[doc] = root;
            doc = up;
        }
        return root;
    }

    /** Number of texts added. */
    public synchronized int size() {
        return ids.size();
    }

    /** For every text that is a copy, the id of its group's original. */
    public synchronized Map<String, String> duplicateOf() {
        Map<String, String> out = new HashMap<>();
        for (int doc = 0; doc < ids.size(); doc++) {
            int best = original[find(doc)];
            if (best != doc) {
                out.put(ids.get(doc), ids.get(best));
            }
        }
        return out;
    }

    /**
     * The outlets that carried the text of {@code id}'s group (the whole group, whichever member is named),
     * sorted; unknown outlets are left out.
     *
     * @throws IllegalArgumentException when {@code id} was never added
     */
    public synchronized Set<String> outletsOf(String id) {
        Integer doc = indexOf.get(id);
        if (doc == null) {
            throw new IllegalArgumentException("no article with id \"" + id + "\" in the duplicate index");
        }
        Set<String> out = new TreeSet<>();
        int member = doc;
        do {
            if (outlets[member] >= 0) {
                out.add(outletNames.get(outlets[member]));
            }
            member = nextMember[member];
        } while (member != doc);
        return Collections.unmodifiableSet(out);
    }

    /** The current groups: who copies whom, and which outlets carried each original with copies. */
    public synchronized DuplicateGroups groups() {
        Map<String, String> duplicateOf = duplicateOf();
        Map<String, Set<String>> carried = new TreeMap<>();
        for (String originalId : new TreeSet<>(duplicateOf.values())) {
            carried.put(originalId, outletsOf(originalId));
        }
        return new DuplicateGroups(duplicateOf, carried);
    }

    /** Epoch seconds of an ISO date or date-time; {@link #UNKNOWN_TIME} for null or unreadable values. */
    static long timeOf(String published) {
        if (published == null || published.isBlank()) {
            return UNKNOWN_TIME;
        }
        String p = published.strip();
        try {
            return OffsetDateTime.parse(p).toEpochSecond();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(p).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p).toEpochDay() * 86_400L;
                } catch (DateTimeParseException notDate) {
                    return UNKNOWN_TIME;
                }
            }
        }
    }

    private void ensureCapacity(int size) {
        if (size <= parent.length) {
            return;
        }
        int n = Math.max(size, parent.length * 2);
        shingles = Arrays.copyOf(shingles, n);
        lengths = Arrays.copyOf(lengths, n);
        times = Arrays.copyOf(times, n);
        partial = Arrays.copyOf(partial, n);
        outlets = Arrays.copyOf(outlets, n);
        parent = Arrays.copyOf(parent, n);
        nextMember = Arrays.copyOf(nextMember, n);
        original = Arrays.copyOf(original, n);
        checkedBy = Arrays.copyOf(checkedBy, n);
    }
}
