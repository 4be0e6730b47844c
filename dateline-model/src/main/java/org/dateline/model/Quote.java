package org.dateline.model;

/**
 * What someone said, with the span of the article that carries it.
 *
 * @param text  what was said, without the enclosing quotation marks; {@code articleText.substring(start, end)}
 * @param date      when it was said (TIMEX3 value), or null
 * @param dateBasis what {@code date} rests on, or null when there is no date
 */
public record Quote(String id, String article, Speaker speaker, QuoteKind kind, String cue, String text,
                    int start, int end, String date, DateBasis dateBasis) {
    /** This quote attributed to {@code other}. */
    public Quote withSpeaker(Speaker other) {
        return new Quote(id, article, other, kind, cue, text, start, end, date, dateBasis);
    }
}
