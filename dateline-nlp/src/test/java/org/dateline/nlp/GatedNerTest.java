package org.dateline.nlp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.json.Json;
import javax.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gates lose nothing: on every text, the annotation with SUTime and the numeric classifiers run only on the
 * sentences {@link TimeGate} keeps, and the named-entity model only on those or the ones {@link NameGate} keeps, equals
 * the annotation with all of them run on every sentence (tokens with their entity tags, entity mentions, time
 * expressions with their values), so no fact can differ. The dev-set tests print the share of sentences and tokens
 * each gate skips.
 */
class GatedNerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);
    private static final Path SHARED = Path.of("..", "..", "shared", "benchmarks");
    private static Annotator gated;
    private static Annotator full;

    @BeforeAll
    static void load() {
        gated = Annotator.forPreset(Preset.TIMES);
        full = Annotator.ungated(Preset.TIMES);
    }

    @AfterAll
    static void unload() {
        Annotator.unload(Preset.TIMES);
    }

    @Test
    void sentencesWithoutTimesOrNumbersAreSkippedAndLoseNothing() {
        String text = """
                Velmar rejects the ceasefire plan

                The foreign minister of Velmar, Ana Dressel, rejected the plan on Tuesday. "This may be the end of \
                the talks," she told reporters in Port Aric. Officials in Lesovia called the move reckless.

                At the time, the two delegations had met twice. Now the mediators from Norland hope to resume \
                them in the spring, three weeks after the vote. The vote is currently set for Halloween.

                Dressel said the plan ignored the refugees. Lesovia's envoy said his government was ready.
                """;
        assertSameAnnotation("fixture", text);
        assertThat(gated.annotate("Officials in Lesovia called the move reckless.", PUBLISHED).mentions())
                .extracting(Mention::text).containsExactly("Lesovia");
    }

    @Test
    void aSentenceWithoutNamesOrTimesGetsNoEntityWithoutTheModel() {
        String text = "Velmar's envoy left early. the talks were over and nobody was surprised. "
                + "\"it is over,\" an aide said.";
        Annotation annotation = assertSameAnnotation("fixture", text);
        assertThat(annotation.sentences()).extracting(GatedNerTest::gate)
                .containsExactly(Gate.NAMES, Gate.NONE, Gate.NONE);
        assertThat(annotation.mentions()).extracting(Mention::text).containsExactly("Velmar");
    }

    @Test
    void polnearDevLosesNothing() throws IOException {
        Path dir = SHARED.resolve("quotes/polnear/dev/text");
        assumeTrue(Files.isDirectory(dir), "no " + dir);
        List<Annotation> annotations = new ArrayList<>();
        for (Path file : files(dir, Integer.MAX_VALUE)) {
            annotations.add(assertSameAnnotation(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8)));
        }
        printShares("PolNeAR dev", annotations);
    }

    @Test
    void newsClusterDevLosesNothing() throws IOException {
        Path file = SHARED.resolve("story-clustering/news-cluster-dev/articles.jsonl");
        assumeTrue(Files.isRegularFile(file), "no " + file);
        List<Annotation> annotations = new ArrayList<>();
        int line = 0;
        for (String json : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                annotations.add(assertSameAnnotation("news-cluster-dev line " + ++line,
                        reader.readObject().getString("text")));
            }
        }
        printShares("news-cluster-dev", annotations);
    }

    @Test
    void tempEvalLosesNothing() throws IOException {
        Path dir = SHARED.resolve("timex/te3-platinum/input");
        assumeTrue(Files.isDirectory(dir), "no " + dir);
        for (Path file : files(dir, Integer.MAX_VALUE)) {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            String body = xml.substring(xml.indexOf("<TEXT>") + 6, xml.indexOf("</TEXT>")).replaceAll("<[^>]+>", "");
            assertSameAnnotation(file.getFileName().toString(), body);
        }
    }

    private static List<Path> files(Path dir, int limit) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().limit(limit).toList();
        }
    }

    /** Which annotators a sentence gets: SUTime, the numeric classifiers and the model; the model alone; none. */
    private enum Gate { TIMES, NAMES, NONE }

    private static Gate gate(Sentence sentence) {
        if (sentence.tokens().stream().anyMatch(t -> TimeGate.mayBeTemporal(t.word(), t.pos()))) {
            return Gate.TIMES;
        }
        return NameGate.mayHoldName(sentence.tokens(), Token::word, Token::pos) ? Gate.NAMES : Gate.NONE;
    }

    private static void printShares(String name, List<Annotation> annotations) {
        int[] sentences = new int[Gate.values().length];
        int[] tokens = new int[Gate.values().length];
        for (Annotation annotation : annotations) {
            for (Sentence sentence : annotation.sentences()) {
                sentences[gate(sentence).ordinal()]++;
                tokens[gate(sentence).ordinal()] += sentence.tokens().size();
            }
        }
        int allSentences = java.util.Arrays.stream(sentences).sum();
        int allTokens = java.util.Arrays.stream(tokens).sum();
        for (Gate gate : Gate.values()) {
            System.out.printf("%s: %s %d of %d sentences (%.1f%%), %d of %d tokens (%.1f%%)%n", name, gate,
                    sentences[gate.ordinal()], allSentences, 100.0 * sentences[gate.ordinal()] / allSentences,
                    tokens[gate.ordinal()], allTokens, 100.0 * tokens[gate.ordinal()] / allTokens);
        }
    }

    private static Annotation assertSameAnnotation(String name, String text) {
        Annotation expected = full.annotate(text, PUBLISHED);
        Annotation actual = gated.annotate(text, PUBLISHED);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < expected.sentences().size(); i++) {
            if (!expected.sentences().get(i).equals(actual.sentences().get(i))) {
                differences.add(name + " sentence " + i + ": " + expected.sentences().get(i).tokens());
            }
        }
        assertThat(differences).isEmpty();
        assertThat(actual.timexes()).as(name).isEqualTo(expected.timexes());
        assertThat(actual.mentions()).as(name).isEqualTo(expected.mentions());
        return actual;
    }
}
