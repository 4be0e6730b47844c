package org.dateline.nlp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
 * The time gate loses nothing: on every text, the annotation with SUTime and the numeric classifiers run only on the
 * sentences {@link TimeGate} keeps equals the annotation with them run on every sentence (tokens with their entity
 * tags, entity mentions, time expressions with their values), so no fact can differ.
 */
class TimeGatedNerTest {
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
    void polnearDevLosesNothing() throws IOException {
        Path dir = SHARED.resolve("quotes/polnear/dev/text");
        assumeTrue(Files.isDirectory(dir), "no " + dir);
        for (Path file : files(dir, 16)) {
            assertSameAnnotation(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
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

    private static void assertSameAnnotation(String name, String text) {
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
    }
}
