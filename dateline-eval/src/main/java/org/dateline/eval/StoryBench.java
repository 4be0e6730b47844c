package org.dateline.eval;

import org.dateline.corpus.BlockedStories;
import org.dateline.corpus.BlockedThreads;
import org.dateline.corpus.Stories;
import org.dateline.corpus.StoryFeatures;
import org.dateline.corpus.Threads;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Sector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Speed and quality of {@link Stories} and {@link Threads} on a synthetic stream with planted stories and threads.
 *
 * <p>The stream has {@value #PER_DAY} articles a day. A planted thread (a running subject) has six words of its own, a topic
 * of {@link SyntheticNews}, three persons, an organisation and a place, and one to twelve stories 10 to 40 days
 * apart (fewer when the stream ends first); a story (one happening) has six words of its own and one to about thirty articles over three days from different
 * outlets. An article's title and body (60 to 160 words) mix its story's words (15%), its thread's (10%), its topic's
 * (10%) and other words drawn by frequency, the thousand most frequent (function words) left out as a stop list would; its actors are some of its thread's, sometimes one of {@value #FIGURES} public figures who appear
 * everywhere, its place and a country. Articles are fed oldest first, one thread; texts are generated in blocks
 * outside the timed part, and the timed part is what the corpus stage does per article: features, story, thread.
 * BCubed is scored against the planted stories and threads.
 */
public final class StoryBench {
    static final int PER_DAY = 500;
    private static final int BLOCK = 10_000;
    private static final int FIGURES = 300;
    private static final int PLACES = 3_000;
    private static final int COUNTRIES = 60;
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    /**
     * What one run measured.
     *
     * @param articles      articles in the stream
     * @param days          days the stream spans
     * @param stories       the story level: BCubed against the planted stories
     * @param threads       the thread level: BCubed against the planted threads
     * @param seconds       wall-clock seconds of features, stories and threads, generation excluded
     * @param cpuSeconds    CPU seconds of the calling thread over the same stretches
     * @param heapMegabytes heap in use after the run with stories and threads still reachable, after a GC
     */
    public record Result(int articles, int days, StoryEval.Result stories, StoryEval.Result threads, double seconds,
                         double cpuSeconds, long heapMegabytes) {
        public String format() {
            return String.format(Locale.ROOT, """
                    stories and threads: %,d articles over %,d days, %,d planted stories in %,d planted threads
                    stories: BCubed P %.3f R %.3f F1 %.3f (%,d predicted)
                    threads: BCubed P %.3f R %.3f F1 %.3f (%,d predicted)
                    time %.1f s wall, %.1f s CPU (%,.0f articles/s by wall clock, one thread, generation excluded), heap after %,d MB""",
                    articles, days, stories.goldStories(), threads.goldStories(), stories.bcubedP(), stories.bcubedR(),
                    stories.bcubedF1(), stories.predictedStories(), threads.bcubedP(), threads.bcubedR(),
                    threads.bcubedF1(), threads.predictedStories(), seconds, cpuSeconds, articles / seconds,
                    heapMegabytes);
        }
    }

    /** Where an article is planted: its day (from the start), story and thread numbers. */
    private record Planted(int day, int story, int thread) {
    }

    private StoryBench() {
    }

    public static Result run(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one article for the story bench, got " + n);
        }
        SyntheticNews news = new SyntheticNews(seed);
        List<Planted> plan = plan(n, seed);
        StoryFeatures dictionary = new StoryFeatures();
        Stories stories = new Stories(Stories.Settings.STORIES, dictionary);
        Threads threads = new Threads(dictionary);
        String[] storyOf = new String[n];
        String[] threadOf = new String[n];
        double wall = 0;
        double cpu = 0;
        for (int from = 0; from < n; from += BLOCK) {
            int start = from;
            List<AnalyzedArticle> block = IntStream.range(from, Math.min(n, from + BLOCK))
                    .mapToObj(i -> article(news, seed, i, plan.get(i))).toList();
            SpeedBench.Timing timing = SpeedBench.time(() -> {
                for (int i = 0; i < block.size(); i++) {
                    StoryFeatures.Features f = dictionary.of(block.get(i), Map.of());
                    storyOf[start + i] = stories.assign(f);
                    threadOf[start + i] = threads.assign(f, storyOf[start + i]);
                }
            });
            wall += timing.wall();
            cpu += timing.cpu();
        }
        long heap = SpeedBench.heapMegabytesAfterGc();
        Map<String, String> goldStories = gold(plan, p -> "s" + p.story());
        Map<String, String> goldThreads = gold(plan, p -> "t" + p.thread());
        Map<String, String> predictedStories = new HashMap<>();
        Map<String, String> predictedThreads = new HashMap<>();
        for (int i = 0; i < n; i++) {
            predictedStories.put(id(i), storyOf[i]);
            predictedThreads.put(id(i), threadOf[i]);
        }
        int days = plan.get(n - 1).day() - plan.get(0).day() + 1;
        return new Result(n, days, StoryEval.score(goldStories, predictedStories),
                StoryEval.score(goldThreads, predictedThreads), wall, cpu, heap);
    }

    /**
     * The stories of one stream assigned by the local run and by blocks of a week ({@link BlockedStories}), and its
     * threads by the local run and by blocks of stories ({@link BlockedThreads}).
     *
     * @param local      the local run against the planted stories
     * @param blocked    the blocked run against the planted stories
     * @param difference the blocked run against the local run
     * @param threads    the threads by blocks
     */
    public record Blocked(int articles, int days, StoryEval.Result local, StoryEval.Result blocked,
                          StoryEval.Difference difference, BlockedThreadFigures threads) {
        public String format() {
            return String.format(Locale.ROOT, """
                    stories by blocks of a week: %,d articles over %,d days, %,d planted stories
                    local:   BCubed P %.3f R %.3f F1 %.3f (%,d predicted)
                    blocked: BCubed P %.3f R %.3f F1 %.3f (%,d predicted)
                    blocked against local: %s
                    %s""", articles, days, local.goldStories(), local.bcubedP(),
                    local.bcubedR(), local.bcubedF1(), local.predictedStories(), blocked.bcubedP(), blocked.bcubedR(),
                    blocked.bcubedF1(), blocked.predictedStories(), difference, threads.format());
        }
    }

    /**
     * The threads of one stream by the local run and by blocks of stories ({@link BlockedThreads}), each against the
     * planted threads.
     *
     * @param local            the local threads of the local stories
     * @param blocked          the threads by blocks of the local stories
     * @param difference       those against the local threads
     * @param onBlocked        the threads by blocks of the stories by blocks ({@link BlockedStories})
     * @param onBlockedDifference those against the local threads
     * @param blocks           the blocks of the local stories
     * @param largest          the articles of the largest of them
     */
    public record BlockedThreadFigures(StoryEval.Result local, StoryEval.Result blocked, StoryEval.Difference difference,
                                       StoryEval.Result onBlocked, StoryEval.Difference onBlockedDifference, int blocks,
                                       int largest) {
        public String format() {
            return String.format(Locale.ROOT, """
                    threads by blocks of stories: %,d planted threads, %,d blocks, the largest %,d articles
                    local:   BCubed P %.3f R %.3f F1 %.3f (%,d predicted)
                    blocked: BCubed P %.3f R %.3f F1 %.3f (%,d predicted)
                    blocked against local: %s
                    blocked, of the stories by blocks: BCubed P %.3f R %.3f F1 %.3f (%,d predicted)
                    blocked, of the stories by blocks, against local: %s""", local.goldStories(), blocks, largest,
                    local.bcubedP(), local.bcubedR(), local.bcubedF1(), local.predictedStories(), blocked.bcubedP(),
                    blocked.bcubedR(), blocked.bcubedF1(), blocked.predictedStories(), difference, onBlocked.bcubedP(),
                    onBlocked.bcubedR(), onBlocked.bcubedF1(), onBlocked.predictedStories(), onBlockedDifference);
        }
    }

    /**
     * The stories and threads of a stream of {@code n} articles from {@code seed}, assigned locally and by blocks
     * (threads in blocks of at most {@code cap} articles).
     */
    public static Blocked blocked(int n, long seed, int cap) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one article for the story bench, got " + n);
        }
        SyntheticNews news = new SyntheticNews(seed);
        List<Planted> plan = plan(n, seed);
        List<AnalyzedArticle> articles = IntStream.range(0, n).mapToObj(i -> article(news, seed, i, plan.get(i))).toList();
        Stories stories = new Stories();
        Map<String, String> local = new HashMap<>();
        List<AnalyzedArticle> oldestFirst = articles.stream().sorted(Stories.OLDEST_FIRST).toList();
        oldestFirst.forEach(a -> local.put(a.article().id(), stories.assign(a, Map.of())));
        Threads threads = new Threads();
        Map<String, String> localThreads = new HashMap<>();
        oldestFirst.forEach(a -> localThreads.put(a.article().id(),
                threads.assign(a, Map.of(), local.get(a.article().id()))));
        BlockedStories.Result blockedStories = BlockedStories.assign(articles, Map.of());
        BlockedThreads.Result blockedThreads = BlockedThreads.assign(articles, stories.stories(), Map.of(), cap);
        Map<String, String> onBlockedStories = BlockedThreads.assign(articles, blockedStories.stories(), Map.of(), cap)
                .threadOf();
        Map<String, String> goldStories = gold(plan, p -> "s" + p.story());
        Map<String, String> goldThreads = gold(plan, p -> "t" + p.thread());
        Map<String, String> threadsByBlocks = new HashMap<>();
        Map<String, String> threadsOfStoriesByBlocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            threadsByBlocks.put(id(i), blockedThreads.threadOf().get(local.get(id(i))));
            threadsOfStoriesByBlocks.put(id(i), onBlockedStories.get(blockedStories.storyOf().get(id(i))));
        }
        return new Blocked(n, plan.get(n - 1).day() - plan.get(0).day() + 1, StoryEval.score(goldStories, local),
                StoryEval.score(goldStories, blockedStories.storyOf()), StoryEval.compare(local, blockedStories.storyOf()),
                new BlockedThreadFigures(StoryEval.score(goldThreads, localThreads),
                        StoryEval.score(goldThreads, threadsByBlocks), StoryEval.compare(localThreads, threadsByBlocks),
                        StoryEval.score(goldThreads, threadsOfStoriesByBlocks),
                        StoryEval.compare(localThreads, threadsOfStoriesByBlocks), blockedThreads.blocks(),
                        blockedThreads.largest()));
    }

    /**
     * Where each of {@code n} articles is planted, oldest first: threads start on random days of the stream's span,
     * and their stories' articles are drawn until there are {@code n}.
     */
    /** Each planted article's gold label, by article id. */
    private static Map<String, String> gold(List<Planted> plan, Function<Planted, String> label) {
        Map<String, String> gold = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            gold.put(id(i), label.apply(plan.get(i)));
        }
        return gold;
    }

    private static List<Planted> plan(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int span = Math.max(1, n / PER_DAY);
        List<Planted> plan = new ArrayList<>();
        int story = 0;
        for (int thread = 0; plan.size() < n; thread++) {
            int day = random.nextInt(span);
            int stories = 1 + Math.min(11, geometric(random, 0.4));
            for (int s = 0; s < stories && plan.size() < n && day < span; s++, story++) {
                int articles = 1 + Math.min(29, geometric(random, 0.25));
                for (int a = 0; a < articles && plan.size() < n; a++) {
                    plan.add(new Planted(day + random.nextInt(3), story, thread));
                }
                day += 10 + random.nextInt(31);
            }
        }
        plan.sort(Comparator.comparingInt(Planted::day));
        return plan;
    }

    /** The number of failures before the first success of probability {@code p}. */
    private static int geometric(SplittableRandom random, double p) {
        return (int) (Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    }

    /** Article {@code i}, planted as {@code planted}: its words and actors drawn from its story's and thread's. */
    private static AnalyzedArticle article(SyntheticNews news, long seed, int i, Planted planted) {
        SplittableRandom threadRandom = new SplittableRandom(seed * 31 + planted.thread());
        int topic = threadRandom.nextInt(SyntheticNews.TOPICS);
        String[] threadWords = draw(news, threadRandom, 6);
        String place = "place" + threadRandom.nextInt(PLACES);
        String country = "country" + threadRandom.nextInt(COUNTRIES);
        String[] storyWords = draw(news, new SplittableRandom(seed * 17 + planted.story()), 6);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        List<String> title = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            title.add(switch (w % 3) {
                case 0 -> storyWords[random.nextInt(storyWords.length)];
                case 1 -> threadWords[random.nextInt(threadWords.length)];
                default -> news.topicWord(topic, random);
            });
        }
        StringBuilder text = new StringBuilder();
        int length = 60 + random.nextInt(101);
        for (int w = 0; w < length; w++) {
            double kind = random.nextDouble();
            text.append(kind < 0.15 ? storyWords[random.nextInt(storyWords.length)]
                    : kind < 0.25 ? threadWords[random.nextInt(threadWords.length)]
                    : kind < 0.35 ? news.topicWord(topic, random) : news.contentWord(random));
            text.append(w % 12 == 11 ? ". " : " ");
        }
        List<Actor> actors = new ArrayList<>();
        int persons = 1 + random.nextInt(3);
        for (int p = 0; p < persons; p++) {
            actors.add(actor("p" + planted.thread() + "-" + random.nextInt(3), ActorType.PERSON));
        }
        if (random.nextBoolean()) {
            actors.add(actor("o" + planted.thread(), ActorType.ORGANIZATION));
        }
        if (random.nextInt(10) < 3) {
            actors.add(actor("figure" + random.nextInt(FIGURES), ActorType.PERSON));
        }
        actors.add(actor(place, ActorType.LOCATION));
        actors.add(actor(country, ActorType.COUNTRY));
        String day = START.plusDays(planted.day()).toString();
        Article article = new Article(id(i), "synthetic/" + id(i), "outlet-" + random.nextInt(60),
                String.join(" ", title), day, "metadata", null, List.of(), "en", text.toString(), null, null, List.of());
        return new AnalyzedArticle(article, actors.stream().distinct().toList(), List.of(), List.of());
    }

    /** {@code count} words of a story or thread of its own: two vocabulary words joined, as rare as names. */
    private static String[] draw(SyntheticNews news, SplittableRandom random, int count) {
        String[] words = new String[count];
        Arrays.setAll(words, w -> news.anyWord(random) + news.anyWord(random));
        return words;
    }

    private static Actor actor(String id, ActorType type) {
        return new Actor(id, id, type, List.of(), List.of(), null, Sector.GOV, 1);
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "a%07d", i);
    }
}
