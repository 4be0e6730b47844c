package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Ids;
import org.dateline.model.IsoDay;
import org.dateline.model.Party;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An event of one sentence before its date, place and evidence offsets are fixed.
 *
 * @param tokens  the tokens of its evidence: the trigger's clause and the words of its parties
 * @param trigger the trigger's token
 * @param signals what its confidence rests on ({@link EventConfidence})
 * @param telling how its clause tells it, which decides what may date it
 */
record EventDraft(Party source, Party target, EventType event, String mode, String cameo, BitSet tokens,
                  int trigger, List<String> signals, boolean reciprocal, ClauseSyntax.Telling telling) {
    /** A day named relative to the report: a weekday, "yesterday", "last night". */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night)\\b");
    /** How many days before its reference day a report's news may be. */
    private static final int NEWS_DAYS = 6;

    EventDraft {
        signals = List.copyOf(signals);
    }

    EventDraft withSignal(String signal) {
        List<String> more = new ArrayList<>(signals);
        more.add(signal);
        return new EventDraft(source, target, event, mode, cameo, tokens, trigger, more, reciprocal, telling);
    }

    /**
     * The event, its evidence running from the first to the last of its tokens (without trailing punctuation), its
     * date that of the nearest time expression in the sentence (for a clause told as background, in its evidence:
     * "the council, which has rejected the plan, met on Monday" does not date the rejection), else for a simple past the day of the sentence
     * before ({@link #previousDay}) or of the news the article reports ({@link #newsDay}), else what {@link FactDate} falls back on, its place by
     * {@link EventPlace}, and its id a hash of the article, the evidence offsets, the type and the parties' names.
     */
    Event toEvent(Article article, Annotation annotation, Sentence s, List<TimeMention> times, ArticleActors actors) {
        int first = tokens.nextSetBit(0);
        int last = tokens.length() - 1;
        while (last > first && s.token(last).pos().matches("[.,:]|``|''|-RRB-|-LRB-")) {
            last--;
        }
        int start = s.token(first).start();
        int end = s.token(last).end();
        String text = annotation.text().substring(start, end);
        int at = s.token(trigger).start();
        TimeMention stated = statedTime(s, times, at, annotation.text());
        if (stated != null && telling == ClauseSyntax.Telling.BACKGROUND && (stated.start() < s.token(first).start()
                || stated.end() > s.token(last).end())) {
            stated = null;
        }
        TimeMention before = stated == null && telling == ClauseSyntax.Telling.PAST
                ? previousDay(article, annotation, s, times, actors) : null;
        if (stated == null && before == null && telling == ClauseSyntax.Telling.PAST) {
            before = newsDay(article, times, at);
        }
        FactDate date = FactDate.of(article, stated != null ? stated : before,
                telling == ClauseSyntax.Telling.BACKGROUND);
        String place = EventPlace.of(article, annotation, s, stated == null ? null : stated.value());
        String id = Ids.of(article.id() + "|" + start + "|" + end + "|" + event + "|" + source.name() + "|"
                + (target == null ? "" : target.name()));
        return new Event(id, article.id(), source, target, event, mode, cameo, date.value(), date.basis(), place,
                text, start, end, EventConfidence.of(signals), reciprocal, signals);
    }

    /**
     * The day the sentence before {@code s} names, when it tells the same happening: it is in the same paragraph,
     * states exactly one time, a day not after the article's reference day, and names this event's source or
     * target ("Police arrested Ana Ruiz on Friday. Ruiz was charged with fraud."); else null.
     */
    private TimeMention previousDay(Article article, Annotation annotation, Sentence s, List<TimeMention> times,
                                    ArticleActors actors) {
        if (s.index() == 0) {
            return null;
        }
        Sentence prev = annotation.sentences().get(s.index() - 1);
        if (annotation.text().substring(prev.end(), s.start()).indexOf('\n') >= 0) {
            return null;
        }
        List<TimeMention> stated = times.stream().filter(t -> t.start() >= prev.start() && t.end() <= prev.end())
                .toList();
        if (stated.size() != 1 || !FactDate.dates(stated.get(0), annotation.text())) {
            return null;
        }
        LocalDate day = IsoDay.of(stated.get(0).value());
        if (day == null || article.referenceDay() != null && day.isAfter(article.referenceDay())) {
            return null;
        }
        Set<String> named = new HashSet<>();
        for (int k = 0; k < prev.tokens().size(); k++) {
            actors.mentionAt(prev.index(), k).ifPresent(m -> named.add(m.actor()));
        }
        boolean same = source.actor() != null && named.contains(source.actor())
                || target != null && target.actor() != null && named.contains(target.actor());
        return same ? stated.get(0) : null;
    }

    /**
     * The day of the news the article reports, for a simple past stating no time: the last weekday, "yesterday" or
     * "last night" named in the text before {@code at} when it falls within the {@value #NEWS_DAYS} days before the
     * article's reference day. "Police arrested two men on Tuesday" in Wednesday's paper, then "officers also
     * arrested a woman": that is Tuesday's news, not Wednesday's. Null when there is none, or it is the reference
     * day itself.
     */
    private static TimeMention newsDay(Article article, List<TimeMention> times, int at) {
        LocalDate reference = article.referenceDay();
        TimeMention last = null;
        for (TimeMention t : times) {
            if (t.end() <= at && RELATIVE_DAY.matcher(t.text()).find() && (last == null || t.start() > last.start())) {
                last = t;
            }
        }
        LocalDate day = last == null ? null : IsoDay.of(last.value());
        boolean recent = day != null && reference != null && day.isBefore(reference)
                && !day.isBefore(reference.minusDays(NEWS_DAYS));
        return recent ? last : null;
    }

    /** The time expression of the sentence nearest the trigger that {@linkplain FactDate#dates dates} it, or null. */
    private static TimeMention statedTime(Sentence s, List<TimeMention> times, int at, String text) {
        TimeMention best = null;
        for (TimeMention t : times) {
            if (t.start() >= s.start() && t.end() <= s.end() && FactDate.dates(t, text)
                    && (best == null || Math.abs(t.start() - at) < Math.abs(best.start() - at))) {
                best = t;
            }
        }
        return best;
    }
}
