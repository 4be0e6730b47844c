package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.util.CoreMap;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

/**
 * CoreNLP's {@code pos} annotator tagging each sentence with {@link LeanSentence}: the same model, the same tags, less
 * work per word. This class lives in CoreNLP's package because the tagger's sentence scorer is package-private.
 */
public final class LeanTagger implements Annotator {
    private final Annotator stock;
    private final MaxentTagger tagger;
    private final TagHistories histories;
    private final int maxSentenceLength;
    private final boolean reuseTags;

    private LeanTagger(POSTaggerAnnotator stock) {
        this.stock = stock;
        this.tagger = (MaxentTagger) read(stock, "pos");
        this.histories = new TagHistories(tagger);
        this.maxSentenceLength = (Integer) read(stock, "maxSentenceLength");
        this.reuseTags = (Boolean) read(stock, "reuseTags");
    }

    /** {@code stock}'s tagging with its model, made lean. */
    public static LeanTagger of(POSTaggerAnnotator stock) {
        return new LeanTagger(stock);
    }

    /** Whether the tag histories' sums are kept (see {@link TagHistories}). */
    boolean keepsHistories() {
        return histories.keeps();
    }

    /** As CoreNLP's {@code POSTaggerAnnotator} annotates a sentence: its tags, or "X" on one longer than the limit. */
    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            throw new IllegalArgumentException("unable to find words/tokens in: " + annotation);
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<TaggedWord> tagged = tokens.size() <= maxSentenceLength
                    ? new LeanSentence(tagger, histories).tagSentence(tokens, reuseTags) : null;
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tagged == null ? "X" : tagged.get(i).tag());
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return stock.requires();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return stock.requirementsSatisfied();
    }

    private static Object read(POSTaggerAnnotator annotator, String name) {
        try {
            Field field = POSTaggerAnnotator.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(annotator);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's POSTaggerAnnotator has changed", e);
        }
    }
}
