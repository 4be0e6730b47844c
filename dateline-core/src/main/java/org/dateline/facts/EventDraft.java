package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Ids;
import org.dateline.model.Party;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Sentence;

import java.util.BitSet;
import java.util.List;

/**
 * An event of one sentence before its date, place and evidence offsets are fixed.
 *
 * @param tokens  the tokens of its evidence: the trigger's clause and the words of its parties
 * @param trigger    the trigger's token
 * @param background whether its clause tells background ({@link ClauseSyntax#background}), which the
 *                   publication day does not date
 */
record EventDraft(Party source, Party target, EventType event, String mode, String cameo, BitSet tokens,
                  int trigger, double confidence, boolean reciprocal, boolean background) {
    EventDraft withConfidence(double c) {
        return new EventDraft(source, target, event, mode, cameo, tokens, trigger, c, reciprocal, background);
    }

    /**
     * The event, its evidence running from the first to the last of its tokens (without trailing punctuation), its
     * date that of the nearest time expression in the sentence ({@link FactDate}), its place by
     * {@link EventPlace}, and its id a hash of the article, the evidence offsets, the type and the parties' names.
     */
    Event toEvent(Article article, Annotation annotation, Sentence s, List<TimeMention> times) {
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
        FactDate date = FactDate.of(article, stated, background);
        String place = EventPlace.of(article, annotation, s, stated == null ? null : stated.value());
        String id = Ids.of(article.id() + "|" + start + "|" + end + "|" + event + "|" + source.name() + "|"
                + (target == null ? "" : target.name()));
        return new Event(id, article.id(), source, target, event, mode, cameo, date.value(), date.basis(), place,
                text, start, end, Math.round(confidence * 1000) / 1000.0, reciprocal);
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
