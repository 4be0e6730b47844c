package org.dateline.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of string keys joined one pair at a time (a union-find with path compression): the blocks of the actors'
 * keys ({@link BlockedActors#united}), the stories joined across weeks ({@link BlockedStories}) and the blocks of
 * stories that threads are assigned in ({@link BlockedThreads}). A key never joined is its own group. Not thread-safe.
 */
final class KeyUnion {
    private final Map<String, String> parent = new HashMap<>();

    /** The key that stands for {@code key}'s group. */
    String root(String key) {
        String r = key;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        String k = key;
        while (!k.equals(r)) {
            String next = parent.get(k);
            parent.put(k, r);
            k = next;
        }
        return r;
    }

    /** Joins {@code key}'s group to {@code into}'s, whose root stays the root of both. */
    void join(String key, String into) {
        String a = root(key);
        String b = root(into);
        if (!a.equals(b)) {
            parent.put(a, b);
        }
    }

    /** Every key joined so far (a root only once it was joined to), with its group's root. */
    Map<String, String> roots() {
        Map<String, String> roots = new HashMap<>();
        for (String k : List.copyOf(parent.keySet())) {
            String r = root(k);
            roots.put(k, r);
            roots.put(r, r);
        }
        return roots;
    }
}
