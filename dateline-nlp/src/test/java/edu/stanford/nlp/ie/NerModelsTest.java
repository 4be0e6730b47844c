package edu.stanford.nlp.ie;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An annotator built without a model, given another's, tags as that one: the same model object, the same tags. */
class NerModelsTest {
    private static final String TEXT = "Ana Dressel, the foreign minister of Velmar, met envoys of the United Nations "
            + "in Port Aric on Tuesday. Nobody else came.";
    private static StanfordCoreNLP tokenizer;
    private static NERCombinerAnnotator withModel;

    @BeforeAll
    static void load() throws IOException {
        Properties tokenizing = new Properties();
        tokenizing.setProperty("annotators", "tokenize,ssplit");
        tokenizer = new StanfordCoreNLP(tokenizing);
        withModel = new NERCombinerAnnotator(properties("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"));
    }

    @Test
    void aModellessAnnotatorRunsTheSharedModelAndTagsTheSame() throws Exception {
        NERCombinerAnnotator modelless = new NERCombinerAnnotator(properties(""));
        assertThat(NerModels.of(modelless)).isEmpty();
        assertThat(tags(modelless)).as("no model, no names").containsOnly("O");

        NerModels.share(withModel, modelless);

        assertThat(NerModels.of(modelless)).hasSize(1);
        assertThat(NerModels.of(modelless).get(0)).isSameAs(NerModels.of(withModel).get(0));
        List<String> shared = tags(modelless);
        assertThat(shared).isEqualTo(tags(withModel)).contains("PERSON", "LOCATION", "ORGANIZATION");
    }

    @Test
    void anAnnotatorWithAModelOfItsOwnIsRefused() {
        assertThatThrownBy(() -> NerModels.share(withModel, withModel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model of its own");
    }

    private static Properties properties(String model) {
        Properties properties = new Properties();
        properties.setProperty("ner.model", model);
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.buildEntityMentions", "false");
        return properties;
    }

    private static List<String> tags(NERCombinerAnnotator annotator) {
        Annotation annotation = new Annotation(TEXT);
        tokenizer.annotate(annotation);
        annotator.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::ner).toList();
    }
}
