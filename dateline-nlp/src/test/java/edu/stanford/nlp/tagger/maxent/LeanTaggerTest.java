package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The lean tagger against CoreNLP's, score by score, on sentences written for this test and on PolNeAR dev. */
class LeanTaggerTest {
    private static final Path POLNEAR_DEV = Path.of("..", "..", "shared", "benchmarks", "quotes", "polnear", "dev",
            "text");

    /** Known and unknown words, capitals, numbers, hyphens, a one-word sentence and a long one. */
    private static final String TEXT = String.join("\n\n",
            "Yes.",
            "The harbour master of Velmora said on Tuesday that the ferries would not sail until the storm passed.",
            "\"We have waited long enough,\" said Ilse Marrow, who leads the fishermen's union, adding that "
                    + "talks with the ministry, the port authority and two insurers had failed.",
            "Quorvane-based Tellik Fabrications shipped 4,250 zintrel valves to Brannock in 2019 and 17.5% more "
                    + "the following year, its CEO, Dr. Odessa Vranje-Kell, told shareholders.",
            "Will the council, meeting in the old town hall, approve the budget, or reject it again?",
            "RAIN, WIND AND HAIL: the valley saw all three before noon, and the villagers, tired and cold, waited "
                    + "for buses that never came, while the mayor, who had promised new shelters by March, "
                    + "stayed in the capital and said nothing at all about the delays or the cost.");

    private static MaxentTagger tagger;
    private static POSTaggerAnnotator stockAnnotator;
    private static StanfordCoreNLP splitting;

