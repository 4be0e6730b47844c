package org.dateline.corpus;

import org.dateline.corpus.StoryFeatures.Features;
import org.dateline.model.AnalyzedArticle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

    /** One block: its stories' articles, oldest first ({@link Stories#OLDEST_FIRST}), and each one's story id. */
    record Block(List<AnalyzedArticle> articles, Map<String, String> storyOf) {
        Block {
            articles = List.copyOf(articles);
            storyOf = Map.copyOf(storyOf);
        }
    }

    /** A link between two stories ({@code a} the smaller id) and the weight of the keys they share. */
    record Link(String a, String b, double weight) {
        /** Heaviest first, then by the ids. */
        static final Comparator<Link> HEAVIEST = Comparator.comparingDouble((Link l) -> -l.weight())
                .thenComparing(Link::a).thenComparing(Link::b);
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
        StoryFeatures dictionary = new StoryFeatures();
        for (AnalyzedArticle a : articles) {
            Features f = dictionary.of(a, corpusIdOf);
            Set<String> keys = new TreeSet<>();
            for (int[] ids : List.of(f.entities(), f.places())) {
                for (int id : ids) {
                    keys.add(dictionary.name(id));
                }
            }
            keys.forEach(k -> articlesWith.merge(k, 1, Integer::sum));
            keysOf.get(storyOf.get(f.article())).addAll(keys);
        }
        keysOf.values().forEach(ks -> ks.removeIf(k -> articlesWith.get(k) > Stories.RARE));
        return keysOf;
    }

    /**
     * The links that the stories keep, heaviest first: between two stories within a thread's window that share keys,
     * weighing the sum of the keys' {@code ln((stories + 1) / (stories with the key + 1)) + 1}; each story keeps its
     * {@value #PARTNERS} heaviest.
     */
    static List<Link> links(List<Stories.Story> stories, Map<String, Set<String>> keysOf) {
        Map<String, List<Stories.Story>> storiesWith = new HashMap<>();
        stories.forEach(s -> keysOf.get(s.id()).forEach(k -> storiesWith.computeIfAbsent(k, x -> new ArrayList<>()).add(s)));
        Map<List<String>, Double> weights = new HashMap<>();
        storiesWith.values().forEach(ss -> {
            double idf = Math.log((stories.size() + 1.0) / (ss.size() + 1.0)) + 1;
            for (int i = 0; i < ss.size(); i++) {
                for (int j = i + 1; j < ss.size(); j++) {
                    String a = ss.get(i).id();
                    String b = ss.get(j).id();
                    if (near(ss.get(i), ss.get(j))) {
                        weights.merge(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a), idf, Double::sum);
                    }
                }
            }
        });
        Map<String, List<Link>> linksOf = new HashMap<>();
        weights.forEach((pair, weight) -> {
            Link link = new Link(pair.get(0), pair.get(1), weight);
            linksOf.computeIfAbsent(link.a(), x -> new ArrayList<>()).add(link);
            linksOf.computeIfAbsent(link.b(), x -> new ArrayList<>()).add(link);
        });
        Set<Link> kept = new TreeSet<>(Link.HEAVIEST);
        linksOf.values().forEach(ls -> ls.stream().sorted(Link.HEAVIEST).limit(PARTNERS).forEach(kept::add));
        return List.copyOf(kept);
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
        Map<String, String> storyOf = storyOf(stories);
        Map<String, List<AnalyzedArticle>> byRoot = new LinkedHashMap<>();
        stories.forEach(s -> byRoot.putIfAbsent(union.root(s.id()), new ArrayList<>()));
        articles.stream().sorted(Stories.OLDEST_FIRST)
                .forEach(a -> byRoot.get(union.root(storyOf.get(a.article().id()))).add(a));
        return byRoot.values().stream().filter(as -> !as.isEmpty()).map(as -> {
            Map<String, String> storyOfBlock = new HashMap<>();
            as.forEach(a -> storyOfBlock.put(a.article().id(), storyOf.get(a.article().id())));
            return new Block(as, storyOfBlock);
        }).toList();
    }

    /** The thread of each story of one block, its articles fed oldest first as the local run feeds a corpus. */
    static Map<String, String> assign(Block block, Map<String, String> corpusIdOf) {
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
