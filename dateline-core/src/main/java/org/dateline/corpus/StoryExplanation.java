package org.dateline.corpus;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Why an article of a finished output is in its story and its thread: the linking replayed on the output (as
 * {@code ContractReader} reads it back) with the linking's own {@link Stories} and {@link Threads}. The articles are
 * taken in the order one run assigns them ({@link Stories#OLDEST_FIRST}); every article before the one explained is
 * primed with the story and thread the output gives it, and the article is then scored as it was when it was
 * assigned ({@link Stories#explain}). A story's thread is decided by the story's first article, so at the thread
 * level that article is the one explained.
 *
 * <p>The replay is what one run over the whole output decides. An output built by {@code --append} batches out of
 * date order, or under other settings, may have been decided otherwise, and the files hold an article's corpus actors
 * rather than the ones it was linked with and a copy without the facts its original reports: {@link Decision#agrees()}
 * says whether the replay puts the article where the output does.
 */
public final class StoryExplanation {
    private StoryExplanation() {
    }

    /** How an article came into its story or thread. */
    public enum Rule {
        /** It joined the group of the most similar earlier article, whose similarity reached the threshold. */
        JOINED,
        /** It opened a group of its own: no earlier article was similar enough (or none was compared). */
        OPENED,
        /** It is a copy ({@code duplicate_of}) of an earlier article, and joined that article's group unscored. */
        COPY,
        /** It is the original of a copy assigned before it, and joined the copy's group unscored. */
        ORIGINAL
    }

    /**
     * The decision that put an article in a group.
     *
     * @param group     the story (thread) the output gives the article
     * @param decidedBy the article whose assignment decided it: for a story the article itself, for a thread its
     *                  story's first article
     * @param rule      how
     * @param via       for {@link Rule#COPY} the original, for {@link Rule#ORIGINAL} the copy; else null
     * @param match     the most similar earlier article and what they share (for every rule, so a copy's similarity
     *                  shows too), or null when no earlier article was among its candidates
     * @param agrees    whether the replay puts {@code decidedBy} in {@code group}
     */
    public record Decision(String group, String decidedBy, Rule rule, String via, Stories.Match match,
                           boolean agrees) {
    }

    /**
     * @param article the article explained
     * @param story   why it is in its story
     * @param thread  why its story is in its thread, or null when the output has no threads
     */
    public record Explanation(Article article, Decision story, Decision thread) {
    }

    /**
     * Explains the article {@code articleId} of {@code output}.
     *
     * @throws IllegalArgumentException when the output has no such article, or the article has no story (its run was
     *                                  killed before linking); the message says which
     */
    public static Explanation explain(Corpus.Earlier output, String articleId) {
        List<AnalyzedArticle> ordered = output.articles().stream().filter(a -> a.article().story() != null)
                .sorted(Stories.OLDEST_FIRST).toList();
        int at = indexOf(ordered, a -> a.id().equals(articleId));
        if (at < 0) {
            boolean known = output.articles().stream().anyMatch(a -> a.article().id().equals(articleId));
            throw new IllegalArgumentException(known ? "article " + articleId + " has no story (its run was not linked)"
                    : "no article " + articleId);
        }
        Article article = ordered.get(at).article();
        Stories stories = new Stories();
        Decision story = decide(ordered, at, Article::story, a -> stories.prime(a, Map.of(), a.article().story()),
                a -> stories.explain(a, Map.of()));
        if (article.thread() == null) {
            return new Explanation(article, story, null);
        }
        Threads threads = new Threads();
        Decision thread = decide(ordered, indexOf(ordered, a -> a.story().equals(article.story())), Article::thread,
                a -> {
                    if (a.article().thread() != null) {
                        threads.prime(a, Map.of(), a.article().story(), a.article().thread());
                    }
                }, a -> threads.explain(a, Map.of()));
        return new Explanation(article, story, thread);
    }

    private static int indexOf(List<AnalyzedArticle> articles, Predicate<Article> wanted) {
        for (int i = 0; i < articles.size(); i++) {
            if (wanted.test(articles.get(i).article())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Primes the articles before {@code at} with {@code prime}, then decides for the one at {@code at} as
     * {@link Stories#assign} does: a copy of a primed article or the original of a primed copy joins its group, any
     * other article the group of the most similar one when that reaches the threshold.
     */
    private static Decision decide(List<AnalyzedArticle> ordered, int at, Function<Article, String> groupOf,
                                   Consumer<AnalyzedArticle> prime, Function<AnalyzedArticle, Stories.Match> explain) {
        Article target = ordered.get(at).article();
        Map<String, String> groupOfPrimed = new HashMap<>();
        String copy = null;
        for (AnalyzedArticle a : ordered.subList(0, at)) {
            prime.accept(a);
            groupOfPrimed.put(a.article().id(), groupOf.apply(a.article()));
            if (copy == null && target.id().equals(a.article().duplicateOf())) {
                copy = a.article().id();
            }
        }
        Stories.Match match = explain.apply(ordered.get(at));
        String group = groupOf.apply(target);
        if (target.duplicateOf() != null && groupOfPrimed.containsKey(target.duplicateOf())) {
            return new Decision(group, target.id(), Rule.COPY, target.duplicateOf(), match,
                    Objects.equals(group, groupOfPrimed.get(target.duplicateOf())));
        }
        if (target.duplicateOf() == null && copy != null) {
            return new Decision(group, target.id(), Rule.ORIGINAL, copy, match,
                    Objects.equals(group, groupOfPrimed.get(copy)));
        }
        if (match != null && match.joined()) {
            return new Decision(group, target.id(), Rule.JOINED, null, match, Objects.equals(group, match.group()));
        }
        return new Decision(group, target.id(), Rule.OPENED, null, match, !groupOfPrimed.containsValue(group));
    }
}
