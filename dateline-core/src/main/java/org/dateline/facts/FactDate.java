package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.IsoDay;
import org.dateline.model.TimeMention;

import java.time.LocalDate;

/**
 * When a quote or event happened, and what that rests on. In order: the time expression stated in the
 * fact's sentence (chosen by the extractor), else the dateline's date when its year is known, else the
 * publication day, else a dateline date without a year ({@code XXXX-11-20}), else no date.
 */
record FactDate(String value, DateBasis basis) {
    private static final FactDate NONE = new FactDate(null, null);

    static FactDate of(Article article, TimeMention stated) {
        if (stated != null) {
            return new FactDate(stated.value(), DateBasis.SENTENCE);
        }
        String dateline = article.dateline() == null ? null : article.dateline().date();
        if (IsoDay.of(dateline) != null) {
            return new FactDate(dateline, DateBasis.DATELINE);
        }
        LocalDate published = IsoDay.of(article.published());
        if (published != null) {
            return new FactDate(published.toString(), DateBasis.PUBLISHED);
        }
        return dateline == null ? NONE : new FactDate(dateline, DateBasis.DATELINE);
    }

    /** Whether a time can date a fact: a calendar value ({@code 2019-12-02}, {@code 2019-W49}), not {@code PRESENT_REF} or a duration. */
    static boolean onCalendar(TimeMention t) {
        return t.value() != null && !t.value().isEmpty() && Character.isDigit(t.value().charAt(0));
    }
}
