package org.dateline.corpus;

import org.dateline.corpus.StoryFeatures.Features;
import org.dateline.model.AnalyzedArticle;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link Threads} by blocks of stories that share rare names and places, so that the blocks can be assigned apart (on
 * the executors of a cluster) however far apart in time a thread's stories are; not identical to the local run
 * ({@code docs/scale.md}, "Stories and threads by blocks"). The unit is the story, already assigned (by the local run
 * or by {@link BlockedStories}). A story's keys are the corpus actors (persons, organisations, groups) and the places
 * its articles name ({@link Features#entities()}, {@link Features#places()}), those of at most {@value Stories#RARE}
 * articles (a key in more never gives a candidate in a window that holds them: {@link CandidateIndex}). Two stories
 * within a thread's window of each other ({@link Threads#SETTINGS}) that share keys are linked with the weight of the
 * keys (the sum of their IDFs over stories); each story keeps its {@value #PARTNERS} heaviest links, and the links are
 * taken heaviest first, each joining its two stories' blocks while the block stays within {@code cap} articles. A story
 * with no link is a block of its own. Each block is assigned by the local run's own code
 * ({@link Threads#assign(Features, String)}, a fresh instance with a dictionary of its own, the block's articles fed
 * oldest first as {@link Corpus} feeds a corpus), so a thread is named after its first article, as the local run names
 * it. Stateless.
 */
public final class BlockedThreads {
    /** How many of its heaviest links a story keeps. */
    static final int PARTNERS = 3;
    /** The most articles in a block (unless one story alone has more). */
    public static final int CAP = 50_000;

    private BlockedThreads() {
    }

    /**
     * The threads of the blocked run.
     *
     * @param threadOf each story id's thread
     * @param threads  the threads, in the order of their first story
     * @param blocks   how many blocks there were
     * @param largest  the articles of the largest block
     */
    public record Result(Map<String, String> threadOf, List<Threads.Thread> threads, int blocks, int largest) {
        public Result {
            threadOf = Map.copyOf(threadOf);
            threads = List.copyOf(threads);
        }
    }

    /**
     * Assigns the stories of a corpus to threads by blocks: here ({@link BlockedThreads#assign(List, List, Map)}) or on
     * a cluster, with the same result.
     */
    @FunctionalInterface
    public interface Assigner {
        /** The blocked run here, with blocks of at most {@value #CAP} articles. */
        Assigner HERE = (articles, stories, corpusIdOf) -> BlockedThreads.assign(articles, stories, corpusIdOf).threadOf();

        /**
         * @param articles   every article of the corpus, its copies marked ({@code duplicateOf})
         * @param stories    their stories (each article in one), in the order they were opened
         * @param corpusIdOf per-article actor id → corpus actor id
         * @return each story id's thread, as {@link BlockedThreads#assign(List, List, Map, int)} gives it
         */
        Map<String, String> assign(List<AnalyzedArticle> articles, List<Stories.Story> stories,
                                   Map<String, String> corpusIdOf);
    }

    /** One block: its stories' articles, sorted oldest first ({@link Stories#OLDEST_FIRST}), and each one's story id. */
    public record Block(List<AnalyzedArticle> articles, Map<String, String> storyOf) {
        public Block {
            articles = articles.stream().sorted(Stories.OLDEST_FIRST).toList();
            storyOf = Map.copyOf(storyOf);
        }
    }

    /** A link between two stories ({@code a} the smaller id) and the weight of the keys they share. */
    public record Link(String a, String b, double weight) implements Serializable {
        /** Heaviest first, then by the ids. */
        public static final Comparator<Link> HEAVIEST = Comparator.comparingDouble((Link l) -> -l.weight())
                .thenComparing(Link::a).thenComparing(Link::b);

        /**
         * One link of {@code parts}, the links of one pair of stories through each of their keys: their weights summed
         * smallest first, so that the sum does not depend on the order the keys came in.
         */
        public static Link of(Collection<Link> parts) {
            Link first = parts.iterator().next();
            return new Link(first.a(), first.b(), parts.stream().mapToDouble(Link::weight).sorted().sum());
        }
    }

    /** {@link #assign(List, List, Map, int)} with blocks of at most {@value #CAP} articles. */
    public static Result assign(List<AnalyzedArticle> articles, List<Stories.Story> stories,
                                Map<String, String> corpusIdOf) {
        return assign(articles, stories, corpusIdOf, CAP);
    }

    /**
     * Assigns the stories of these articles to threads by blocks.
     *
     * @param stories    the articles' stories (each article in one), in the order they were opened
     * @param corpusIdOf per-article actor id → corpus actor id, as {@link Threads#assign(AnalyzedArticle, Map, String)}
     *                   reads it
     * @param cap        the most articles a link may bring into one block
     */
    public static Result assign(List<AnalyzedArticle> articles, List<Stories.Story> stories,
                                Map<String, String> corpusIdOf, int cap) {
        List<Block> blocks = blocks(articles, stories, links(stories, keys(articles, stories, corpusIdOf)), cap);
        Map<String, String> threadOf = new HashMap<>();
        blocks.forEach(b -> threadOf.putAll(assign(b, corpusIdOf)));
        List<Stories.Story> threaded = stories.stream().map(s -> s.withThread(threadOf.get(s.id()))).toList();
        return new Result(threadOf, Threads.threadsOf(threaded), blocks.size(),
                blocks.stream().mapToInt(b -> b.articles().size()).max().orElse(0));
    }

    /**
     * Each story's keys: the names ({@link StoryFeatures#name}) of the corpus actors and places its articles name, of
     * those named in at most {@value Stories#RARE} articles.
     */
    static Map<String, Set<String>> keys(List<AnalyzedArticle> articles, List<Stories.Story> stories,
                                         Map<String, String> corpusIdOf) {
        Map<String, String> storyOf = storyOf(stories);
        Map<String, Set<String>> keysOf = new LinkedHashMap<>();
        stories.forEach(s -> keysOf.put(s.id(), new TreeSet<>()));
        Map<String, Integer> articlesWith = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            Set<String> keys = keys(a, corpusIdOf);
            keys.forEach(k -> articlesWith.merge(k, 1, Integer::sum));
            keysOf.get(storyOf.get(a.article().id())).addAll(keys);
        }
        keysOf.values().forEach(ks -> ks.removeIf(k -> !rare(articlesWith.get(k))));
        return keysOf;
    }

    /**
     * The keys one article gives its story, before the rare ones are kept ({@link #rare}): the names ({@link
     * StoryFeatures#name}) of the corpus actors and places it names.
     */
    public static Set<String> keys(AnalyzedArticle article, Map<String, String> corpusIdOf) {
        StoryFeatures dictionary = new StoryFeatures();
        Features f = dictionary.of(article, corpusIdOf);
        Set<String> keys = new TreeSet<>();
        for (int[] ids : List.of(f.entities(), f.places())) {
            for (int id : ids) {
                keys.add(dictionary.name(id));
            }
        }
        return keys;
    }

    /** Whether a key named in so many articles is a key of their stories: at most {@value Stories#RARE}. */
    public static boolean rare(int articles) {
        return articles <= Stories.RARE;
    }

    /**
     * The links that the stories keep, heaviest first: between two stories within a thread's window that share keys,
     * weighing the sum of the keys' {@code ln((stories + 1) / (stories with the key + 1)) + 1}; each story keeps its
     * {@value #PARTNERS} heaviest.
     */
    static List<Link> links(List<Stories.Story> stories, Map<String, Set<String>> keysOf) {
        Map<String, List<Stories.Story>> storiesWith = new HashMap<>();
        stories.forEach(s -> keysOf.get(s.id()).forEach(k -> storiesWith.computeIfAbsent(k, x -> new ArrayList<>()).add(s)));
        Map<List<String>, List<Link>> parts = new HashMap<>();
        storiesWith.values().forEach(ss -> links(stories.size(), ss)
                .forEach(l -> parts.computeIfAbsent(List.of(l.a(), l.b()), x -> new ArrayList<>()).add(l)));
        Map<String, List<Link>> linksOf = new HashMap<>();
        parts.values().forEach(ls -> {
            Link link = Link.of(ls);
            linksOf.computeIfAbsent(link.a(), x -> new ArrayList<>()).add(link);
            linksOf.computeIfAbsent(link.b(), x -> new ArrayList<>()).add(link);
        });
        Set<Link> kept = new TreeSet<>(Link.HEAVIEST);
        linksOf.values().forEach(ls -> kept.addAll(kept(ls)));
        return List.copyOf(kept);
    }

    /**
     * The links one key gives among the stories that have it ({@code withKey}, each once), of {@code stories} in all:
     * each pair within a thread's window, weighing the key's {@code ln((stories + 1) / (withKey + 1)) + 1}.
     */
    public static List<Link> links(int stories, List<Stories.Story> withKey) {
        double idf = Math.log((stories + 1.0) / (withKey.size() + 1.0)) + 1;
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < withKey.size(); i++) {
            for (int j = i + 1; j < withKey.size(); j++) {
                String a = withKey.get(i).id();
                String b = withKey.get(j).id();
                if (near(withKey.get(i), withKey.get(j))) {
                    links.add(a.compareTo(b) < 0 ? new Link(a, b, idf) : new Link(b, a, idf));
                }
            }
        }
        return links;
    }

    /** The links one story keeps of all of its own ({@link Link#of summed} by pair): its {@value #PARTNERS} heaviest. */
    public static List<Link> kept(Collection<Link> linksOfStory) {
        return linksOfStory.stream().sorted(Link.HEAVIEST).limit(PARTNERS).toList();
    }

    /**
     * Whether two stories lie within a thread's window ({@link Threads#SETTINGS}) of each other: the days between the
     * last of one and the first of the other; always when either is undated.
     */
    static boolean near(Stories.Story s, Stories.Story t) {
        if (s.first() == null || t.first() == null) {
            return true;
        }
        long gap = Math.max(ChronoUnit.DAYS.between(LocalDate.parse(s.last()), LocalDate.parse(t.first())),
                ChronoUnit.DAYS.between(LocalDate.parse(t.last()), LocalDate.parse(s.first())));
        return gap <= Threads.SETTINGS.windowDays();
    }

    /**
     * The blocks of these articles: the stories joined by {@code links} (heaviest first) while a block stays within
     * {@code cap} articles; in the order of their first story.
     */
    static List<Block> blocks(List<AnalyzedArticle> articles, List<Stories.Story> stories, List<Link> links, int cap) {
        Map<String, String> blockOf = blockOf(stories, links, cap);
        Map<String, String> storyOf = storyOf(stories);
        Map<String, List<AnalyzedArticle>> byRoot = new LinkedHashMap<>();
        stories.forEach(s -> byRoot.putIfAbsent(blockOf.get(s.id()), new ArrayList<>()));
        articles.forEach(a -> byRoot.get(blockOf.get(storyOf.get(a.article().id()))).add(a));
        return byRoot.values().stream().filter(as -> !as.isEmpty()).map(as -> {
            Map<String, String> storyOfBlock = new HashMap<>();
            as.forEach(a -> storyOfBlock.put(a.article().id(), storyOf.get(a.article().id())));
            return new Block(as, storyOfBlock);
        }).toList();
    }

    /**
     * The block of each story (named by one of its stories): the stories joined by {@code links}, taken in their order
     * (heaviest first), while a block stays within {@code cap} articles. The one step that sees every kept link.
     */
    public static Map<String, String> blockOf(List<Stories.Story> stories, List<Link> links, int cap) {
        Map<String, Integer> size = new HashMap<>();
        stories.forEach(s -> size.put(s.id(), s.articles().size()));
        KeyUnion union = new KeyUnion();
        for (Link link : links) {
            String a = union.root(link.a());
            String b = union.root(link.b());
            if (!a.equals(b) && size.get(a) + size.get(b) <= cap) {
                union.join(a, b);
                size.put(b, size.get(a) + size.get(b));
            }
        }
        Map<String, String> blockOf = new HashMap<>();
        stories.forEach(s -> blockOf.put(s.id(), union.root(s.id())));
        return blockOf;
    }

    /** The thread of each story of one block, its articles fed oldest first as the local run feeds a corpus. */
    public static Map<String, String> assign(Block block, Map<String, String> corpusIdOf) {
        StoryFeatures dictionary = new StoryFeatures();
        Threads threads = new Threads(dictionary);
        Map<String, String> threadOf = new HashMap<>();
        for (AnalyzedArticle a : block.articles()) {
            String story = block.storyOf().get(a.article().id());
            threadOf.put(story, threads.assign(dictionary.of(a, corpusIdOf), story));
        }
        return threadOf;
    }

    private static Map<String, String> storyOf(List<Stories.Story> stories) {
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
        return storyOf;
    }
}
