package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.model.IsoDay;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Mention;
import org.dateline.nlp.Sentence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Where an event happened: a place its sentence names, else the dateline's place when the dates agree. */
final class EventPlace {
    /** Days between an event's stated date and the dateline's within which the event took place where the reporter was. */
    static final int DATELINE_DAYS = 3;

    private EventPlace() {
    }

    /**
     * The place named in sentence {@code s} after in/at/near/throughout/across ("in Baku"), else the dateline's
     * place when the event happened around the dateline's day (within {@value #DATELINE_DAYS} days, or undated):
     * an event dated elsewhere in time ("late last month") was not necessarily where the reporter was; else null.
     *
     * @param statedDate the value of the time expression that dates the event in its sentence, or null
     */
    static String of(Article article, Annotation annotation, Sentence s, String statedDate) {
        for (Mention m : annotation.mentions()) {
            if (m.sentence() == s.index() && PartyCoding.PLACE_TYPES.contains(m.type()) && m.firstToken() > 0
                    && PartyCoding.PLACE_CASES.contains(s.token(m.firstToken() - 1).word().toLowerCase(Locale.ROOT))) {
                return m.text();
            }
        }
        if (article.dateline() == null || statedDate == null || statedDate.equals(article.dateline().date())) {
            return article.dateline() == null ? null : article.dateline().place();
        }
        LocalDate day = IsoDay.of(statedDate);
        LocalDate datelineDay = IsoDay.of(article.dateline().date());
        boolean near = day != null && datelineDay != null
                && Math.abs(ChronoUnit.DAYS.between(day, datelineDay)) <= DATELINE_DAYS;
        return near ? article.dateline().place() : null;
    }
}
