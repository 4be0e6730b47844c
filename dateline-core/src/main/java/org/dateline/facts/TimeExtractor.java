package org.dateline.facts;

import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every temporal expression of an annotated text, normalised to TIMEX3 values. */
public final class TimeExtractor {
    /** Every temporal expression of the text, its value resolved against {@code reference} (null: unknown). */
    public List<TimeMention> extract(String articleId, Annotation annotation, LocalDate reference) {
        List<TimeMention> out = new ArrayList<>();
        for (Timex t : annotation.timexes()) {
            out.add(new TimeMention(articleId, t.text(), t.type(), t.value(), t.start(), t.end()));
        }
        return out;
    }
}
