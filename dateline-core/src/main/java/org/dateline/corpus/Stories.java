package org.dateline.corpus;

import org.dateline.corpus.StoryFeatures.Features;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Ids;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Incremental story clustering: each article joins the most similar existing story, or opens a new one.
 * A story is one happening reported in a short time window (see {@code docs/stories.md}).
 *
 * <p>The similarity of an article to a story is the best similarity to one of its articles; an article is compared
 * only with candidates from an index: the earlier articles within the window ({@value #WINDOW_DAYS} days for
 * stories) and the undated ones that share a rare word, name, place or event with it ({@link CandidateIndex}), so
 * the work per article does not grow with the corpus. The similarity
 * of two articles is {@code time × (0.45·text + 0.30·entities + 0.15·places + 0.10·events)}, and 0 when text is
 * below {@link Settings#minText()} ({@link Similarity}):
 * <ul>
 *   <li>text: cosine of TF-IDF vectors of title (counted twice) and body words;</li>
 *   <li>entities: IDF-weighted Jaccard overlap of corpus actor ids of persons, organisations and groups;</li>
 *   <li>places: IDF-weighted Jaccard overlap of the places and countries named and the dateline place;</li>
 *   <li>events: IDF-weighted Jaccard overlap of the events' signatures: PLOVER type and the pair of its
 *       parties (corpus actor id, else country code), unordered, so "X met Y" and "Y hosted X" meet when
 *       their types agree;</li>
 *   <li>time: 1 within {@value #SAME_DAYS} day, then {@code exp(-(days-1)/3)}, and 0 beyond
 *       {@value #WINDOW_DAYS} days (for stories: {@link Settings}); {@value #UNDATED} when either article has no known day (publication
 *       date, else a dateline date with a year), so undated articles need stronger evidence.</li>
 * </ul>
 * An article joins when the best similarity is at least {@link #THRESHOLD} (tuned on real news and the project's
 * own set, {@code docs/stories.md}). Document frequencies grow with
 * every article assigned, so a later batch joins the existing stories without recomputing them; the result
 * depends on the order articles arrive in (feed them {@link #OLDEST_FIRST}). An article whose {@code duplicateOf}
 * names an article already assigned joins that article's story without scoring, and so does an original
 * whose copy was assigned before it (a batch that brings the earlier-published original of an old copy).
 *
 * <p>Story ids are a hash of the story's first article id, so they stay the same as stories grow. Not
 * thread-safe: one instance per corpus stage, fed from one thread.
 */
public final class Stories {
    /** Minimum similarity for an article to join a story. */
    public static final double THRESHOLD = 0.10;
    static final int SAME_DAYS = 1;
    static final int WINDOW_DAYS = 7;
    static final double UNDATED = 0.25;

    /**
     * What decides whether an article joins a group: the similarity it needs ({@code threshold}), the text cosine
     * below which the similarity is 0 whatever else is shared ({@code minText}: shared names and places alone do not
     * make one happening, nor one subject), how far apart in
     * days two articles may be compared ({@code windowDays}), within how many days time does not count
     * ({@code sameDays}), the decay of the time factor beyond that ({@code exp(-(days-sameDays)/decayDays)}), and
     * the prefix hashed with the first article's id into a group's id.
     */
    public record Settings(double threshold, double minText, int windowDays, int sameDays, double decayDays,
                           String idPrefix) {
        /** Stories: one happening, reported within days. */
        public static final Settings STORIES = new Settings(THRESHOLD, 0.1, WINDOW_DAYS, SAME_DAYS, 3, "story|");
    }

    /** The most postings a key keeps in the candidate index ({@link CandidateIndex}). */
    static final int POSTINGS = 1000;
    /** The most postings a key may have within an article's window and still give it candidates. */
    static final int RARE = 300;
    /** The most postings read to find one article's candidates. */
    static final int VISITS = 3000;
    /** How many candidates are scored in full. */
    static final int CANDIDATES = 40;

    private final Settings settings;

    /** Stories by {@link Settings#STORIES}. */
    public Stories() {
        this(Settings.STORIES);
    }

    /** Groups by {@code settings}, with a dictionary of their own. */
    public Stories(Settings settings) {
        this(settings, new StoryFeatures());
    }

    /** Groups by {@code settings}, of articles whose features come from {@code features}. */
    public Stories(Settings settings, StoryFeatures features) {
        this.settings = settings;
        this.dictionary = features;
        this.index = new CandidateIndex(settings.windowDays(), POSTINGS, RARE);
    }

    /**
     * One story, as {@code stories.jsonl} writes it.
     *
     * @param title    the first article's title
     * @param articles article ids in the order they joined
     * @param outlets  distinct outlets that reported it, first seen first
     * @param first    the earliest known day of its articles (ISO date), or null
     * @param last     the latest known day, or null
     * @param thread   the thread the story belongs to ({@link Threads}), or null when it was not put in one
     */
    public record Story(String id, String title, List<String> articles, List<String> outlets, String first,
                        String last, String thread) implements Serializable {
        public Story {
            articles = List.copyOf(articles);
            outlets = List.copyOf(outlets);
        }

        /** This story in {@code thread}. */
        public Story withThread(String thread) {
            return new Story(id, title, articles, outlets, first, last, thread);
        }
    }

    private final StoryFeatures dictionary;
    private final CandidateIndex index;
    /** Every article assigned or primed, by the number it was given (its posting in {@link #index}). */
    private final List<Features> assigned = new ArrayList<>();
    private final Map<String, List<Features>> members = new LinkedHashMap<>();
    private final Map<String, String> storyOf = new HashMap<>();
    /** For an original not assigned yet, the story of a copy of it that was (primed copies of a late original). */
    private final Map<String, String> copiedIn = new HashMap<>();
    private int[] df = new int[1024];
    private int seen;
    /** {@code ln(df + 1)} of each key, so that {@link #idf} is {@code idfBase} less it. */
    private double[] logDf = new double[1024];
    /** {@code ln(seen + 1) + 1}. */
    private double idfBase = 1;
    /** Scratch for {@link #candidates}: each article's shared key weight, and which articles have one. */
    private float[] shared = new float[1024];
    private int[] touched = new int[1024];

    /**
     * Assigns one article to a story and returns the story id; its features are computed by this instance's
     * dictionary (use {@link #assign(Features)} to share them with {@link Threads}).
     *
     * @param analyzed   the article with its facts
     * @param corpusIdOf per-article actor id → corpus actor id ({@link CorpusActors.Result#corpusIdOf()});
     *                   ids it lacks stand for themselves
     * @throws IllegalArgumentException when the article was assigned before, quoting its id
     */
    public String assign(AnalyzedArticle analyzed, Map<String, String> corpusIdOf) {
        return assign(dictionary.of(analyzed, corpusIdOf));
    }

    /**
     * Assigns one article, given by its features from this instance's {@link #features()}, to a story and returns
     * the story id.
     *
     * @throws IllegalArgumentException when the article was assigned before, quoting its id
     */
    public String assign(Features f) {
        requireNew(f);
        count(f);
        String story = f.duplicateOf() == null ? copiedIn.get(f.article()) : storyOf.get(f.duplicateOf());
        if (story == null) {
            story = best(f);
        }
        if (story == null) {
            story = idOf(settings, f.article());
        }
        join(f, story);
        return story;
    }

    /**
     * Adds an article that an earlier run already assigned to {@code story}, without scoring it: it keeps
     * that story, and articles assigned later are compared with it as with any other. Prime with the
     * earlier run's articles (in the order their stories list them) before assigning new ones; a story's id
     * and title stay those of its first primed article.
     *
     * @throws IllegalArgumentException when the article was assigned before, quoting its id
     */
    public void prime(AnalyzedArticle analyzed, Map<String, String> corpusIdOf, String story) {
        prime(dictionary.of(analyzed, corpusIdOf), story);
    }

    /** {@link #prime(AnalyzedArticle, Map, String)} of an article given by its features. */
    public void prime(Features f, String story) {
        Objects.requireNonNull(story, "story");
        requireNew(f);
        count(f);
        join(f, story);
    }

    /** The dictionary this instance's features come from; share it to compute each article's features once. */
    public StoryFeatures features() {
        return dictionary;
    }

    private void requireNew(Features f) {
        if (storyOf.containsKey(f.article())) {
            throw new IllegalArgumentException("article already assigned to a story: " + f.article());
        }
    }

    /** Counts the article's keys into the document frequencies. */
    private void count(Features f) {
        tally(f, 1);
    }

    /**
     * Adds {@code n} (1, or -1 to take back what 1 added) for the article's keys to the document frequencies; taking
     * back leaves them, and the IDFs, exactly as they were.
     */
    private void tally(Features f, int n) {
        seen += n;
        idfBase = Math.log(seen + 1.0) + 1;
        if (dictionary.size() > df.length) {
            int size = Math.max(dictionary.size(), df.length * 2);
            df = Arrays.copyOf(df, size);
            logDf = Arrays.copyOf(logDf, size);
        }
        for (int key : f.keys()) {
            df[key] += n;
            logDf[key] = Math.log(df[key] + 1.0);
        }
    }

    private void join(Features f, String story) {
        index.add(assigned.size(), day(f), f.keys());
        assigned.add(f);
        members.computeIfAbsent(story, s -> new ArrayList<>()).add(f);
        storyOf.put(f.article(), story);
        if (f.duplicateOf() != null) {
            copiedIn.putIfAbsent(f.duplicateOf(), story);
        }
    }

    /**
     * The order to feed articles in: oldest known day first, undated articles last, then by id (so the
     * result does not depend on the order files were read in).
     */
    public static final Comparator<AnalyzedArticle> OLDEST_FIRST = Comparator
            .comparing((AnalyzedArticle a) -> a.article().referenceDay(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.article().id());


    /** The story an article was assigned to, or null. */
    public String storyOf(String articleId) {
        return storyOf.get(articleId);
    }

    /** Every story so far, in the order they were opened, without a thread. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        members.forEach((id, fs) -> out.add(story(id, fs.stream().map(Member::of).toList())));
        return out;
    }

    /**
     * What a story's record reads of one of its articles ({@link #story}): small, so that a cluster's executors send it
     * to the driver in place of the article's features ({@link BlockedStories.Assigned}).
     *
     * @param day its publication day, else a dateline date with a year, or null
     */
    public record Member(String article, String title, String outlet, LocalDate day) implements Serializable {
        static Member of(Features f) {
            return new Member(f.article(), f.title(), f.outlet(), f.day());
        }
    }

    /** The story {@code id} of these articles, in the order they joined, without a thread. */
    static Story story(String id, List<Member> ms) {
        List<String> ids = ms.stream().map(Member::article).toList();
        Set<String> outlets = new LinkedHashSet<>();
        ms.stream().map(Member::outlet).filter(Objects::nonNull).forEach(outlets::add);
        List<LocalDate> days = ms.stream().map(Member::day).filter(Objects::nonNull).sorted().toList();
        return new Story(id, ms.get(0).title(), ids, List.copyOf(outlets),
                days.isEmpty() ? null : days.get(0).toString(),
                days.isEmpty() ? null : days.get(days.size() - 1).toString(), null);
    }

    /** The id of a group by {@code settings} whose first article is {@code article}. */
    static String idOf(Settings settings, String article) {
        return Ids.of(settings.idPrefix() + article);
    }

    /**
     * The articles {@code f} is compared with, closest first: those that share a rare key with it
     * ({@link CandidateIndex}), taken from its rarest keys first until {@value #VISITS} postings were read; of them the
     * {@value #CANDIDATES} that share the most key weight (IDF). Ties go by article id, so the choice does not depend
     * on the order articles were indexed in.
     */
    List<Features> candidates(Features f) {
        int day = day(f);
        List<CandidateIndex.Range> ranges = new ArrayList<>();
        for (int key : f.keys()) {
            CandidateIndex.Range range = index.rare(key, day);
            if (range != null) {
                ranges.add(range);
            }
        }
        ranges.sort(Comparator.comparingInt((CandidateIndex.Range r) -> r.count(index))
                .thenComparingInt(r -> dictionary.name(r.key()).hashCode())
                .thenComparing(r -> dictionary.name(r.key())));
        if (shared.length < assigned.size()) {
            shared = Arrays.copyOf(shared, Math.max(assigned.size(), shared.length * 2));
        }
        int[] touchedCount = {0};
        int visited = 0;
        for (CandidateIndex.Range range : ranges) {
            int count = range.count(index);
            if (visited > 0 && visited + count > VISITS) {
                break;
            }
            visited += count;
            float weight = (float) idf(range.key());
            index.forEach(range, a -> {
                if (shared[a] == 0) {
                    if (touchedCount[0] == touched.length) {
                        touched = Arrays.copyOf(touched, touched.length * 2);
                    }
                    touched[touchedCount[0]++] = a;
                }
                shared[a] += weight;
            });
        }
        int[] closest = closest(touchedCount[0]);
        for (int i = 0; i < touchedCount[0]; i++) {
            shared[touched[i]] = 0;
        }
        return IntStream.of(closest).mapToObj(assigned::get).toList();
    }

    /** The story of the most similar of {@code f}'s {@link #candidates}, or null when none reaches the threshold. */
    private String best(Features f) {
        Closest top = closest(f);
        return top == null || top.similarity().score() < settings.threshold() ? null
                : storyOf.get(top.article().article());
    }

    /** A candidate and its similarity to the article it was found for. */
    private record Closest(Features article, Similarity similarity) {
    }

    /** The most similar of {@code f}'s {@link #candidates} (the first of equals), or null when it has none. */
    private Closest closest(Features f) {
        double[] vector = new double[f.terms().length];
        double norm = 0;
        for (int i = 0; i < vector.length; i++) {
            vector[i] = f.weights()[i] * idf(f.terms()[i]);
            norm += vector[i] * vector[i];
        }
        Closest top = null;
        for (Features other : candidates(f)) {
            Similarity s = similarity(f, vector, norm, other);
            if (top == null || s.score() > top.similarity().score()) {
                top = new Closest(other, s);
            }
        }
        return top;
    }

    /**
     * The similarity of two articles and its parts: {@code score} is
     * {@code time × (TEXT·text + ENTITIES·entities + PLACES·places + EVENTS·events)}, and 0 when {@code time} is 0 or
     * {@code text} is below {@link Settings#minText()} (the parts not computed then are 0).
     */
    public record Similarity(double score, double time, double text, double entities, double places, double events) {
        public static final double TEXT = 0.45;
        public static final double ENTITIES = 0.30;
        public static final double PLACES = 0.15;
        public static final double EVENTS = 0.10;
    }

    /**
     * Why an article would go where {@link #assign} puts it: the earlier article most similar to it and what they
     * share.
     *
     * @param article    the most similar of the articles it is compared with (the first of equals, as assign takes)
     * @param group      that article's story (or thread, for {@link Threads})
     * @param similarity the similarity and its parts
     * @param threshold  the similarity an article needs to join ({@link Settings#threshold()})
     * @param terms      the word stems both use, those that weigh most in the text cosine first
     * @param entities   the corpus actor ids (persons, organisations, groups) both name, the rarest first
     * @param places     the places both name (folded words), the rarest first
     */
    public record Match(String article, String group, Similarity similarity, double threshold, List<String> terms,
                        List<String> entities, List<String> places) {
        public Match {
            terms = List.copyOf(terms);
            entities = List.copyOf(entities);
            places = List.copyOf(places);
        }

        /** Whether the similarity reaches the threshold, so that the article joins {@link #group()}. */
        public boolean joined() {
            return similarity.score() >= threshold;
        }
    }

    /**
     * The evidence for assigning {@code analyzed} now, without assigning it: scored as {@link #assign} scores it
     * (its keys counted in the document frequencies meanwhile; afterwards they are as before), against the same
     * {@link #candidates}. A copy of an assigned article, or the original of one, joins its story unscored whatever
     * this says. Null when no article is compared with it.
     */
    public Match explain(AnalyzedArticle analyzed, Map<String, String> corpusIdOf) {
        Features f = dictionary.of(analyzed, corpusIdOf);
        tally(f, 1);
        try {
            Closest top = closest(f);
            if (top == null) {
                return null;
            }
            Features other = top.article();
            return new Match(other.article(), storyOf.get(other.article()), top.similarity(), settings.threshold(),
                    shared(f.terms(), other.terms(), key -> f.weights()[Arrays.binarySearch(f.terms(), key)]
                            * other.weights()[Arrays.binarySearch(other.terms(), key)] * Math.pow(idf(key), 2)),
                    shared(f.entities(), other.entities(), this::idf), shared(f.places(), other.places(), this::idf));
        } finally {
            tally(f, -1);
        }
    }

    /** The names ({@link StoryFeatures#value}) of the keys in both sorted sets, the greatest {@code weight} first. */
    private List<String> shared(int[] a, int[] b, IntToDoubleFunction weight) {
        return IntStream.of(a).filter(key -> Arrays.binarySearch(b, key) >= 0).boxed()
                .sorted(Comparator.comparingDouble((Integer key) -> -weight.applyAsDouble(key))
                        .thenComparing(dictionary::value))
                .map(dictionary::value).toList();
    }

    /**
     * The {@value #CANDIDATES} of the first {@code count} {@link #touched} articles that share the most key weight,
     * most first; ties by article id.
     */
    private int[] closest(int count) {
        Comparator<Integer> closest = Comparator.comparingDouble((Integer a) -> -shared[a])
                .thenComparing(a -> assigned.get(a).article());
        if (count <= CANDIDATES) {
            return IntStream.of(touched).limit(count).boxed().sorted(closest).mapToInt(Integer::intValue).toArray();
        }
        float[] weights = new float[count];
        for (int i = 0; i < count; i++) {
            weights[i] = shared[touched[i]];
        }
        float least = select(weights, count - CANDIDATES);
        return IntStream.of(touched).limit(count).filter(a -> shared[a] >= least).boxed().sorted(closest)
                .limit(CANDIDATES).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The value that {@code values} would have at {@code k} once sorted in increasing order (quickselect: the array is
     * reordered, not sorted).
     */
    static float select(float[] values, int k) {
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            float pivot = values[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    float swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    /** The similarity of {@code a}, whose TF-IDF term vector is {@code vector} of squared norm {@code norm}, and {@code b}. */
    private Similarity similarity(Features a, double[] vector, double norm, Features b) {
        double time = timeFactor(a.day(), b.day(), settings);
        if (time == 0) {
            return new Similarity(0, 0, 0, 0, 0, 0);
        }
        double text = cosine(a.terms(), vector, norm, b);
        if (text < settings.minText()) {
            return new Similarity(0, time, text, 0, 0, 0);
        }
        double entities = overlap(a.entities(), b.entities());
        double places = overlap(a.places(), b.places());
        double events = overlap(a.events(), b.events());
        return new Similarity(time * (Similarity.TEXT * text + Similarity.ENTITIES * entities
                + Similarity.PLACES * places + Similarity.EVENTS * events), time, text, entities, places, events);
    }

    private static int day(Features f) {
        return f.day() == null ? CandidateIndex.UNDATED : Math.toIntExact(f.day().toEpochDay());
    }

    static double timeFactor(LocalDate a, LocalDate b, Settings settings) {
        if (a == null || b == null) {
            return UNDATED;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a, b));
        if (days > settings.windowDays()) {
            return 0;
        }
        return days <= settings.sameDays() ? 1 : Math.exp(-(days - settings.sameDays()) / settings.decayDays());
    }

    /** {@code ln((seen + 1) / (df + 1)) + 1}; 1 for a key in every article, 0 for one in none (never asked). */
    private double idf(int key) {
        return idfBase - logDf[key];
    }

    /** Cosine of the TF-IDF term vectors of two articles, the first given as its terms, their weights and squared norm. */
    private double cosine(int[] terms, double[] vector, double norm, Features b) {
        int[] bt = b.terms();
        float[] bw = b.weights();
        double dot = 0;
        double nb = 0;
        int i = 0;
        for (int j = 0; j < bt.length; j++) {
            double y = bw[j] * idf(bt[j]);
            nb += y * y;
            while (i < terms.length && terms[i] < bt[j]) {
                i++;
            }
            if (i < terms.length && terms[i] == bt[j]) {
                dot += vector[i] * y;
            }
        }
        return norm == 0 || nb == 0 ? 0 : dot / Math.sqrt(norm * nb);
    }

    /** IDF-weighted Jaccard overlap of two sorted key sets. */
    private double overlap(int[] a, int[] b) {
        double common = 0;
        double union = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                union += idf(a[i++]);
            } else if (i == a.length || b[j] < a[i]) {
                union += idf(b[j++]);
            } else {
                double w = idf(a[i++]);
                j++;
                union += w;
                common += w;
            }
        }
        return union == 0 ? 0 : common / union;
    }
}
