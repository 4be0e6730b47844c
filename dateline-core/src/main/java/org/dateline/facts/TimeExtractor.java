package org.dateline.facts;

import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every temporal expression of an annotated text, normalised to TIMEX3 values. SUTime finds the
 * expressions ({@link TimexFinder} adds the few its tokenizer hides); the {@link TimexRule}s then bring
 * extents and values to TimeML conventions and resolve what SUTime resolves differently (weekdays by
 * the tense of their clause, months without a year to the nearest one, "two years ago" at year
 * granularity, ...). Nothing is resolved against today's date. Stateless and thread-safe.
 */
public final class TimeExtractor {
    /**
     * Every temporal expression of the text, in text order, its value resolved against {@code reference}
     * (the publication date; null: unknown, unresolvable parts stay {@code X}).
     */
    public List<TimeMention> extract(String articleId, Annotation annotation, LocalDate reference) {
        return extract(articleId, annotation, reference, null);
    }

    /**
     * {@link #extract(String, Annotation, LocalDate)} for an article whose publication stamp is {@code published}
     * (an ISO date or date-time, or null): its time of day decides the day of clock times ("10pm BST" written
     * before midnight UTC) and of a weekday named the evening before.
     */
    public List<TimeMention> extract(String articleId, Annotation annotation, LocalDate reference, String published) {
        TimexContext ctx = new TimexContext(annotation, reference,
                reference == null ? null : PublicationTime.of(published).orElse(null));
        List<TimeMention> candidates = new ArrayList<>();
        for (Timex t : annotation.timexes()) {
            candidates.add(new TimeMention(articleId, t.text(), t.type(), t.value(), t.start(), t.end()));
        }
        candidates = TimexFinder.withYearRangesSplit(articleId, annotation.text(), candidates);
        candidates = TimexFinder.withDottedClockTimes(articleId, annotation.text(), candidates, reference);
        candidates.addAll(TimexFinder.missed(articleId, annotation.text(), candidates, reference));
        candidates.sort(Comparator.comparingInt(TimeMention::start));
        List<TimeMention> out = new ArrayList<>();
        for (TimeMention candidate : candidates) {
            Optional<TimeMention> m = Optional.of(candidate);
            for (TimexRule rule : TimexRule.values()) {
                m = m.flatMap(x -> rule.apply(x, ctx));
            }
            m.ifPresent(out::add);
        }
        return out;
    }
}
