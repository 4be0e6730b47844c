package org.dateline.model;

import java.util.List;

/**
 * Who did what to whom, when and where, coded in PLOVER, with the evidence span.
 *
 * @param target     the recipient, or null for an event without one
 * @param event      PLOVER event type
 * @param mode       PLOVER mode, or null
 * @param cameo      CAMEO code where one fits, or null
 * @param date       TIMEX3 value of when it happened, or null
 * @param dateBasis  what {@code date} rests on, or null when there is no date
 * @param place      where it happened, as written, or null
 * @param text       the evidence: {@code articleText.substring(start, end)}
 * @param confidence the chance that a careful reader judges the event real, of the right type and with the right
 *                   source, from 0 to 1, calibrated on judged events from the signals in {@code signals}
 * @param reciprocal both sides act together ("A and B agreed", "A and B held talks"): the source and the
 *                   target are the first and the second of a coordinated subject, and the event is as much
 *                   the target's as the source's
 * @param fact       the id of the first report of the same event across articles (this event's own id when it is
 *                   the first), or null before the corpus stage linked the articles
 * @param outlets    every outlet that carried the article's text, its copies included (sorted), or null before
 *                   the corpus stage linked the articles
 * @param signals    what {@code confidence} rests on ("type:ASSAULT", "target:none", ...), empty when unknown
 */
public record Event(String id, String article, Party source, Party target, EventType event, String mode,
                    String cameo, String date, DateBasis dateBasis, String place, String text, int start, int end,
                    double confidence, boolean reciprocal, String fact, List<String> outlets,
                    List<String> signals) {
    public Event {
        outlets = outlets == null ? null : List.copyOf(outlets);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /**
     * An event of one article with the signals its confidence rests on, not linked across articles yet: its
     * {@code fact} and {@code outlets} are unknown.
     */
    public Event(String id, String article, Party source, Party target, EventType event, String mode, String cameo,
                 String date, DateBasis dateBasis, String place, String text, int start, int end, double confidence,
                 boolean reciprocal, List<String> signals) {
        this(id, article, source, target, event, mode, cameo, date, dateBasis, place, text, start, end, confidence,
                reciprocal, null, null, signals);
    }

    /** An event of one article, not linked across articles yet: its {@code fact} and {@code outlets} are unknown. */
    public Event(String id, String article, Party source, Party target, EventType event, String mode, String cameo,
                 String date, DateBasis dateBasis, String place, String text, int start, int end, double confidence,
                 boolean reciprocal) {
        this(id, article, source, target, event, mode, cameo, date, dateBasis, place, text, start, end, confidence,
                reciprocal, List.of());
    }

    /** An event with a source acting on a target (not reciprocal), not linked across articles yet. */
    public Event(String id, String article, Party source, Party target, EventType event, String mode, String cameo,
                 String date, DateBasis dateBasis, String place, String text, int start, int end, double confidence) {
        this(id, article, source, target, event, mode, cameo, date, dateBasis, place, text, start, end, confidence,
                false);
    }

    /** This event between {@code otherSource} and {@code otherTarget}. */
    public Event withParties(Party otherSource, Party otherTarget) {
        return new Event(id, article, otherSource, otherTarget, event, mode, cameo, date, dateBasis, place, text, start,
                end, confidence, reciprocal, fact, outlets, signals);
    }

    /** This event as a report of {@code otherFact}, carried by {@code otherOutlets}. */
    public Event withFact(String otherFact, List<String> otherOutlets) {
        return new Event(id, article, source, target, event, mode, cameo, date, dateBasis, place, text, start, end,
                confidence, reciprocal, otherFact, otherOutlets, signals);
    }
}
