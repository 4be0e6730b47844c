package org.dateline.corpus;

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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The groups of copies among texts, from the pairs found to be copies of each other: texts joined by a pair are one
 * group (transitively). The original of a group is the earliest published member that was read and analysed whole (a
 * page cut at a size limit is never the original of a complete one); members without a readable date come after dated
 * ones; then the longest text (the most complete) wins, then the smallest id. The groups do not depend on the order
 * of the texts or of the pairs.
 *
 * <p>Keeps a few numbers per text and never its words, so it serves both {@link NearDuplicates}, which finds the pairs
 * itself, and a run that found them elsewhere ({@link NearDuplicates#join}). Not thread-safe.
 */
final class CopyGroups {
    private static final long UNKNOWN_TIME = Long.MAX_VALUE;

    private final Map<String, Integer> indexOf = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> outletNames = new ArrayList<>();
    private final Map<String, Integer> outletIndex = new HashMap<>();
    private int[] lengths = new int[1024];
    private long[] times = new long[1024];
    private boolean[] partial = new boolean[1024];
    private int[] outlets = new int[1024];
    private int[] parent = new int[1024];
    /** Circular list of the members of each group: the next member after a text. */
    private int[] nextMember = new int[1024];
    /** For a group's root, the member that is the group's original. */
    private int[] original = new int[1024];

    /**
     * Adds one text, in a group of its own.
     *
     * @param id        unique id of the article
     * @param outlet    who published it, or null
     * @param published ISO date or date-time (offset optional; without one, UTC), or null
     * @param length    length of the text in characters
     * @param partial   whether the text was read or analysed in part only
     * @return the text's number (0 for the first added, then 1, ...)
     * @throws IllegalArgumentException when {@code id} was added before
     */
    int add(String id, String outlet, String published, int length, boolean partial) {
        if (indexOf.containsKey(id)) {
            throw new IllegalArgumentException("article id added twice: \"" + id + "\"");
        }
        int doc = ids.size();
        ensureCapacity(doc + 1);
        ids.add(id);
        indexOf.put(id, doc);
        lengths[doc] = length;
        times[doc] = timeOf(published);
        this.partial[doc] = partial;
        outlets[doc] = outlet == null ? -1 : outletIndex.computeIfAbsent(outlet, o -> {
            outletNames.add(o);
            return outletNames.size() - 1;
        });
        parent[doc] = doc;
        nextMember[doc] = doc;
        original[doc] = doc;
        return doc;
    }

    /** The number of the text {@code id}, or -1 when it was never added. */
    int numberOf(String id) {
        return indexOf.getOrDefault(id, -1);
    }

    /** Number of texts added. */
    int size() {
        return ids.size();
    }

    /** Whether texts {@code a} and {@code b} are in one group already. */
    boolean together(int a, int b) {
        return find(a) == find(b);
    }

    /** Puts texts {@code a} and {@code b}, found to be copies, and their groups in one group. */
    void join(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        parent[rb] = ra;
        int swap = nextMember[ra];
        nextMember[ra] = nextMember[rb];
        nextMember[rb] = swap;
        if (better(original[rb], original[ra])) {
            original[ra] = original[rb];
        }
    }

    /** The id of the original of text {@code doc}'s group. */
    String originalOf(int doc) {
        return ids.get(original[find(doc)]);
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

    /** For every text that is a copy, the id of its group's original. */
    Map<String, String> duplicateOf() {
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
     * The outlets that carried the text of {@code id}'s group (the whole group, whichever member is named), sorted;
     * unknown outlets are left out.
     *
     * @throws IllegalArgumentException when {@code id} was never added
     */
    Set<String> outletsOf(String id) {
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
    DuplicateGroups groups() {
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
        lengths = Arrays.copyOf(lengths, n);
        times = Arrays.copyOf(times, n);
        partial = Arrays.copyOf(partial, n);
        outlets = Arrays.copyOf(outlets, n);
        parent = Arrays.copyOf(parent, n);
        nextMember = Arrays.copyOf(nextMember, n);
        original = Arrays.copyOf(original, n);
    }
}