    @BeforeAll
    static void load() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        splitting = new StanfordCoreNLP(properties);
        stockAnnotator = new POSTaggerAnnotator("pos", new Properties());
        tagger = (MaxentTagger) readPos(stockAnnotator);
    }

    @Test
    void scoresEveryTagHistoryAsCoreNlpBitForBit() {
        TagHistories histories = new TagHistories(tagger);
        assertThat(histories.keeps()).as("the English model's history features read tags only").isTrue();
        int scored = 0;
        for (CoreMap sentence : sentences(TEXT)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<double[]> stock = new ArrayList<>();
            List<double[]> lean = new ArrayList<>();
            List<String> stockTags = tags(new RecordingStock(tagger, stock).tagSentence(tokens, false));
            List<String> leanTags = tags(new RecordingLean(tagger, histories, lean).tagSentence(tokens, false));
            assertThat(leanTags).isEqualTo(stockTags);
            assertThat(lean).hasSameSizeAs(stock);
            for (int i = 0; i < stock.size(); i++) {
                assertThat(lean.get(i)).as("history %d", i).containsExactly(stock.get(i));
            }
            scored += stock.size();
        }
        assertThat(scored).as("histories scored").isGreaterThan(1000);
    }

    @Test
    void theAnnotatorTagsAsCoreNlpsAndMarksOverlongSentences() {
        Annotation expected = new Annotation(TEXT);
        Annotation actual = new Annotation(TEXT);
        splitting.annotate(expected);
        splitting.annotate(actual);
        stockAnnotator.annotate(expected);
        LeanTagger.of(stockAnnotator).annotate(actual);
        assertThat(posTags(actual)).isEqualTo(posTags(expected)).contains("NNP", "CD", "VBD");

        Properties limited = new Properties();
        limited.setProperty("pos.maxlen", "5");
        Annotation capped = new Annotation(TEXT);
        splitting.annotate(capped);
        LeanTagger.of(new POSTaggerAnnotator("pos", limited)).annotate(capped);
        assertThat(posTags(capped).subList(0, 2)).containsExactly("UH", ".");
        assertThat(posTags(capped).subList(2, 10)).containsOnly("X");
    }

    @Test
    void oddTextsAreTaggedAsCoreNlpTagsThem() {
        LeanTagger lean = LeanTagger.of(stockAnnotator);
        for (String text : List.of("", "!!! ??? ... ---", "Ж ж 東京 ??? 42 %% && \uD800 \uFFFD",
                "Zürich’s café “reopened” — at 7:45 a.m., İstanbul time.", "The " + "q".repeat(5_000) + " left.",
                String.join(" ", Collections.nCopies(300, "troops")) + ".")) {
            assertTaggedAsCoreNlp(lean, text, text.length() > 60 ? text.substring(0, 60) : text);
        }
        assertThatThrownBy(() -> lean.annotate(new Annotation("no sentences split")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sumsAreKeptOnlyForFeaturesThatReadTagsAroundTheWord() {
        assertThat(TagHistories.tagPlaces(extractors(new Extractor(-1, true),
                new ExtractorFrames.ExtractorContinuousTagConjunction(-2)))).containsExactly(-2, -1);
        assertThat(TagHistories.tagPlaces(extractors(new Extractor(1, true), new Extractor(-1, true))))
                .containsExactly(-1, 1);
        assertThat(TagHistories.tagPlaces(extractors(new Extractor(-1, true), new Extractor(0, true))))
                .as("the word's own tag").isNull();
        assertThat(TagHistories.tagPlaces(extractors(new Extractor(-1, true),
                new ExtractorFrames.ExtractorTwoWordsTag(-1, 0, -1)))).as("words with a tag").isNull();
        assertThat(TagHistories.tagPlaces(extractors(new Extractor(-1, false)))).as("no history feature").isEmpty();
    }

    @Test
    void polnearDevIsTaggedAsCoreNlpTagsIt() throws IOException {
        assumeTrue(Files.isDirectory(POLNEAR_DEV), "no " + POLNEAR_DEV);
        List<Path> files;
        try (Stream<Path> s = Files.list(POLNEAR_DEV)) {
            files = s.sorted().limit(30).toList();
        }
        LeanTagger lean = LeanTagger.of(stockAnnotator);
        int tokens = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            tokens += assertTaggedAsCoreNlp(lean, text, file.getFileName().toString());
        }
        assertThat(tokens).isGreaterThan(10_000);
    }

    /** That {@code lean} tags {@code text} as CoreNLP's annotator does; the number of tokens. */
    private static int assertTaggedAsCoreNlp(LeanTagger lean, String text, String name) {
        Annotation expected = new Annotation(text);
        Annotation actual = new Annotation(text);
        splitting.annotate(expected);
        splitting.annotate(actual);
        stockAnnotator.annotate(expected);
        lean.annotate(actual);
        assertThat(posTags(actual)).as(name).isEqualTo(posTags(expected));
        return posTags(actual).size();
    }

    private static Extractors extractors(Extractor... extractors) {
        return new Extractors(extractors);
    }

    private static List<CoreMap> sentences(String text) {
        Annotation annotation = new Annotation(text);
        splitting.annotate(annotation);
        return annotation.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static List<String> tags(List<? extends HasWord> tagged) {
        return tagged.stream().map(w -> ((edu.stanford.nlp.ling.TaggedWord) w).tag()).toList();
    }

    private static List<String> posTags(Annotation annotation) {
        return annotation.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag).toList();
    }

    private static Object readPos(POSTaggerAnnotator annotator) {
        try {
            var field = POSTaggerAnnotator.class.getDeclaredField("pos");
            field.setAccessible(true);
            return field.get(annotator);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code result}, a copy of it added to {@code scores}. */
    private static double[] kept(List<double[]> scores, double[] result) {
        scores.add(result.clone());
        return result;
    }

    /** CoreNLP's sentence tagger, keeping a copy of the scores of every history the search asks for. */
    private static final class RecordingStock extends TestSentence {
        private final List<double[]> scores;

        RecordingStock(MaxentTagger tagger, List<double[]> scores) {
            super(tagger);
            this.scores = scores;
        }

        @Override
        public double[] scoresOf(int[] tags, int pos) {
            return kept(scores, super.scoresOf(tags, pos));
        }
    }

    /** The lean sentence tagger, keeping a copy of the scores of every history the search asks for. */
    private static final class RecordingLean extends LeanSentence {
        private final List<double[]> scores;

        RecordingLean(MaxentTagger tagger, TagHistories histories, List<double[]> scores) {
            super(tagger, histories);
            this.scores = scores;
        }

        @Override
        public double[] scoresOf(int[] tags, int pos) {
            return kept(scores, super.scoresOf(tags, pos));
        }
    }
}
