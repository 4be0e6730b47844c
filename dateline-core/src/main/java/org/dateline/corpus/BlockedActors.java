package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;

import java.util.ArrayList;
import java.util.Collection;
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
        return CorpusActors.finish(seen, articles, blocks(seen.first()).stream().map(block -> join(block, shared)).toList());
    }

    /**
     * The corpus actors of these articles from their blocks joined elsewhere ({@link #join} of each block of their
     * actors retyped by {@code types}): the passes that cross blocks, as {@link #merge} ends.
     */
    static CorpusActors.Result finish(List<AnalyzedArticle> articles, CorpusActors.NameTypes types,
                                      List<CorpusActors.Joined> blocks) {
        return CorpusActors.finish(CorpusActors.Occurrences.of(List.of(), articles, types), articles, blocks);
    }

    /**
     * The actors split into blocks: two actors that share a key, directly or through others, are in one block. Each
     * block keeps the actors' order, and the blocks are in the order of their first actors.
     */
    static List<List<Actor>> blocks(List<Actor> actors) {
        List<List<String>> keys = actors.stream().map(BlockedActors::keys).toList();
        Map<String, String> united = united(keys.stream().filter(k -> k.size() > 1).toList());
        Map<String, List<Actor>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            blocks.computeIfAbsent(block(keys.get(i), united), k -> new ArrayList<>()).add(actors.get(i));
        }
        return List.copyOf(blocks.values());
    }

    /** The keys of an actor, an id's first occurrence retyped ({@link CorpusActors#blockKeys}); never empty. */
    public static List<String> keys(Actor first) {
        return List.copyOf(CorpusActors.blockKeys(first));
    }

    /**
     * The key that stands for the block of each key of these key sets, the keys of the actors with more than one key
     * (a key of no such set stands for itself): the keys of one set, and of sets that share a key, stand for one block.
     */
    public static Map<String, String> united(Collection<List<String>> keySets) {
        KeyUnion union = new KeyUnion();
        for (List<String> keys : keySets) {
            keys.subList(1, keys.size()).forEach(key -> union.join(key, keys.get(0)));
        }
        return union.roots();
    }

    /** The block of an actor of these {@link #keys}, given the {@link #united} keys of the corpus. */
    public static String block(List<String> keys, Map<String, String> united) {
        return united.getOrDefault(keys.get(0), keys.get(0));
    }

    /** The rules of one block ({@link CorpusActors#joinBlock}) over its actors in the corpus's order. */
    public static CorpusActors.Joined join(List<Actor> block, CorpusActors.Shared shared) {
        return CorpusActors.joinBlock(block, shared);
    }
}
