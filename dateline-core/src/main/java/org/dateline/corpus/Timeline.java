package org.dateline.corpus;

import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.Party;
import org.dateline.model.Quote;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dated statements and events of a corpus in order, per actor, per story and per thread, each with what its date
 * rests on. A fact is placed on the first day of its date's period ({@code 2019-11} on 1 November 2019,
 * {@code 2019-W49} on that week's Monday); a fact without a date, or with a date that has no year
 * ({@code XXXX-12-02}), is listed apart in {@link #undated()}.
 *
 * @param byActor  for every actor id a fact names (speaker, source or target), its dated entries, oldest first
 * @param byStory  for every story id, the dated entries of its articles, oldest first
 * @param byThread for every thread id, the dated entries of the articles of all its stories, oldest first
 * @param undated  the entries that cannot be placed, in input order
 */
public record Timeline(Map<String, List<Entry>> byActor, Map<String, List<Entry>> byStory,
                       Map<String, List<Entry>> byThread, List<Entry> undated) {
    public Timeline {
        byActor = Map.copyOf(byActor);
        byStory = Map.copyOf(byStory);
        byThread = Map.copyOf(byThread);
        undated = List.copyOf(undated);
    }

    public enum Kind { QUOTE, EVENT }

    /**
     * One quote or event on the timeline.
     *
     * @param date      the fact's TIMEX3 date as extracted, or null
     * @param day       the day it is placed on, or null when undated
     * @param actorIds  the actors it names: a quote's speaker, an event's source and target (unresolved left out)
     * @param story     the story of its article, or null
     * @param thread    the thread of its article, or null
     * @param summary   who did what, in a few words ("Ilsa Varnek said", "Ilsa Varnek CONSULT Tomas Brell")
     * @param text      the evidence: the article's text from {@code start} to {@code end}
     */
    public record Entry(String date, LocalDate day, DateBasis dateBasis, Kind kind, String id, String article,
                        List<String> actorIds, String story, String thread, String summary, String text, int start, int end) {
        public Entry {
            actorIds = List.copyOf(actorIds);
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::day)
            .thenComparing(Entry::article).thenComparingInt(Entry::start);
    private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-W(\\d{2}))?");

    /** The timeline of the facts of {@code articles} (a fact's story and thread are its article's). */
    public static Timeline of(List<Article> articles, List<Quote> quotes, List<Event> events) {
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<Entry> entries = Stream.concat(quotes.stream().map(q -> quote(q, byId.get(q.article()))),
                events.stream().map(e -> event(e, byId.get(e.article())))).toList();
        List<Entry> dated = entries.stream().filter(e -> e.day() != null).sorted(ORDER).toList();
        Map<String, List<Entry>> byActor = group(dated, Entry::actorIds);
        Map<String, List<Entry>> byStory = group(dated, e -> e.story() == null ? List.of() : List.of(e.story()));
        Map<String, List<Entry>> byThread = group(dated, e -> e.thread() == null ? List.of() : List.of(e.thread()));
        return new Timeline(byActor, byStory, byThread, entries.stream().filter(e -> e.day() == null).toList());
    }

    /**
     * The first day of a TIMEX3 calendar value's period ({@code 2019-12-02}, {@code 2019-12}, {@code 2019},
     * {@code 2019-W49}, {@code 2019-12-02T10:00}), or null for a value without a year or no value.
     */
    public static LocalDate firstDay(String timex) {
        Matcher m = timex == null ? null : CALENDAR.matcher(timex);
        if (m == null || !m.find()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(4) != null) {
                return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
                        .with(DayOfWeek.MONDAY);
            }
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Entry quote(Quote q, Article article) {
        String who = q.speaker() == null ? null
                : q.speaker().name() != null ? q.speaker().name() : q.speaker().mention();
        String summary = (who == null ? "someone" : who) + (q.cue() == null ? "" : " " + q.cue());
        List<String> actors = q.speaker() == null || q.speaker().actor() == null ? List.of()
                : List.of(q.speaker().actor());
        return new Entry(q.date(), firstDay(q.date()), q.dateBasis(), Kind.QUOTE, q.id(), q.article(), actors,
                article == null ? null : article.story(), article == null ? null : article.thread(), summary,
                q.text(), q.start(), q.end());
    }

    private static Entry event(Event e, Article article) {
        String summary = name(e.source()) + " " + e.event() + (e.target() == null ? "" : " " + name(e.target()));
        List<String> actors = Stream.of(e.source(), e.target())
                .filter(p -> p != null && p.actor() != null).map(Party::actor).distinct().toList();
        return new Entry(e.date(), firstDay(e.date()), e.dateBasis(), Kind.EVENT, e.id(), e.article(), actors,
                article == null ? null : article.story(), article == null ? null : article.thread(), summary,
                e.text(), e.start(), e.end());
    }

    private static String name(Party p) {
        return p == null || p.name() == null ? "someone" : p.name();
    }

    private static Map<String, List<Entry>> group(List<Entry> ordered, Function<Entry, List<String>> keys) {
        Map<String, List<Entry>> groups = new TreeMap<>();
        for (Entry e : ordered) {
            for (String key : keys.apply(e)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return groups;
    }
}
