package edu.stanford.nlp.ie;

import edu.stanford.nlp.pipeline.NERCombinerAnnotator;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistical models inside CoreNLP's {@code ner} annotator, which it keeps in private fields (read and written
 * through reflection, for CoreNLP 4.5): read, and handed to a second annotator built without a model, so that one model
 * in memory serves both.
 */
public final class NerModels {
    private NerModels() {
    }

    /** The models {@code annotator} runs, in its order; the list is the annotator's own. */
    public static List<?> of(NERCombinerAnnotator annotator) throws ReflectiveOperationException {
        return (List<?>) field(ClassifierCombiner.class, "baseClassifiers").get(combiner(annotator));
    }

    /**
     * Makes {@code modelless}, an annotator whose properties named no model ({@code ner.model} empty), run the models of
     * {@code from}: the same objects, not copies. CoreNLP's models tag from many threads at once, so sharing them is safe.
     *
     * @throws IllegalArgumentException where {@code modelless} has a model of its own
     * @throws IllegalStateException    where CoreNLP's classes are not those this was written for
     */
    public static void share(NERCombinerAnnotator from, NERCombinerAnnotator modelless) {
        try {
            if (!of(modelless).isEmpty()) {
                throw new IllegalArgumentException("the annotator to share with has a model of its own");
            }
            ClassifierCombiner<?> target = combiner(modelless);
            field(ClassifierCombiner.class, "baseClassifiers").set(target, new ArrayList<>(of(from)));
            target.flags.backgroundSymbol = combiner(from).flags.backgroundSymbol;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot share the name model between CoreNLP's ner annotators: " + e, e);
        }
    }

    private static ClassifierCombiner<?> combiner(NERCombinerAnnotator annotator) throws ReflectiveOperationException {
        return (ClassifierCombiner<?>) field(NERCombinerAnnotator.class, "ner").get(annotator);
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
