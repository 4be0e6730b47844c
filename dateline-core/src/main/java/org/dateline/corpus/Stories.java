package org.dateline.corpus;

import org.dateline.resources.TsvResource;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Ids;
import org.dateline.model.Party;
import org.dateline.model.Event;
import org.dateline.nlp.Stems;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Arrays;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incremental story clustering: each article joins the most similar existing story, or opens a new one.
 * A story is one happening reported in a short time window (see {@code docs/stories.md}).
 *
 * <p>The similarity of an article to a story is the best similarity to one of its articles; a dated article
 * is compared only with the articles within {@value #WINDOW_DAYS} days of it and the undated ones. The similarity
 * of two articles is {@code time × (0.45·text + 0.30·entities + 0.15·places + 0.10·events)}, and 0 when text is
 * below {@link Settings#minText()}:
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

    private final Settings settings;

    /** Stories by {@link Settings#STORIES}. */
    public Stories() {
        this(Settings.STORIES);
    }

    /** Groups by {@code settings}. */
    public Stories(Settings settings) {
        this.settings = settings;
    }
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");
    private static final Set<String> STOP = TsvResource.words(Stories.class, "story-stop-words.txt");

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
                        String last, String thread) {
        public Story {
            articles = List.copyOf(articles);
            outlets = List.copyOf(outlets);
        }

        /** This story in {@code thread}. */
        public Story withThread(String thread) {
            return new Story(id, title, articles, outlets, first, last, thread);
        }
    }

    /** What the similarity reads from one article. */
    private record Features(String article, LocalDate day, Map<String, Double> terms, Set<String> entities,
                            Set<String> places, Set<String> events) {
    }

    private final Map<String, List<Features>> members = new LinkedHashMap<>();
    /** Assigned articles by day, so a dated article is compared only with those in its window. */
    private final NavigableMap<LocalDate, List<Features>> byDay = new TreeMap<>();
    private final List<Features> undated = new ArrayList<>();
    private final Map<String, String> storyOf = new HashMap<>();
    private final Map<String, Article> articles = new HashMap<>();
    /** For an original not assigned yet, the story of a copy of it that was (primed copies of a late original). */
    private final Map<String, String> copiedIn = new HashMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private int seen;

    /**
     * Assigns one article to a story and returns the story id.
     *
     * @param analyzed   the article with its facts
     * @param corpusIdOf per-article actor id → corpus actor id ({@link CorpusActors.Result#corpusIdOf()});
     *                   ids it lacks stand for themselves
     * @throws IllegalArgumentException when the article was assigned before, quoting its id
     */
    public String assign(AnalyzedArticle analyzed, Map<String, String> corpusIdOf) {
        Article article = analyzed.article();
        requireNew(article);
        Features f = count(analyzed, corpusIdOf);
        String story = article.duplicateOf() == null ? copiedIn.get(article.id()) : storyOf.get(article.duplicateOf());
        if (story == null) {
            story = best(f);
        }
        if (story == null) {
            story = Ids.of(settings.idPrefix() + article.id());
        }
        join(article, f, story);
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
        Objects.requireNonNull(story, "story");
        requireNew(analyzed.article());
        join(analyzed.article(), count(analyzed, corpusIdOf), story);
    }

    private void requireNew(Article article) {
        if (storyOf.containsKey(article.id())) {
            throw new IllegalArgumentException("article already assigned to a story: " + article.id());
        }
    }

    /** The article's features, counted into the document frequencies. */
    private Features count(AnalyzedArticle analyzed, Map<String, String> corpusIdOf) {
        Features f = features(analyzed, corpusIdOf);
        tally(f, 1);
        return f;
    }

    /** Adds {@code n} (1, or -1 to take it back) for the article's features to the document frequencies. */
    private void tally(Features f, int n) {
        seen += n;
        f.terms().keySet().forEach(t -> df.merge("t:" + t, n, Integer::sum));
        f.entities().forEach(e -> df.merge("e:" + e, n, Integer::sum));
        f.places().forEach(p -> df.merge("p:" + p, n, Integer::sum));
        f.events().forEach(e -> df.merge("v:" + e, n, Integer::sum));
    }

    private void join(Article article, Features f, String story) {
        members.computeIfAbsent(story, s -> new ArrayList<>()).add(f);
        (f.day() == null ? undated : byDay.computeIfAbsent(f.day(), d -> new ArrayList<>())).add(f);
        storyOf.put(article.id(), story);
        articles.put(article.id(), article);
        if (article.duplicateOf() != null) {
            copiedIn.putIfAbsent(article.duplicateOf(), story);
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
        members.forEach((id, fs) -> {
            List<String> ids = fs.stream().map(Features::article).toList();
            Set<String> outlets = new LinkedHashSet<>();
            ids.stream().map(a -> articles.get(a).outlet()).filter(Objects::nonNull).forEach(outlets::add);
            List<LocalDate> days = fs.stream().map(Features::day).filter(Objects::nonNull).sorted().toList();
            out.add(new Story(id, articles.get(ids.get(0)).title(), ids, List.copyOf(outlets),
                    days.isEmpty() ? null : days.get(0).toString(),
                    days.isEmpty() ? null : days.get(days.size() - 1).toString(), null));
        });
        return out;
    }

    private String best(Features f) {
        String best = null;
        double bestScore = settings.threshold();
        for (Features other : candidates(f)) {
            double s = similarity(f, other).score();
            if (s > bestScore || s == bestScore && best == null) {
                bestScore = s;
                best = storyOf.get(other.article());
            }
        }
        return best;
    }

    /** The assigned articles an article is compared with: those within the window of its day, and the undated. */
    private List<Features> candidates(Features f) {
        List<Features> candidates = new ArrayList<>(undated);
        if (f.day() == null) {
            byDay.values().forEach(candidates::addAll);
        } else {
            byDay.subMap(f.day().minusDays(settings.windowDays()), true, f.day().plusDays(settings.windowDays()), true).values()
                    .forEach(candidates::addAll);
        }
        return candidates;
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

    private Similarity similarity(Features a, Features b) {
        double time = timeFactor(a.day(), b.day(), settings);
        if (time == 0) {
            return new Similarity(0, 0, 0, 0, 0, 0);
        }
        double text = cosine(a.terms(), b.terms());
        if (text < settings.minText()) {
            return new Similarity(0, time, text, 0, 0, 0);
        }
        double entities = overlap(a.entities(), b.entities(), "e:");
        double places = overlap(a.places(), b.places(), "p:");
        double events = overlap(a.events(), b.events(), "v:");
        return new Similarity(time * (Similarity.TEXT * text + Similarity.ENTITIES * entities
                + Similarity.PLACES * places + Similarity.EVENTS * events), time, text, entities, places, events);
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
     * (its words counted in the document frequencies meanwhile; afterwards they are as before), against the articles
     * assign compares it with. A copy of an assigned article, or the original of one, joins its story unscored
     * whatever this says. Null when no article is compared with it.
     */
    public Match explain(AnalyzedArticle analyzed, Map<String, String> corpusIdOf) {
        Features f = count(analyzed, corpusIdOf);
        try {
            Features best = null;
            Similarity top = null;
            for (Features other : candidates(f)) {
                Similarity s = similarity(f, other);
                if (top == null || s.score() > top.score()) {
                    top = s;
                    best = other;
                }
            }
            if (best == null) {
                return null;
            }
            Features other = best;
            Map<String, Double> weight = new HashMap<>();
            f.terms().forEach((t, w) -> {
                if (other.terms().containsKey(t)) {
                    weight.put(t, w * other.terms().get(t) * Math.pow(idf("t:" + t), 2));
                }
            });
            return new Match(best.article(), storyOf.get(best.article()), top, settings.threshold(),
                    weight.keySet().stream().sorted(Comparator.comparing((String t) -> -weight.get(t))
                            .thenComparing(Comparator.naturalOrder())).toList(),
                    rarestShared(f.entities(), other.entities(), "e:"), rarestShared(f.places(), other.places(), "p:"));
        } finally {
            tally(f, -1);
        }
    }

    private List<String> rarestShared(Set<String> a, Set<String> b, String kind) {
        return a.stream().filter(b::contains).sorted(Comparator.comparing((String x) -> -idf(kind + x))
                .thenComparing(Comparator.naturalOrder())).toList();
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

    private double idf(String key) {
        return Math.log((seen + 1.0) / (df.getOrDefault(key, 0) + 1.0)) + 1;
    }

    private double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double w = e.getValue() * idf("t:" + e.getKey());
            na += w * w;
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += w * other * idf("t:" + e.getKey());
            }
        }
        for (Map.Entry<String, Double> e : b.entrySet()) {
            double w = e.getValue() * idf("t:" + e.getKey());
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private double overlap(Set<String> a, Set<String> b, String kind) {
        double common = 0;
        double union = 0;
        for (String x : a) {
            double w = idf(kind + x);
            union += w;
            if (b.contains(x)) {
                common += w;
            }
        }
        for (String x : b) {
            if (!a.contains(x)) {
                union += idf(kind + x);
            }
        }
        return union == 0 ? 0 : common / union;
    }

    private static Features features(AnalyzedArticle analyzed, Map<String, String> corpusIdOf) {
        Article article = analyzed.article();
        LocalDate day = article.referenceDay();
        Map<String, Integer> counts = new HashMap<>();
        String title = article.title() == null ? "" : article.title();
        for (String text : new String[] {title, title, article.text()}) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = NameKey.fold(m.group());
                if (w.length() > 2 && !STOP.contains(w)) {
                    counts.merge(Stems.of(w), 1, Integer::sum);
                }
            }
        }
        Map<String, Double> terms = new HashMap<>();
        counts.forEach((w, n) -> terms.put(w, 1 + Math.log(n)));
        Set<String> entities = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Actor actor : analyzed.actors()) {
            if (actor.type() == ActorType.LOCATION || actor.type() == ActorType.COUNTRY) {
                places.add(String.join(" ", NameKey.words(actor.name())));
            } else {
                entities.add(corpusIdOf.getOrDefault(actor.id(), actor.id()));
            }
        }
        if (article.dateline() != null && article.dateline().place() != null) {
            places.add(String.join(" ", NameKey.words(article.dateline().place())));
        }
        Set<String> events = new LinkedHashSet<>();
        for (Event e : analyzed.events()) {
            String source = partyKey(e.source(), corpusIdOf);
            String target = partyKey(e.target(), corpusIdOf);
            if (source != null || target != null) {
                List<String> pair = new ArrayList<>(Arrays.asList(source, target));
                pair.sort(Comparator.nullsLast(Comparator.naturalOrder()));
                events.add(e.event() + "|" + pair.get(0) + "|" + pair.get(1));
            }
        }
        return new Features(article.id(), day, terms, entities, places, events);
    }

    private static String partyKey(Party p, Map<String, String> corpusIdOf) {
        if (p == null) {
            return null;
        }
        return p.actor() != null ? corpusIdOf.getOrDefault(p.actor(), p.actor()) : p.country();
    }
}
