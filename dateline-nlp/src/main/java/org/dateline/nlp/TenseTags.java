package org.dateline.nlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expression;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.GenericTimeExpressionPatterns;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;

import java.lang.reflect.Field;
import java.util.List;

/**
 * The tense marks SUTime leaves on its shared constants, cleared before each document. SUTime's last rules tag the
 * value of a time next to a past or future verb with {@code resolveTo} ({@code VTag(..., "resolveTo", RESOLVE_TO_PAST)}),
 * and for a bare weekday or month that value is the constant of its rule environment ({@code TUESDAY}), shared by every
 * later sentence: after "was launched on Tuesday" in one article, a "Tuesday before" with no verb beside it in the next
 * article resolved to the past Tuesday rather than the nearest one. SUTime offers no way to reach its environment, so
 * it is found through the private fields of the {@code ner} annotator (CoreNLP 4.5).
 */
final class TenseTags {
    private static final String TAG = "resolveTo";
    /** The environment whose constants are cleared; null for a {@code ner} that runs without SUTime. */
    private final Env env;

    /** Nothing to clear: a pipeline without {@code ner}. */
    static final TenseTags NONE = new TenseTags(null);

    private TenseTags(Env env) {
        this.env = env;
    }

    /** The tense marks of the SUTime that {@code ner} runs (none to clear if it runs none). */
    static TenseTags of(NERCombinerAnnotator ner) {
        NERClassifierCombiner combiner = field(ner, NERCombinerAnnotator.class, "ner");
        if (!combiner.usesSUTime()) {
            return NONE;
        }
        NumberSequenceClassifier numbers = field(combiner, NERClassifierCombiner.class, "nsc");
        TimeExpressionExtractorImpl extractor = field(numbers, NumberSequenceClassifier.class, "timexExtractor");
        GenericTimeExpressionPatterns patterns = field(extractor, TimeExpressionExtractorImpl.class, "timexPatterns");
        return new TenseTags(field(patterns, GenericTimeExpressionPatterns.class, "env"));
    }

    /** Removes the tense mark from every constant of the environment, as SUTime has them before its first sentence. */
    void clear() {
        if (env == null) {
            return;
        }
        for (Object variable : List.copyOf(env.getVariables().values())) {
            Tags tags = variable instanceof Expression expression ? expression.getTags() : null;
            if (tags != null && tags.hasTag(TAG)) {
                tags.removeTag(TAG);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object owner, Class<?> declaring, String name) {
        try {
            Field field = declaring.getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's " + declaring.getSimpleName() + "." + name
                    + " is not where TenseTags expects it: check it against this CoreNLP version", e);
        }
    }
}
