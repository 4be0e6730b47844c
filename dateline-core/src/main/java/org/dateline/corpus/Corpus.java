package org.dateline.corpus;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.MentionRule;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.Speaker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The corpus stage of one run: collects the analysed articles, then links them — copies and light
 * rewrites of one text marked as duplicates of its original ({@link NearDuplicates}), one actor per
 * real-world entity across articles ({@link CorpusActors}), articles grouped into stories
 * ({@link Stories}, fed oldest first; a duplicate joins its original's story) and stories into threads
 * ({@link Threads}). Holds every analysed article of the run in memory until
 * {@link #link()}.
 *
 * <p>A run that adds a batch to an earlier one starts from what that run linked ({@link #Corpus(Earlier)}): the
 * new articles are checked for copies among old and new, their actors merged into the earlier corpus actors,
 * and only they are assigned to stories; the earlier articles keep their stories.
 */
public final class Corpus {
    /**
     * What linking found: every article, earlier and of this run, fully linked, with the corpus actors, the merges
     * that made them and the stories.
     *
     * @param articles each article with its {@code duplicateOf} and {@code story} set; as its actors the corpus actors
     *                 it mentions; its quotes' speakers and its events' parties pointing at the corpus actors, by
     *                 id and canonical name ("Sergei Lavrov" in one article and "Sergey Lavrov" in another are one
     *                 speaker); and each quote and event with its {@code fact} ({@link SameFacts}) and the
     *                 {@code outlets} that carried its article's text. A copy keeps its times, and only the quotes
     *                 and events its original does not report (its original carries the rest, with the copy's outlet
     *                 among their {@code outlets}); what a copy keeps lists the copy's own outlet only. In a
     *                 deterministic order: the earlier articles as they were read, then this run's in the order
     *                 they were added
     * @param actors   the corpus actors, one per real-world entity, most mentioned first
     * @param merges   every merge of two actors made, in the order made
     * @param stories  the stories, earlier ones first, each with its thread
     * @param threads  the threads of the stories, in the order of their first story
     */
    public record Linked(List<AnalyzedArticle> articles, List<Actor> actors, List<CorpusActors.Merge> merges,
                         List<Stories.Story> stories, List<Threads.Thread> threads) {
        public Linked {
            articles = List.copyOf(articles);
            actors = List.copyOf(actors);
            merges = List.copyOf(merges);
            stories = List.copyOf(stories);
            threads = List.copyOf(threads);
        }
    }

    /**
     * What an earlier run linked, read back from its output.
     *
     * @param articles its articles with their {@code story}, {@code thread} and {@code duplicateOf}; each one's actors are the
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

        /**
         * These articles and actors without their stories and threads, so that {@link Corpus#link()} assigns every article anew
         * (relinking an output after the linking rules changed); copies are found anew too.
         */
        public Earlier unlinked() {
            return new Earlier(articles.stream().map(a -> new AnalyzedArticle(a.article().withLinks(null, null).withThread(null),
                    a.actors(), a.quotes(), a.times(), a.events(), a.mentions())).toList(), actors, List.of());
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

    /** The articles {@link #link()} links: the earlier ones and this run's. */
    public synchronized int size() {
        return earlier.articles().size() + articles.size();
    }

    /**
     * Links the earlier articles and this run's. An earlier article keeps its story and thread; one it was not
     * given (an output whose run was killed before linking, or written before threads) is assigned with the new
     * ones. Threads are assigned in the order stories were.
     */
    public synchronized Linked link() {
        List<AnalyzedArticle> all = all();
        CorpusActors.NameTypes types = CorpusActors.NameTypes.of(earlier.actors(), articles);
        return link(all, NearDuplicates.find(all.stream().map(AnalyzedArticle::article).toList()),
                batch -> new CorpusActors().merge(earlier.actors(), batch, types), null, null);
    }

    /**
     * Links as {@link #link()} does, with the copies among the articles and the types of their actors' names found
     * elsewhere, such as a cluster's executors find them: {@code copies} are the pairs of articles (earlier and of this
     * run) that share a band key and pass the check ({@link NearDuplicates#join}); {@code types} is {@link
     * CorpusActors.NameTypes#of(Map)} of the votes of this run's articles ({@link CorpusActors.NameTypes#votes}) summed
     * by name. With every such pair and those types, the result is {@link #link()}'s.
     *
     * @throws IllegalArgumentException when a pair names an article not in this corpus
     * @throws IllegalStateException    when this corpus adds to earlier corpus actors, whose votes and types {@code
     *                                  types} does not hold
     */
    public synchronized Linked link(Collection<NearDuplicates.Pair> copies, CorpusActors.NameTypes types) {
        return link(copies, batch -> new CorpusActors().merge(List.of(), batch, types), null, null);
    }

    /**
     * Links as {@link #link(Collection, CorpusActors.NameTypes)} does, with the actors' blocks also joined elsewhere:
     * {@code blocks} are {@link BlockedActors#join} of every block of this run's actors (retyped by {@code types}), as
     * {@link BlockedActors} splits them. With those blocks, the result is {@link #link()}'s, the actors' merges listed in
     * another order.
     *
     * @throws IllegalArgumentException when a pair names an article not in this corpus, or the blocks do not hold each
     *                                  actor of the articles once
     * @throws IllegalStateException    when this corpus adds to earlier corpus actors
     */
    public synchronized Linked link(Collection<NearDuplicates.Pair> copies, CorpusActors.NameTypes types,
                                    List<CorpusActors.Joined> blocks) {
        return link(copies, batch -> BlockedActors.finish(batch, types, blocks), null, null);
    }

    /**
     * Links as {@link #link(Collection, CorpusActors.NameTypes, List)} does, but with the stories of blocks of a week
     * ({@link BlockedStories}), assigned by {@code stories} (such as a cluster's executors assign them) in place of the
     * local run's: not {@link #link()}'s record, since a block counts its own document frequencies ({@code
     * docs/scale.md}, "Stories and threads by blocks"). {@code stories} is given every article, its copies marked, and
     * the corpus ids of its actors, as the local run's stories read them; the stories it returns are written as the
     * local run writes its own, and the threads are assigned from them as {@link #link()} assigns them from its own.
     *
     * @throws IllegalArgumentException when a pair names an article not in this corpus, the blocks of the actors do
     *                                  not hold each actor of the articles once, or {@code stories} does not give
     *                                  each article one story
     * @throws IllegalStateException    when this corpus adds to an earlier run
     */
    public synchronized Linked link(Collection<NearDuplicates.Pair> copies, CorpusActors.NameTypes types,
                                    List<CorpusActors.Joined> blocks, BlockedStories.Assigner stories) {
        return link(copies, types, blocks, Objects.requireNonNull(stories), null);
    }

    /**
     * Links as {@link #link(Collection, CorpusActors.NameTypes, List)} does, with the stories assigned by {@code
     * stories} as {@link #link(Collection, CorpusActors.NameTypes, List, BlockedStories.Assigner)} assigns them (null:
     * the local run's), and the threads of blocks of stories ({@link BlockedThreads}) assigned by {@code threads} (such
     * as a cluster's executors assign them; null: the local run's): not {@link #link()}'s record where a block's own
     * document frequencies or the cap move a story ({@code docs/scale.md}, "Threads by blocks of stories"). {@code
     * threads} is given every article, its copies marked, the stories and the corpus ids of the actors; each story's
     * thread it returns is written as the local run writes its own.
     *
     * @throws IllegalArgumentException as the methods above, and when {@code threads} does not give each story a thread
     * @throws IllegalStateException    when either assigner is given and this corpus adds to an earlier run
     */
    public synchronized Linked link(Collection<NearDuplicates.Pair> copies, CorpusActors.NameTypes types,
                                    List<CorpusActors.Joined> blocks, BlockedStories.Assigner stories,
                                    BlockedThreads.Assigner threads) {
        if ((stories != null || threads != null) && !earlier.articles().isEmpty()) {
            throw new IllegalStateException((stories != null ? "stories" : "threads")
                    + " by blocks cannot add to an earlier run's " + (stories != null ? "stories" : "threads"));
        }
        return link(copies, batch -> BlockedActors.finish(batch, types, blocks), stories, threads);
    }

    private Linked link(Collection<NearDuplicates.Pair> copies, Function<List<AnalyzedArticle>, CorpusActors.Result> merge,
                        BlockedStories.Assigner blockedStories, BlockedThreads.Assigner blockedThreads) {
        if (!earlier.actors().isEmpty()) {
            throw new IllegalStateException("name types decided elsewhere cannot hold an earlier run's corpus actors");
        }
        List<AnalyzedArticle> all = all();
        return link(all, NearDuplicates.join(all.stream().map(AnalyzedArticle::article).toList(), copies), merge,
                blockedStories, blockedThreads);
    }

    private List<AnalyzedArticle> all() {
        List<AnalyzedArticle> all = new ArrayList<>(earlier.articles());
        all.addAll(articles);
        return all;
    }

    /**
     * Links {@code all}, this run's articles merged into the corpus actors by {@code merge}, assigned to stories by
     * {@code blockedStories}, else (null) by the local run's {@link Stories}, and the stories to threads by {@code
     * blockedThreads}, else (null) by the local run's {@link Threads}.
     */
    private Linked link(List<AnalyzedArticle> all, DuplicateGroups duplicates,
                        Function<List<AnalyzedArticle>, CorpusActors.Result> merge,
                        BlockedStories.Assigner blockedStories, BlockedThreads.Assigner blockedThreads) {
        List<AnalyzedArticle> marked = all.stream().map(a -> new AnalyzedArticle(duplicates.apply(a.article()),
                a.actors(), a.quotes(), a.times(), a.events(), a.mentions())).toList();
        CorpusActors corpusActors = new CorpusActors();
        CorpusActors.Result merged = merge.apply(marked.subList(earlier.articles().size(), marked.size()));
        StoryFeatures dictionary = new StoryFeatures();
        Map<String, StoryFeatures.Features> features = new HashMap<>();
        marked.stream().sorted(Stories.OLDEST_FIRST)
                .forEach(a -> features.put(a.article().id(), dictionary.of(a, merged.corpusIdOf())));
        Stories stories = new Stories(Stories.Settings.STORIES, dictionary);
        Threads threads = new Threads(dictionary);
        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, String> threadOf = new HashMap<>();
        Map<String, Integer> primeOrder = new HashMap<>();
        earlier.stories().forEach(s -> s.articles().forEach(id -> primeOrder.putIfAbsent(id, primeOrder.size())));
        marked.stream().filter(a -> a.article().story() != null)
                .sorted(Comparator.comparing((AnalyzedArticle a) -> primeOrder.getOrDefault(a.article().id(), Integer.MAX_VALUE))
                        .thenComparing(Stories.OLDEST_FIRST))
                .forEach(a -> {
                    StoryFeatures.Features f = features.get(a.article().id());
                    stories.prime(f, a.article().story());
                    storyOf.put(a.article().id(), a.article().story());
                    if (a.article().thread() != null) {
                        threads.prime(f, a.article().story(), a.article().thread());
                        threadOf.put(a.article().id(), a.article().thread());
                    }
                });
        List<Stories.Story> assigned;
        if (blockedStories == null) {
            marked.stream().filter(a -> a.article().story() == null).sorted(Stories.OLDEST_FIRST).forEach(a ->
                    storyOf.put(a.article().id(), stories.assign(features.get(a.article().id()))));
            assigned = stories.stories();
        } else {
            BlockedStories.Result blocked = blockedStories.assign(marked, merged.corpusIdOf());
            if (!blocked.storyOf().keySet().equals(features.keySet())) {
                throw new IllegalArgumentException("stories by blocks were given for " + blocked.storyOf().size()
                        + " articles, not for each of the " + features.size() + " articles of the corpus");
            }
            storyOf.putAll(blocked.storyOf());
            assigned = blocked.stories();
        }
        Function<String, String> threadOfStory;
        if (blockedThreads == null) {
            marked.stream().filter(a -> !threadOf.containsKey(a.article().id()))
                    .sorted(Comparator.comparing((AnalyzedArticle a) -> a.article().story() == null)
                            .thenComparing(Stories.OLDEST_FIRST))
                    .forEach(a -> threadOf.put(a.article().id(),
                            threads.assign(features.get(a.article().id()), storyOf.get(a.article().id()))));
            threadOfStory = threads::threadOf;
        } else {
            Map<String, String> blocked = blockedThreads.assign(marked, assigned, merged.corpusIdOf());
            if (!blocked.keySet().containsAll(new HashSet<>(storyOf.values()))) {
                throw new IllegalArgumentException("threads by blocks were given for " + blocked.size()
                        + " stories, not for each of the corpus's stories");
            }
            storyOf.forEach((article, story) -> threadOf.put(article, blocked.get(story)));
            threadOfStory = blocked::get;
        }
        List<Stories.Story> linkedStories = assigned.stream().map(s -> s.withThread(threadOfStory.apply(s.id())))
                .toList();
        CorpusActors.Result actors = corpusActors.withStories(merged, marked, storyOf);
        Links links = new Links(duplicates, actors, storyOf, threadOf);
        List<AnalyzedArticle> attributed = marked.stream().map(links::attribute).toList();
        List<AnalyzedArticle> kept = withoutCopiedFacts(attributed, factOf(attributed));
        Map<String, String> factOf = factOf(kept);
        return new Linked(kept.stream().map(a -> links.reported(a, factOf)).toList(), actors.actors(),
                actors.merges(), linkedStories, Threads.threadsOf(linkedStories));
    }

    private static Map<String, String> factOf(List<AnalyzedArticle> articles) {
        return SameFacts.factOf(articles.stream().map(AnalyzedArticle::article).toList(),
                articles.stream().flatMap(a -> a.quotes().stream()).toList(),
                articles.stream().flatMap(a -> a.events().stream()).toList());
    }

    /**
     * {@code articles} with each copy's quotes and events dropped where its original reports the same fact
     * ({@code factOf}, {@link SameFacts}) or has one with the same evidence text: the original carries them, with the
     * copy's outlet among its outlets. What only the copy has stays with the copy (an original cut short, or a rewrite
     * that adds a statement), so a near-duplicate never takes a fact away.
     */
    private static List<AnalyzedArticle> withoutCopiedFacts(List<AnalyzedArticle> articles, Map<String, String> factOf) {
        Map<String, Set<String>> reportedBy = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            if (a.article().duplicateOf() == null) {
                Set<String> keys = reportedBy.computeIfAbsent(a.article().id(), id -> new HashSet<>());
                a.quotes().forEach(q -> keys.addAll(List.of(factOf.get(q.id()), "quote|" + q.text())));
                a.events().forEach(e -> keys.addAll(List.of(factOf.get(e.id()), "event|" + e.event() + "|" + e.text())));
            }
        }
        return articles.stream().map(a -> {
            if (a.article().duplicateOf() == null) {
                return a;
            }
            Set<String> original = reportedBy.getOrDefault(a.article().duplicateOf(), Set.of());
            return new AnalyzedArticle(a.article(), a.actors(),
                    a.quotes().stream().filter(q -> !original.contains(factOf.get(q.id()))
                            && !original.contains("quote|" + q.text())).toList(),
                    a.times(),
                    a.events().stream().filter(e -> !original.contains(factOf.get(e.id()))
                            && !original.contains("event|" + e.event() + "|" + e.text())).toList(), a.mentions());
        }).toList();
    }

    /** How the records of one article are linked, once duplicates, corpus actors and stories are known. */
    private static final class Links {
        private final DuplicateGroups duplicates;
        private final CorpusActors.Result actors;
        private final Map<String, Actor> actorById = new HashMap<>();
        private final Map<String, String> storyOf;
        private final Map<String, String> threadOf;

        Links(DuplicateGroups duplicates, CorpusActors.Result actors, Map<String, String> storyOf,
              Map<String, String> threadOf) {
            this.duplicates = duplicates;
            this.actors = actors;
            actors.actors().forEach(a -> actorById.put(a.id(), a));
            this.storyOf = storyOf;
            this.threadOf = threadOf;
        }

        /**
         * {@code analyzed} with its links and its corpus actors, its quotes' speakers and events' parties pointing at
         * them. An actor the corpus actors do not know (an earlier article
         * given without its run's actors) stays as it was.
         */
        AnalyzedArticle attribute(AnalyzedArticle analyzed) {
            Article a = analyzed.article();
            Article linked = a.withLinks(duplicates.duplicateOf().get(a.id()), storyOf.get(a.id()))
                    .withThread(threadOf.get(a.id()));
            List<Actor> mentioned = analyzed.actors().stream()
                    .map(actor -> actorById.getOrDefault(actors.corpusId(a.id(), actor.id()), actor)).distinct().toList();
            List<Quote> quotes = analyzed.quotes().stream().map(q -> q.speaker() == null || q.speaker().actor() == null
                    ? q : q.withSpeaker(new Speaker(actors.corpusId(a.id(), q.speaker().actor()),
                    nameOf(a.id(), q.speaker().actor(), q.speaker().name()), q.speaker().mention()))).toList();
            List<Event> events = analyzed.events().stream()
                    .map(e -> e.withParties(party(a.id(), e.source()), party(a.id(), e.target()))).toList();
            return new AnalyzedArticle(linked, mentioned, quotes, analyzed.times(), events, analyzed.mentions().stream()
                    .map(m -> actors.storyLinked(a.id(), m.actor())
                            ? new Mention(actors.corpusId(a.id(), m.actor()), m.article(), m.text(), m.start(), m.end(),
                            MentionRule.STORY_NAME.label())
                            : m.withActor(actors.corpusId(a.id(), m.actor()))).toList());
        }

        /**
         * {@code attributed} (from {@link #attribute}) with each quote and event given its fact ({@code factOf},
         * by id; its own id when absent) and the outlets that carried the article's text (for a copy, its own).
         */
        AnalyzedArticle reported(AnalyzedArticle attributed, Map<String, String> factOf) {
            Article a = attributed.article();
            Set<String> carried = new TreeSet<>(a.duplicateOf() == null
                    ? duplicates.outlets().getOrDefault(a.id(), Set.of()) : Set.of());
            if (a.outlet() != null) {
                carried.add(a.outlet());
            }
            List<String> outlets = List.copyOf(carried);
            return new AnalyzedArticle(a, attributed.actors(),
                    attributed.quotes().stream().map(q -> q.withFact(factOf.getOrDefault(q.id(), q.id()), outlets)).toList(),
                    attributed.times(),
                    attributed.events().stream().map(e -> e.withFact(factOf.getOrDefault(e.id(), e.id()), outlets)).toList(),
                    attributed.mentions());
        }

        /** The canonical name of the corpus actor of {@code article}'s actor {@code actor}, else {@code written}. */
        private String nameOf(String article, String actor, String written) {
            Actor known = actorById.get(actors.corpusId(article, actor));
            return known == null ? written : known.name();
        }

        private Party party(String article, Party p) {
            if (p == null || p.actor() == null) {
                return p;
            }
            return new Party(actors.corpusId(article, p.actor()), nameOf(article, p.actor(), p.name()), p.country(), p.sector(), p.implied());
        }
    }
}
