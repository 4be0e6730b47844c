package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge of {@link CorpusActors} by blocks, with the same result (actors, corpus ids, merges as a set): the
 * per-article actors are split into blocks that share no {@link CorpusActors#blockKeys key}, each block is merged by the
 * rules from {@code same-name} to {@code surname-only} ({@link CorpusActors#joinBlock}, in the corpus's order, reading
 * the sets of the whole corpus computed once, {@link CorpusActors.Shared}), and the passes whose pairs cross blocks
 * ({@code given-name}, then {@code same-key} over the groups) run once over the blocks' groups
 * ({@link CorpusActors#finish}). The blocks are independent of one another, so they can be merged apart (on the
 * executors of a cluster); the list of merges is in another order than the local run's. Stateless and thread-safe.
 */
public final class BlockedActors {
    /** Merges the actors of these articles, as {@link CorpusActors#merge(List)} does. */
    public CorpusActors.Result merge(List<AnalyzedArticle> articles) {
        return merge(articles, CorpusActors.NameTypes.of(List.of(), articles));
    }

    /**
     * Merges with the types of the names decided elsewhere, as
     * {@link CorpusActors#merge(List, List, CorpusActors.NameTypes)} does.
     */
    CorpusActors.Result merge(List<AnalyzedArticle> articles, CorpusActors.NameTypes types) {
        CorpusActors.Occurrences seen = CorpusActors.Occurrences.of(List.of(), articles, types);
        CorpusActors.Shared shared = CorpusActors.Shared.of(seen);
        List<CorpusActors.Joined> joined = blocks(seen.first()).stream()
                .map(block -> CorpusActors.joinBlock(block, shared)).toList();
        return CorpusActors.finish(seen, articles, joined);
    }

    /**
     * The actors split into blocks: two actors that share a key, directly or through others, are in one block. Each
     * block keeps the actors' order, and the blocks are in the order of their first actors.
     */
    static List<List<Actor>> blocks(List<Actor> actors) {
        Map<String, String> parent = new HashMap<>();
        List<String> firstKeys = new ArrayList<>();
        for (Actor a : actors) {
            List<String> keys = List.copyOf(CorpusActors.blockKeys(a));
            String first = root(parent, keys.get(0));
            for (String key : keys.subList(1, keys.size())) {
                String other = root(parent, key);
                if (!other.equals(first)) {
                    parent.put(other, first);
                }
            }
            firstKeys.add(keys.get(0));
        }
        Map<String, List<Actor>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            blocks.computeIfAbsent(root(parent, firstKeys.get(i)), k -> new ArrayList<>()).add(actors.get(i));
        }
        return List.copyOf(blocks.values());
    }

    /** The representative of {@code key}'s keys (a new key is its own), compressing the path to it. */
    private static String root(Map<String, String> parent, String key) {
        String r = parent.computeIfAbsent(key, k -> k);
        while (!r.equals(parent.get(r))) {
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
}
