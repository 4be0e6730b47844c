package org.dateline.corpus;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.IsoDay;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.Speaker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Quotes and events of different articles that report one fact. Two quotes are one statement when they have
 * the same speaker (actor id, else canonical name) and their content words overlap by at least
 * {@link #SAME_QUOTE} (Jaccard); two events are one event when they have the same type, the same source and
 * target (actor id, else the words) and the same calendar day; an event without a source or a full day is a
 * fact of its own, as nothing tells it apart from other such events. Facts are taken in
 * the order of their articles (oldest first, by reference day, then id) and of their place in the article;
 * the first report of a fact stands for it. Give quotes and events with corpus actor ids
 * (as {@link Corpus#link()} does) so that one person in two articles is one speaker.
 */
public final class SameFacts {
    /** Minimum Jaccard overlap of two quotes' content words for them to be one statement. */
    public static final double SAME_QUOTE = 0.5;

    private SameFacts() {
    }

    /** The order facts are taken in: by article (oldest first), then by offset. */
    static Comparator<String> articleOrder(List<Article> articles) {
        Map<String, Integer> order = new HashMap<>();
        articles.stream().sorted(Comparator.comparing(Article::referenceDay, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Article::id)).forEach(a -> order.put(a.id(), order.size()));
        return Comparator.comparing(id -> order.getOrDefault(id, Integer.MAX_VALUE));
    }

    /**
     * {@code quotes} in the order of {@code byArticle}, grouped by statement; each group's first stands for it. A quote
     * joins the first statement of its speaker that has a quote sharing {@link #SAME_QUOTE} of its content words.
     * Only quotes that share a word of their <em>prefix</em> (their rarest words in this corpus, as many as can be
     * missing from an overlap of that size) are compared: two sets of words that overlap by at least {@link
     * #SAME_QUOTE} share one (prefix filtering), so the groups are those of comparing every pair, at a cost that
     * does not grow with the square of a speaker's quotes (all quotes without a speaker share one key).
     */
    static List<List<Quote>> quotes(List<Quote> quotes, Comparator<String> byArticle) {
        List<Quote> sorted = quotes.stream().sorted(Comparator.comparing(Quote::article, byArticle)
                .thenComparingInt(Quote::start)).toList();
        int[][] words = rarestFirst(sorted.stream().map(q -> contentWords(q.text())).toList());
        // each quote's statement among its speaker's, and the last quote whose candidates it was, by place in sorted
        int[] statement = new int[sorted.size()];
        int[] probed = new int[sorted.size()];
        Arrays.fill(probed, -1);
        List<List<Quote>> groups = new ArrayList<>();
        Map<String, Statements> bySpeaker = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Statements own = bySpeaker.computeIfAbsent(speakerKey(sorted.get(i).speaker()), k -> new Statements());
            int home = own.statementOf(i, words, statement, probed);
            if (home < 0) {
                home = own.groups.size();
                own.groups.add(new ArrayList<>());
                groups.add(own.groups.get(home));
            }
            statement[i] = home;
            own.add(i, sorted.get(i), home, words[i]);
        }
        return groups;
    }

    /**
     * How many of a quote's rarest words two quotes overlapping by {@link #SAME_QUOTE} cannot both miss: a set of
     * {@code size} words loses at most {@code size - ceil(SAME_QUOTE * size)} of an overlap that large.
     */
    private static int prefixLength(int size) {
        return size - (int) Math.ceil(SAME_QUOTE * size) + 1;
    }

    /**
     * Each set of words as the words' ranks, ascending: a word's rank is its place in the order of how many of the
     * sets have it, fewest first, ties alphabetically.
     */
    private static int[][] rarestFirst(List<Set<String>> words) {
        Map<String, Integer> setsWith = new HashMap<>();
        words.forEach(set -> set.forEach(w -> setsWith.merge(w, 1, Integer::sum)));
        Map<String, Integer> rank = new HashMap<>();
        setsWith.keySet().stream().sorted(Comparator.comparing((String w) -> setsWith.get(w))
                .thenComparing(Comparator.naturalOrder())).forEach(w -> rank.put(w, rank.size()));
        return words.stream().map(set -> set.stream().mapToInt(rank::get).sorted().toArray()).toArray(int[][]::new);
    }

    /** One speaker's statements, with each of its quotes listed under the words of its prefix. */
    private static final class Statements {
        final List<List<Quote>> groups = new ArrayList<>();
        /** By the rank of a prefix word, the quotes (their places in the sorted list) listed under it. */
        final Map<Integer, Places> postings = new HashMap<>();
        /** The first statement with a quote of no content words (they are one statement with each other only). */
        int wordless = -1;

        /**
         * The first statement with a quote sharing {@link #SAME_QUOTE} of quote {@code i}'s content words; -1 if none.
         * {@code words}, {@code statement} and {@code probed} are by place in the sorted list: each quote's words, its
         * statement, and the last quote it was a candidate for (updated here).
         */
        int statementOf(int i, int[][] words, int[] statement, int[] probed) {
            int[] mine = words[i];
            if (mine.length == 0) {
                return wordless;
            }
            int first = Integer.MAX_VALUE;
            for (int p = 0; p < prefixLength(mine.length); p++) {
                Places listed = postings.get(mine[p]);
                for (int k = 0; listed != null && k < listed.size; k++) {
                    int other = listed.places[k];
                    if (probed[other] != i && statement[other] < first && sameStatement(words[other], mine)) {
                        first = statement[other];
                    }
                    probed[other] = i;
                }
            }
            return first == Integer.MAX_VALUE ? -1 : first;
        }

        void add(int i, Quote quote, int group, int[] words) {
            groups.get(group).add(quote);
            if (words.length == 0 && wordless < 0) {
                wordless = group;
            }
            for (int p = 0; p < prefixLength(words.length) && p < words.length; p++) {
                postings.computeIfAbsent(words[p], k -> new Places()).add(i);
            }
        }
    }

    /** A growing list of places in the sorted list. */
    private static final class Places {
        int[] places = new int[2];
        int size;

        void add(int place) {
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
            }
            places[size++] = place;
        }
    }

    /** {@code events} in the order of {@code byArticle}, grouped by event; each group's first stands for it. */
    static List<List<Event>> events(List<Event> events, Comparator<String> byArticle) {
        Map<List<String>, List<Event>> same = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(Event::article, byArticle).thenComparingInt(Event::start))
                .forEach(e -> same.computeIfAbsent(identifiable(e) ? Arrays.asList(String.valueOf(e.event()), partyKey(e.source()),
                        partyKey(e.target()), e.date()) : List.of(e.id()), k -> new ArrayList<>()).add(e));
        return new ArrayList<>(same.values());
    }

    /**
     * An event with a known source and a full calendar day can be recognised in another article; "someone attacked
     * people", or an agreement "in 2016", cannot.
     */
    private static boolean identifiable(Event e) {
        return IsoDay.of(e.date()) != null && e.source() != null
                && (e.source().actor() != null || e.source().name() != null);
    }

    /** The id of the first report of the fact each quote and event reports, by quote or event id. */
    public static Map<String, String> factOf(List<Article> articles, List<Quote> quotes, List<Event> events) {
        Comparator<String> byArticle = articleOrder(articles);
        Map<String, String> out = new HashMap<>();
        quotes(quotes, byArticle).forEach(g -> g.forEach(q -> out.put(q.id(), g.get(0).id())));
        events(events, byArticle).forEach(g -> g.forEach(e -> out.put(e.id(), g.get(0).id())));
        return out;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        Terms.words(text == null ? "" : text).stream().filter(Terms::content).forEach(words::add);
        return words;
    }

    /**
     * Whether two quotes' content words (sorted ranks) overlap by at least {@link #SAME_QUOTE}. The overlap is at most
     * the smaller set's size over the larger's, so sets far apart in size are told apart without comparing their words.
     */
    private static boolean sameStatement(int[] a, int[] b) {
        return Math.min(a.length, b.length) >= SAME_QUOTE * Math.max(a.length, b.length)
                && Fingerprint.jaccard(a, b) >= SAME_QUOTE;
    }

    private static String speakerKey(Speaker s) {
        if (s == null) {
            return "?";
        }
        return s.actor() != null ? s.actor() : s.name() != null ? "name:" + s.name().toLowerCase(Locale.ROOT) : "?";
    }

    private static String partyKey(Party p) {
        if (p == null) {
            return "";
        }
        return p.actor() != null ? p.actor() : "name:" + Objects.toString(p.name(), "").toLowerCase(Locale.ROOT);
    }
}
