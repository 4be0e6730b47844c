package org.dateline.facts;

import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;

import java.time.LocalDate;
import java.util.List;

/** PLACEHOLDER: replaced by the times work. */
public final class TimeExtractor {
    /** Every temporal expression of the text, its value resolved against {@code reference} (null: unknown). */
    public List<TimeMention> extract(String articleId, Annotation annotation, LocalDate reference) {
        throw new UnsupportedOperationException("not built yet");
    }
}
