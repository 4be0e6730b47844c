package org.dateline.corpus;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.Speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus stage of one run: collects the analysed articles, then links them — copies and light
 * rewrites of one text marked as duplicates of its original ({@link NearDuplicates}), one actor per
 * real-world entity across articles ({@link CorpusActors}) and articles grouped into stories
 * ({@link Stories}, fed oldest first; a duplicate joins its original's story). Holds every analysed article of the run in memory until
 * {@link #link()}.
 *
 * <p>A run that adds a batch to an earlier one starts from what that run linked ({@link #Corpus(Earlier)}): the
 * new articles are checked for copies among old and new, their actors merged into the earlier corpus actors,
 * and only they are assigned to stories; the earlier articles keep their stories.
 */
public final class Corpus {
    /**
     * What linking found: the original of every duplicate, corpus actors, the corpus id of every
     * per-article actor id (and of every earlier corpus actor id), the story of every article, and for every
     * quote and event of an original article the id of the first report of the same fact ({@link SameFacts}).
     */
    public record Linked(DuplicateGroups duplicates, List<Actor> actors, Map<String, String> corpusIdOf,
                         List<CorpusActors.Merge> merges, Map<String, String> storyOf, List<Stories.Story> stories,
                         Map<String, String> factOf) {
        public Linked {
            actors = List.copyOf(actors);
            corpusIdOf = Map.copyOf(corpusIdOf);
            merges = List.copyOf(merges);
            storyOf = Map.copyOf(storyOf);
            stories = List.copyOf(stories);
            factOf = Map.copyOf(factOf);
        }

        /**
         * {@code analyzed} with its article's {@code duplicateOf} and {@code story} set as linked, and its quotes'
         * speakers and events' parties pointing at the corpus actors, by their canonical names ({@code names},
         * from {@link #nameOf()}): "Sergei Lavrov" in one article and "Sergey Lavrov" in another are one speaker.
         */
        AnalyzedArticle apply(AnalyzedArticle analyzed, Map<String, String> names) {
            Article a = analyzed.article();
            Article linked = a.withLinks(duplicates.duplicateOf().get(a.id()), storyOf.get(a.id()));
            List<Quote> quotes = analyzed.quotes().stream().map(q -> q.speaker() == null || q.speaker().actor() == null ? q
                    : q.withSpeaker(new Speaker(corpusId(q.speaker().actor()),
                    names.getOrDefault(corpusId(q.speaker().actor()), q.speaker().name()), q.speaker().mention()))).toList();
            List<Event> events = analyzed.events().stream()
                    .map(e -> e.withParties(party(e.source(), names), party(e.target(), names))).toList();
            AnalyzedArticle out = new AnalyzedArticle(linked, analyzed.actors(), quotes, analyzed.times(), events);
            return out.equals(analyzed) ? analyzed : out;
        }

        /** Corpus actor id → canonical name. */
        public Map<String, String> nameOf() {
            Map<String, String> out = new HashMap<>();
            actors.forEach(actor -> out.put(actor.id(), actor.name()));
            return out;
        }

        private String corpusId(String actor) {
            return corpusIdOf.getOrDefault(actor, actor);
        }

        private Party party(Party p, Map<String, String> names) {
            if (p == null || p.actor() == null) {
                return p;
            }
            String id = corpusId(p.actor());
            return new Party(id, names.getOrDefault(id, p.name()), p.country(), p.sector(), p.implied());
        }
    }

    /**
     * What an earlier run linked, read back from its output.
     *
     * @param articles its articles with their {@code story} and {@code duplicateOf}; each one's actors are the
     *                 corpus actors it mentions
     * @param actors   its corpus actors
     * @param stories  its stories, in the order it wrote them; they give the order the articles are primed in
     */
    public record Earlier(List<AnalyzedArticle> articles, List<Actor> actors, List<Stories.Story> stories) {
        public static final Earlier NONE = new Earlier(List.of(), List.of(), List.of());

        public Earlier {
            articles = List.copyOf(articles);
            actors = List.copyOf(actors);
            stories = List.copyOf(stories);
        }
    }

    private final Earlier earlier;
    private final List<AnalyzedArticle> articles = new ArrayList<>();

    /** A corpus of this run's articles only. */
    public Corpus() {
        this(Earlier.NONE);
    }

    /** A corpus that adds this run's articles to {@code earlier}. */
    public Corpus(Earlier earlier) {
        this.earlier = earlier;
    }

    public synchronized void add(AnalyzedArticle analyzed) {
        articles.add(analyzed);
    }

    /**
     * The articles, earlier and of this run, that {@code linked} (this corpus's {@link #link()}) changes, with
     * the new values: a {@code duplicateOf} or {@code story}, or a speaker or party now named by its corpus
     * actor. Every article of this run, and the earlier ones that became a copy of a new one or whose actors
     * merged with new ones. What a store that indexed them before linking must put again.
     */
    public synchronized List<AnalyzedArticle> relinked(Linked linked) {
        List<AnalyzedArticle> out = new ArrayList<>();
        Map<String, String> names = linked.nameOf();
        for (List<AnalyzedArticle> part : List.of(earlier.articles(), articles)) {
            for (AnalyzedArticle a : part) {
                AnalyzedArticle l = linked.apply(a, names);
                if (!l.equals(a)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /**
     * Links the earlier articles and this run's. An earlier article keeps its story; one it was not given
     * (an output whose run was killed before linking) is assigned with the new ones.
     */
    public synchronized Linked link() {
        List<AnalyzedArticle> all = new ArrayList<>(earlier.articles());
        all.addAll(articles);
        DuplicateGroups duplicates = NearDuplicates.find(all.stream().map(AnalyzedArticle::article).toList());
        List<AnalyzedArticle> marked = all.stream().map(a -> new AnalyzedArticle(duplicates.apply(a.article()),
                a.actors(), a.quotes(), a.times(), a.events())).toList();
        CorpusActors.Result actors = new CorpusActors().merge(earlier.actors(), marked.subList(earlier.articles().size(),
                marked.size()));
        Stories stories = new Stories();
        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, Integer> primeOrder = new HashMap<>();
        earlier.stories().forEach(s -> s.articles().forEach(id -> primeOrder.putIfAbsent(id, primeOrder.size())));
        marked.stream().filter(a -> a.article().story() != null)
                .sorted(Comparator.comparing((AnalyzedArticle a) -> primeOrder.getOrDefault(a.article().id(), Integer.MAX_VALUE))
                        .thenComparing(Stories.OLDEST_FIRST))
                .forEach(a -> {
                    stories.prime(a, actors.corpusIdOf(), a.article().story());
                    storyOf.put(a.article().id(), a.article().story());
                });
        marked.stream().filter(a -> a.article().story() == null).sorted(Stories.OLDEST_FIRST).forEach(a ->
                storyOf.put(a.article().id(), stories.assign(a, actors.corpusIdOf())));
        Linked withoutFacts = new Linked(duplicates, actors.actors(), actors.corpusIdOf(), actors.merges(), storyOf,
                stories.stories(), Map.of());
        Map<String, String> names = withoutFacts.nameOf();
        List<AnalyzedArticle> originals = marked.stream().filter(a -> a.article().duplicateOf() == null)
                .map(a -> withoutFacts.apply(a, names)).toList();
        Map<String, String> factOf = SameFacts.factOf(originals.stream().map(AnalyzedArticle::article).toList(),
                originals.stream().flatMap(a -> a.quotes().stream()).toList(),
                originals.stream().flatMap(a -> a.events().stream()).toList());
        return new Linked(duplicates, actors.actors(), actors.corpusIdOf(), actors.merges(), storyOf, stories.stories(),
                factOf);
    }
}
