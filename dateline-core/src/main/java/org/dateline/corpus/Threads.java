package org.dateline.corpus;

import org.dateline.corpus.StoryFeatures.Features;
import org.dateline.model.AnalyzedArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Incremental thread clustering above stories: a thread is the running subject several stories belong to (a leak,
 * the reactions to it and the resignations; a series of launches), and each story belongs to one thread.
 *
 * <p>The first article of a story decides its thread: it joins the thread of the most similar earlier article, by
 * the similarity of {@link Stories} with the longer, decaying horizon of {@link #SETTINGS} (a thread links reports
 * weeks to months apart), or opens a thread of its own; every later article of the story follows it. So a thread
 * grows one story at a time, and a story's articles are compared with all the thread's articles, whatever their
 * story. Thread ids are a hash of the thread's first article id, so they stay the same as threads grow. Feed articles
 * in the order the stories were assigned (oldest first). Not thread-safe.
 */
public final class Threads {
    /**
     * Threads: time does not count within a week, then decays over a year ({@code exp(-(days-7)/365)}: a running
     * subject, a season or a breach and its aftermath, is reported for months); nothing over a year apart, so the
     * same subject a year later is a thread of its own. The
     * slow decay lets a subject's reports months apart meet, and the threshold (0.11, above the stories' 0.10) keeps
     * subjects that share only a topic's words apart (tuned on news-cluster-dev, {@code docs/stories.md}).
     */
    public static final Stories.Settings SETTINGS = new Stories.Settings(0.11, 0.05, 365, 7, 365, "thread|");

    /**
     * One thread, as {@code threads.jsonl} writes it.
     *
     * @param title    the title of its first story
     * @param stories  its story ids, in the order of the stories
     * @param articles its stories' articles, story after story
     * @param outlets  distinct outlets that reported it, first seen first
     * @param first    the earliest known day of its articles (ISO date), or null
     * @param last     the latest known day, or null
     */
    public record Thread(String id, String title, List<String> stories, List<String> articles, List<String> outlets,
                         String first, String last) {
        public Thread {
            stories = List.copyOf(stories);
            articles = List.copyOf(articles);
            outlets = List.copyOf(outlets);
        }
    }

    private final Stories groups;
    private final Map<String, String> threadOfStory = new HashMap<>();

    /** Threads by {@link #SETTINGS}, with a dictionary of their own. */
    public Threads() {
        this(new StoryFeatures());
    }

    /** Threads by {@link #SETTINGS} of articles whose features come from {@code features} (shared with {@link Stories}). */
    public Threads(StoryFeatures features) {
        this(SETTINGS, features);
    }

    /** Threads by {@code settings}. */
    Threads(Stories.Settings settings, StoryFeatures features) {
        this.groups = new Stories(settings, features);
    }

    /**
     * Puts one article of {@code story} in a thread and returns the thread id (see {@link #assign(Features, String)}).
     */
    public String assign(AnalyzedArticle analyzed, Map<String, String> corpusIdOf, String story) {
        return assign(groups.features().of(analyzed, corpusIdOf), story);
    }

    /**
     * Puts one article of {@code story}, given by its features, in a thread and returns the thread id: the story's
     * thread when an earlier article of it has one, else the thread its similarity decides.
     */
    public String assign(Features f, String story) {
        String thread = threadOfStory.get(story);
        if (thread == null) {
            thread = groups.assign(f);
            threadOfStory.put(story, thread);
        } else {
            groups.prime(f, thread);
        }
        return thread;
    }

    /**
     * Adds an article that an earlier run put in {@code thread} with its story, without scoring it (see
     * {@link Stories#prime}).
     */
    public void prime(AnalyzedArticle analyzed, Map<String, String> corpusIdOf, String story, String thread) {
        prime(groups.features().of(analyzed, corpusIdOf), story, thread);
    }

    /** {@link #prime(AnalyzedArticle, Map, String, String)} of an article given by its features. */
    public void prime(Features f, String story, String thread) {
        Objects.requireNonNull(thread, "thread");
        groups.prime(f, thread);
        threadOfStory.putIfAbsent(story, thread);
    }

    /**
     * The evidence for the thread of a story whose first article is {@code analyzed}, without assigning it: the
     * earlier article most similar to it by {@link #SETTINGS} ({@link Stories#explain}); its {@code group} is that
     * article's thread. Null when no article is compared with it.
     */
    public Stories.Match explain(AnalyzedArticle analyzed, Map<String, String> corpusIdOf) {
        return groups.explain(analyzed, corpusIdOf);
    }

    /** The thread of a story, or null. */
    public String threadOf(String story) {
        return threadOfStory.get(story);
    }

    /** The threads of {@code stories} (each story of this instance), in the order of their first story. */
    public List<Thread> threads(List<Stories.Story> stories) {
        return threadsOf(stories.stream().map(s -> s.withThread(threadOfStory.get(s.id()))).toList());
    }

    /** The threads of {@code stories}, each story in its {@link Stories.Story#thread()}, in the order of their first story. */
    static List<Thread> threadsOf(List<Stories.Story> stories) {
        Map<String, List<Stories.Story>> byThread = new LinkedHashMap<>();
        stories.forEach(s -> byThread.computeIfAbsent(s.thread(), t -> new ArrayList<>()).add(s));
        List<Thread> out = new ArrayList<>();
        byThread.forEach((id, ss) -> {
            Set<String> outlets = new LinkedHashSet<>();
            ss.forEach(s -> outlets.addAll(s.outlets()));
            List<String> firsts = ss.stream().map(Stories.Story::first).filter(Objects::nonNull).sorted().toList();
            List<String> lasts = ss.stream().map(Stories.Story::last).filter(Objects::nonNull).sorted().toList();
            out.add(new Thread(id, ss.get(0).title(), ss.stream().map(Stories.Story::id).toList(),
                    ss.stream().flatMap(s -> s.articles().stream()).toList(), List.copyOf(outlets),
                    firsts.isEmpty() ? null : firsts.get(0), lasts.isEmpty() ? null : lasts.get(lasts.size() - 1)));
        });
        return out;
    }
}
