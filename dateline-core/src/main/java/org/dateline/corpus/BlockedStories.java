package org.dateline.corpus;

import org.dateline.corpus.StoryFeatures.Features;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link Stories} by blocks of time, so that the blocks can be assigned apart (on the executors of a cluster); not
 * identical to the local run ({@code docs/scale.md}, "Stories and threads by blocks"). An article's week (Monday to
 * Sunday of its {@link org.dateline.model.Article#referenceDay() day}) makes a block with the articles of the week
 * before, copied into it so that a story can cross the boundary; the undated articles are one block of their own.
 * Each block is assigned by the local run's own code ({@link Stories#assign(Features)}, a fresh instance with a
 * dictionary of its own, fed oldest first), and an article takes the story its own week's block gives it. Then a
 * block's story that holds articles of its own week is joined with the stories the block before gave its copies.
 * A joined story's id is that of its first article, as the local run names it. Stateless.
 *
 * <p>A cluster assigns the blocks apart with the same code: each article keyed under its {@link #weeks}, each key's
 * articles {@link #assign(long, Collection, Map) assigned} where they are, and only what that gives ({@link Assigned}:
 * the pairs of article and story within the block) {@link #join joined} in one place.
 */
public final class BlockedStories {
    /** The week of an undated article. */
    static final long UNDATED = Long.MAX_VALUE;

    private BlockedStories() {
    }

    /**
     * The stories of the blocked run.
     *
     * @param storyOf each article id's story
     * @param stories the stories, in the order of their first articles, each with its articles oldest first
     */
    public record Result(Map<String, String> storyOf, List<Stories.Story> stories) {
        public Result {
            storyOf = Map.copyOf(storyOf);
            stories = List.copyOf(stories);
        }
    }

    /**
     * Assigns a corpus's articles to stories by blocks: here ({@link BlockedStories#assign(List, Map)}) or on a
     * cluster, with the same result.
     */
    @FunctionalInterface
    public interface Assigner {
        /**
         * @param articles   every article of the corpus, its copies marked ({@code duplicateOf})
         * @param corpusIdOf per-article actor id → corpus actor id
         * @return what {@link BlockedStories#assign(List, Map)} gives for them
         */
        Result assign(List<AnalyzedArticle> articles, Map<String, String> corpusIdOf);
    }

    /**
     * One block: the articles of {@code week} and those of the week before, oldest first
     * ({@link Stories#OLDEST_FIRST}).
     */
    record Block(long week, List<AnalyzedArticle> articles) {
        Block {
            articles = List.copyOf(articles);
        }
    }

    /**
     * What one block gave: the story within the block of each of its articles, and what the stories' records read of
     * the articles of its own week, oldest first.
     */
    public record Assigned(long week, Map<String, String> storyOf, List<Stories.Member> own) implements Serializable {
        public Assigned {
            storyOf = Map.copyOf(storyOf);
            own = List.copyOf(own);
        }
    }

    /**
     * Assigns these articles to stories by blocks.
     *
     * @param corpusIdOf per-article actor id → corpus actor id, as {@link Stories#assign(AnalyzedArticle, Map)} reads it
     */
    public static Result assign(List<AnalyzedArticle> articles, Map<String, String> corpusIdOf) {
        return join(blocks(articles).stream().map(b -> assign(b, corpusIdOf)).toList());
    }

    /**
     * The blocks an article is in: that of its own week and that of the next (which copies it, so that a story can
     * cross the boundary); an undated article only the undated block.
     */
    public static List<Long> weeks(AnalyzedArticle a) {
        long week = week(a);
        return week == UNDATED ? List.of(UNDATED) : List.of(week, week + 1);
    }

    /**
     * What a block reads of an article: the article marked a copy of {@code duplicateOf} (null: of none), with its
     * actors and events; its quotes, times and mentions, which stories do not read, left out (what a cluster sends
     * to the blocks).
     */
    public static AnalyzedArticle asRead(AnalyzedArticle analyzed, String duplicateOf) {
        Article a = analyzed.article();
        return new AnalyzedArticle(a.withLinks(duplicateOf, a.story()), analyzed.actors(), List.of(), List.of(),
                analyzed.events(), List.of());
    }

    /** The week of an article's day, Monday to Sunday, as a count of weeks; {@link #UNDATED} without a day. */
    static long week(AnalyzedArticle a) {
        LocalDate day = a.article().referenceDay();
        return day == null ? UNDATED : Math.floorDiv(day.toEpochDay() + 3, 7);
    }

    /** The blocks of these articles: one per week that has articles, in the order of the weeks. */
    static List<Block> blocks(List<AnalyzedArticle> articles) {
        TreeMap<Long, List<AnalyzedArticle>> byWeek = new TreeMap<>();
        articles.forEach(a -> weeks(a).forEach(w -> byWeek.computeIfAbsent(w, k -> new ArrayList<>()).add(a)));
        return byWeek.entrySet().stream().flatMap(e -> block(e.getKey(), e.getValue()).stream()).toList();
    }

    /**
     * The block of {@code week} of the articles keyed under it ({@link #weeks}), oldest first; none when no article
     * is of that week (the week after the last, whose copies join nothing).
     */
    static Optional<Block> block(long week, Collection<AnalyzedArticle> keyed) {
        return keyed.stream().anyMatch(a -> week(a) == week)
                ? Optional.of(new Block(week, keyed.stream().sorted(Stories.OLDEST_FIRST).toList()))
                : Optional.empty();
    }

    /**
     * Assigns the block of {@code week}, as {@link #assign(List, Map)} assigns it.
     *
     * @param keyed every article of the corpus keyed under {@code week} ({@link #weeks}), in any order
     * @return what the block gave, none when no article is of that week
     */
    public static Optional<Assigned> assign(long week, Collection<AnalyzedArticle> keyed, Map<String, String> corpusIdOf) {
        return block(week, keyed).map(b -> assign(b, corpusIdOf));
    }

    /** Assigns one block's articles, oldest first, as the local run assigns a corpus. */
    static Assigned assign(Block block, Map<String, String> corpusIdOf) {
        Stories stories = new Stories();
        Map<String, String> storyOf = new HashMap<>();
        List<Stories.Member> own = new ArrayList<>();
        for (AnalyzedArticle a : block.articles()) {
            Features f = stories.features().of(a, corpusIdOf);
            storyOf.put(f.article(), stories.assign(f));
            if (week(a) == block.week()) {
                own.add(Stories.Member.of(f));
            }
        }
        return new Assigned(block.week(), storyOf, own);
    }

    /**
     * Joins the blocks' stories: each article in the story of its own week's block, and a block's story that holds
     * articles of its own week one with the stories its copies have in the block before.
     *
     * @param assigned every block of a corpus that has articles of its own week, assigned, in any order
     */
    public static Result join(Collection<Assigned> assigned) {
        List<Assigned> blocks = assigned.stream().sorted(Comparator.comparingLong(Assigned::week)).toList();
        Map<Long, Assigned> byWeek = new HashMap<>();
        blocks.forEach(b -> byWeek.put(b.week(), b));
        KeyUnion union = new KeyUnion();
        for (Assigned b : blocks) {
            Set<String> ownArticles = new HashSet<>();
            Set<String> ownStories = new HashSet<>();
            for (Stories.Member f : b.own()) {
                ownArticles.add(f.article());
                ownStories.add(node(b.week(), b.storyOf().get(f.article())));
            }
            Assigned before = byWeek.get(b.week() - 1);
            b.storyOf().forEach((article, story) -> {
                String node = node(b.week(), story);
                if (!ownArticles.contains(article) && ownStories.contains(node)) {
                    union.join(node, node(before.week(), before.storyOf().get(article)));
                }
            });
        }
        Map<String, List<Stories.Member>> members = new LinkedHashMap<>();
        for (Assigned b : blocks) {
            for (Stories.Member f : b.own()) {
                members.computeIfAbsent(union.root(node(b.week(), b.storyOf().get(f.article()))),
                        r -> new ArrayList<>()).add(f);
            }
        }
        Map<String, String> storyOf = new HashMap<>();
        List<Stories.Story> stories = new ArrayList<>();
        for (List<Stories.Member> fs : members.values()) {
            String id = Stories.idOf(Stories.Settings.STORIES, fs.get(0).article());
            fs.forEach(f -> storyOf.put(f.article(), id));
            stories.add(Stories.story(id, fs));
        }
        return new Result(storyOf, stories);
    }

    private static String node(long week, String story) {
        return week + "|" + story;
    }
}
