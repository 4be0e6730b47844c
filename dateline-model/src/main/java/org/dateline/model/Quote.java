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
 * @param confidence the chance that a careful reader judges it reported speech with the right speaker, from 0 to 1,
 *                   calibrated on judged quotes from the signals in {@code signals}; null when unknown (a quote
 *                   not made by the extractor, or read from output written before quotes had one)
 * @param signals    what {@code confidence} rests on ("cue:verb", "speaker:pronoun", ...), empty when unknown
 */
public record Quote(String id, String article, Speaker speaker, QuoteKind kind, String cue, String text,
                    int start, int end, String date, DateBasis dateBasis, String fact, List<String> outlets,
                    Double confidence, List<String> signals) {
    public Quote {
        outlets = outlets == null ? null : List.copyOf(outlets);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /**
     * A quote of one article, not linked across articles yet (its {@code fact} and {@code outlets} are unknown),
     * without a confidence.
     */
    public Quote(String id, String article, Speaker speaker, QuoteKind kind, String cue, String text,
                 int start, int end, String date, DateBasis dateBasis) {
        this(id, article, speaker, kind, cue, text, start, end, date, dateBasis, null, null, null, List.of());
    }

    /** This quote attributed to {@code other}. */
    public Quote withSpeaker(Speaker other) {
        return new Quote(id, article, other, kind, cue, text, start, end, date, dateBasis, fact, outlets,
                confidence, signals);
    }

    /** This quote as a report of {@code otherFact}, carried by {@code otherOutlets}. */
    public Quote withFact(String otherFact, List<String> otherOutlets) {
        return new Quote(id, article, speaker, kind, cue, text, start, end, date, dateBasis, otherFact, otherOutlets,
                confidence, signals);
    }

    /** Whether its confidence is at least {@code least}; a quote without one (unknown) always is. */
    public boolean atLeast(double least) {
        return confidence == null || confidence >= least;
    }
}
