package org.dateline.nlp;

import edu.stanford.nlp.ie.NerModels;
import edu.stanford.nlp.ie.crf.LeanFeatureIndex;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's {@code ner} annotator run only where it can tag something. SUTime and the numeric classifiers run on the
 * sentences {@link TimeGate} keeps; of the others, those {@link NameGate} keeps get the named-entity model alone,
 * which is all those classifiers would have left on them, and the rest get {@code O} on every token without running
 * the model. Entity mentions are then built over the whole document, as the plain annotator builds them. The name
 * model is loaded once, both annotators running it ({@link NerModels#share}); its feature look-ups go through
 * {@link LeanFeatureIndex}.
 */
final class GatedNer implements edu.stanford.nlp.pipeline.Annotator {
    private static final String OUTSIDE = "O";
    /** The annotator that runs SUTime. */
    final NERCombinerAnnotator withTimes;
    private final NERCombinerAnnotator namesOnly;
    private final EntityMentionsAnnotator mentions;

    /** @param properties the pipeline's properties; their {@code ner.*} options apply to both annotators */
    GatedNer(Properties properties) {
        Properties tagging = new Properties();
        tagging.putAll(properties);
        tagging.setProperty("ner.buildEntityMentions", "false");
        Properties names = new Properties();
        names.putAll(tagging);
        names.setProperty("ner.applyNumericClassifiers", "false");
        names.setProperty("ner.useSUTime", "false");
        names.setProperty("ner.model", "");
        this.withTimes = combiner(tagging);
        this.namesOnly = combiner(names);
        NerModels.share(withTimes, namesOnly);
        LeanFeatureIndex.install(this.withTimes);
        String prefix = "ner.entitymentions";
        this.mentions = new EntityMentionsAnnotator(prefix,
                PropertiesUtils.extractPrefixedProperties(properties, prefix + ".", true));
    }

    private static NERCombinerAnnotator combiner(Properties properties) {
        try {
            return new NERCombinerAnnotator(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void annotate(Annotation document) {
        List<CoreMap> timed = new ArrayList<>();
        List<CoreMap> named = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (mayHoldTime(tokens)) {
                timed.add(sentence);
            } else if (NameGate.mayHoldName(tokens, CoreLabel::word, CoreLabel::tag)) {
                named.add(sentence);
            } else {
                tokens.forEach(token -> token.setNER(OUTSIDE));
            }
        }
        withTimes.annotate(view(document, timed));
        namesOnly.annotate(view(document, named));
        mentions.annotate(document);
    }

    private static boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if (TimeGate.mayBeTemporal(token.word(), token.tag())) {
                return true;
            }
        }
        return false;
    }


    /** The document with only {@code sentences}; tokens are shared, so tags set through it land in the document. */
    private static Annotation view(Annotation document, List<CoreMap> sentences) {
        Annotation view = new Annotation(document);
        view.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return view;
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return withTimes.requires();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return withTimes.requirementsSatisfied();
    }
}
