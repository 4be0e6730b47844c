package org.dateline.model;

import java.util.List;

/**
 * What someone said, with the span of the article that carries it.
 *
 * @param text      what was said, without the enclosing quotation marks; {@code articleText.substring(start, end)}
 * @param date      when it was said (TIMEX3 value), or null
 * @param dateBasis what {@code date} rests on, or null when there is no date
 * @param fact      the id of the first report of the same statement across articles (this quote's own id when it
 *                  is the first), or null before the corpus stage linked the articles
 * @param outlets   every outlet that carried the article's text, its copies included (sorted), or null before
 *                  the corpus stage linked the articles
 */
public record Quote(String id, String article, Speaker speaker, QuoteKind kind, String cue, String text,
                    int start, int end, String date, DateBasis dateBasis, String fact, List<String> outlets) {
    public Quote {
        outlets = outlets == null ? null : List.copyOf(outlets);
    }

    /** A quote of one article, not linked across articles yet: its {@code fact} and {@code outlets} are unknown. */
    public Quote(String id, String article, Speaker speaker, QuoteKind kind, String cue, String text,
                 int start, int end, String date, DateBasis dateBasis) {
        this(id, article, speaker, kind, cue, text, start, end, date, dateBasis, null, null);
    }

    /** This quote attributed to {@code other}. */
    public Quote withSpeaker(Speaker other) {
        return new Quote(id, article, other, kind, cue, text, start, end, date, dateBasis, fact, outlets);
    }

    /** This quote as a report of {@code otherFact}, carried by {@code otherOutlets}. */
    public Quote withFact(String otherFact, List<String> otherOutlets) {
        return new Quote(id, article, speaker, kind, cue, text, start, end, date, dateBasis, otherFact, otherOutlets);
    }
}
