package org.dateline.corpus;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus stage of one run: collects the analysed articles, then links them — copies and light
 * rewrites of one text marked as duplicates of its original ({@link NearDuplicates}), one actor per
 * real-world entity across articles ({@link CorpusActors}) and articles grouped into stories
 * ({@link Stories}, fed oldest first; a duplicate joins its original's story). Holds every analysed article of the run in memory until
 * {@link #link()}.
 */
public final class Corpus {
    /**
     * What linking found: the original of every duplicate, corpus actors, the corpus id of every
     * per-article actor id, and the stories.
     */
    public record Linked(DuplicateGroups duplicates, List<Actor> actors, Map<String, String> corpusIdOf,
                         List<CorpusActors.Merge> merges, Map<String, String> storyOf, List<Stories.Story> stories) {
        public Linked {
            actors = List.copyOf(actors);
            corpusIdOf = Map.copyOf(corpusIdOf);
            merges = List.copyOf(merges);
            storyOf = Map.copyOf(storyOf);
            stories = List.copyOf(stories);
        }
    }

    private final List<AnalyzedArticle> articles = new ArrayList<>();

    public synchronized void add(AnalyzedArticle analyzed) {
        articles.add(analyzed);
    }

    public synchronized Linked link() {
        DuplicateGroups duplicates = NearDuplicates.find(articles.stream().map(AnalyzedArticle::article).toList());
        List<AnalyzedArticle> marked = articles.stream().map(a -> new AnalyzedArticle(duplicates.apply(a.article()),
                a.actors(), a.quotes(), a.times(), a.events())).toList();
        CorpusActors.Result actors = new CorpusActors().merge(marked);
        Stories stories = new Stories();
        Map<String, String> storyOf = new LinkedHashMap<>();
        marked.stream().sorted(Stories.OLDEST_FIRST).forEach(a ->
                storyOf.put(a.article().id(), stories.assign(a, actors.corpusIdOf())));
        return new Linked(duplicates, actors.actors(), actors.corpusIdOf(), actors.merges(), storyOf, stories.stories());
    }
}
