package edu.stanford.nlp.ie.crf;

import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.HashIndex;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprinted index answers as CoreNLP's: every feature its own index, every other string -1. */
class LeanFeatureIndexTest {

    @Test
    void answersAsTheHashIndexOnFeaturesAndOnOtherStrings() throws ReflectiveOperationException {
        HashIndex<String> own = new HashIndex<>();
        IntStream.range(0, 50_000).mapToObj(i -> "W-" + i + "|C").forEach(own::add);
        own.add("");
        own.add("SHAPE-Xxxx|C");
        own.add("W-Zürich|C");
        own.add("W-北京|C");
        own.add("W-" + "x".repeat(100_000) + "|C");
        LeanFeatureIndex lean = LeanFeatureIndex.of(own);
        assertThat(lean.fingerprinted()).isTrue();
        for (int i = 0; i < own.size(); i++) {
            assertThat(lean.indexOf(own.get(i))).isEqualTo(i);
        }
        IntStream.range(0, 50_000).mapToObj(i -> "W-" + i + "|CpC")
                .forEach(other -> assertThat(lean.indexOf(other)).as(other).isEqualTo(-1));
        assertThat(lean.indexOf("W-1|c")).isEqualTo(-1);
        assertThat(lean.indexOf("W-Zurich|C")).isEqualTo(-1);
        assertThat(lean.indexOf("W-" + "x".repeat(99_999) + "|C")).isEqualTo(-1);
        assertThat(lean.size()).isEqualTo(own.size());
        assertThat(lean.get(7)).isEqualTo("W-7|C");
    }

    @Test
    void theNameModelGetsItWithEveryFeatureFingerprintedApart() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.applyFineGrained", "false");
        properties.setProperty("ner.buildEntityMentions", "false");
        NERCombinerAnnotator annotator = new NERCombinerAnnotator(properties);
        List<?> models = (List<?>) read(ClassifierCombiner.class, "baseClassifiers",
                read(NERCombinerAnnotator.class, "ner", annotator));
        CRFClassifier<?> model = (CRFClassifier<?>) models.get(0);
        @SuppressWarnings("unchecked")
        HashIndex<String> own = (HashIndex<String>) model.featureIndex;

        assertThat(LeanFeatureIndex.install(annotator)).isTrue();
        assertThat(model.featureIndex).isInstanceOf(LeanFeatureIndex.class);
        LeanFeatureIndex lean = (LeanFeatureIndex) model.featureIndex;
        assertThat(lean.fingerprinted()).as("no two of the model's features share a fingerprint").isTrue();
        assertThat(own.size()).isGreaterThan(100_000);
        for (int i = 0; i < own.size(); i++) {
            assertThat(lean.indexOf(own.get(i))).isEqualTo(i);
        }
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
