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
import java.util.IdentityHashMap;
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

    /** {@code quotes} in the order of {@code byArticle}, grouped by statement; each group's first stands for it. */
    static List<List<Quote>> quotes(List<Quote> quotes, Comparator<String> byArticle) {
        List<Quote> sorted = quotes.stream().sorted(Comparator.comparing(Quote::article, byArticle)
                .thenComparingInt(Quote::start)).toList();
        // by identity: a quote's hash code is its record's, every field of it hashed on each look-up
        Map<Quote, Set<String>> words = new IdentityHashMap<>();
        sorted.forEach(q -> words.put(q, contentWords(q.text())));
        List<List<Quote>> groups = new ArrayList<>();
        Map<String, List<List<Quote>>> bySpeaker = new HashMap<>();
        for (Quote q : sorted) {
            List<List<Quote>> own = bySpeaker.computeIfAbsent(speakerKey(q.speaker()), k -> new ArrayList<>());
            List<Quote> home = statementOf(own, words.get(q), words);
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
                own.add(home);
            }
            home.add(q);
        }
        return groups;
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

    /** The first of {@code groups} with a quote of the statement whose content words are {@code mine}; null if none. */
    private static List<Quote> statementOf(List<List<Quote>> groups, Set<String> mine, Map<Quote, Set<String>> words) {
        for (List<Quote> group : groups) {
            for (Quote other : group) {
                if (sameStatement(words.get(other), mine)) {
                    return group;
                }
            }
        }
        return null;
    }

    /**
     * Whether two quotes' content words overlap by at least {@link #SAME_QUOTE}. The overlap is at most the smaller
     * set's size over the larger's, so sets far apart in size are told apart without comparing their words.
     */
    private static boolean sameStatement(Set<String> a, Set<String> b) {
        return Math.min(a.size(), b.size()) >= SAME_QUOTE * Math.max(a.size(), b.size()) && jaccard(a, b) >= SAME_QUOTE;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> fewer = a.size() <= b.size() ? a : b;
        Set<String> more = fewer == a ? b : a;
        int common = 0;
        for (String word : fewer) {
            common += more.contains(word) ? 1 : 0;
        }
        return common / (double) (a.size() + b.size() - common);
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
