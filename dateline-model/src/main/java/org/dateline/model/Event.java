package org.dateline.model;

/**
 * Who did what to whom, when and where, coded in PLOVER, with the evidence span.
 *
 * @param target     the recipient, or null for an event without one
 * @param event      PLOVER event type (CONSULT, AGREE, REQUEST, ACCUSE, ...)
 * @param mode       PLOVER mode, or null
 * @param cameo      CAMEO code where one fits, or null
 * @param date       TIMEX3 value of when it happened, or null
 * @param dateBasis  what {@code date} rests on, or null when there is no date
 * @param place      where it happened, as written, or null
 * @param text       the evidence: {@code articleText.substring(start, end)}
 * @param confidence from 0 to 1
 * @param reciprocal both sides act together ("A and B agreed", "A and B held talks"): the source and the
 *                   target are the first and the second of a coordinated subject, and the event is as much
 *                   the target's as the source's
 */
public record Event(String id, String article, Party source, Party target, String event, String mode,
                    String cameo, String date, DateBasis dateBasis, String place, String text, int start, int end,
                    double confidence, boolean reciprocal) {
    /** This event between {@code otherSource} and {@code otherTarget}. */
    public Event withParties(Party otherSource, Party otherTarget) {
        return new Event(id, article, otherSource, otherTarget, event, mode, cameo, date, dateBasis, place, text, start,
                end, confidence, reciprocal);
    }

    /** An event with a source acting on a target (not reciprocal). */
    public Event(String id, String article, Party source, Party target, String event, String mode, String cameo,
                 String date, DateBasis dateBasis, String place, String text, int start, int end, double confidence) {
        this(id, article, source, target, event, mode, cameo, date, dateBasis, place, text, start, end, confidence,
                false);
    }
}
