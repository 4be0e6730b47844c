package org.dateline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StoryEvalTest {

    /**
     * Seven gold articles in three stories; the output folder puts them in two stories, leaves one alone and
     * misses one. {@code stories_score.py} prints on the same files (as a GOLD.tsv of url and label):
     * {@code articles=7 missing=1 gold_stories=3 predicted=4 BCubed P=0.810 R=0.667 F1=0.731 pairwise
     * P=0.500 R=0.400 F1=0.444}.
     */
    @Test
    void agreesWithTheReferenceScorerOnASmallAnalyzeOutput(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("articles.jsonl"), """
                {"id":"a1","source":"u1","story":null}
                {"id":"a2","source":"u2","story":null}
                {"id":"a3","source":"u3","story":null}
                {"id":"a4","source":"u4","story":null}
                {"id":"a5","source":"u5","story":null}
                {"id":"a6","source":"u6","story":null}
                """);
        Files.writeString(out.resolve("stories.jsonl"), """
                {"id":"s1","articles":["a1","a2"]}
                {"id":"s2","articles":["a3","a4","a5"]}
                """);
        Map<String, String> gold = new LinkedHashMap<>();
        for (String line : new String[] {"u1 X", "u2 X", "u3 X", "u4 Y", "u5 Y", "u6 Z", "u7 Z"}) {
            gold.put(line.split(" ")[0], line.split(" ")[1]);
        }

        StoryEval.Result r = StoryEval.score(gold, StoryEval.readPredictions(out));

        assertThat(r.toString()).isEqualTo("articles=7 missing=1 gold_stories=3 predicted=4 BCubed P=0.810 R=0.667 "
                + "F1=0.731 pairwise P=0.500 R=0.400 F1=0.444");
        assertThat(r.bcubedP()).isCloseTo((1 + 1 + 1 / 3.0 + 2 / 3.0 + 2 / 3.0 + 1 + 1) / 7, within(1e-12));
    }

    @Test
    void aPerfectPredictionScoresOneWhateverTheStoryIds() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "not-in-gold", "1");

        StoryEval.Result r = StoryEval.score(gold, predicted);

        assertThat(r.bcubedF1()).isEqualTo(1.0);
        assertThat(r.pairwiseF1()).isEqualTo(1.0);
        assertThat(r.missing()).isZero();
    }

    @Test
    void aComparisonCountsTheArticlesMovedAndTheStoriesSplitAndJoined() {
        Map<String, String> first = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "3", "f", "4");
        Map<String, String> second = Map.of("a", "x", "b", "y", "c", "z", "d", "z", "e", "w", "f", "w");

        StoryEval.Difference d = StoryEval.compare(first, second);

        assertThat(d.toString()).as("1 split into a and b; 3 and 4 joined; c and d stay together")
                .isEqualTo("articles=6 moved=4 split=1 joined=1 BCubed F1=0.833");
        assertThat(StoryEval.compare(first, first).moved()).isZero();
        assertThat(StoryEval.compare(first, Map.of("a", "x", "b", "x", "c", "z", "d", "z", "e", "w")).moved())
                .as("f is missing from the second: a story of its own, as it was").isZero();
    }

    @Test
    void everythingInOneClusterHasFullRecallAndLowPrecision() {
        Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "z");
        StoryEval.Result r = StoryEval.score(gold, Map.of("a", "1", "b", "1", "c", "1", "d", "1"));

        assertThat(r.bcubedR()).isEqualTo(1.0);
        assertThat(r.bcubedP()).isCloseTo((0.5 + 0.5 + 0.25 + 0.25) / 4, within(1e-12));
        assertThat(r.pairwiseP()).isCloseTo(1 / 6.0, within(1e-12));
    }

    @Test
    void goldLinesAreKeyedByIdElseUrlAndALineWithoutAStoryIsRejectedByQuotingIt(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id":"a1","url":"http://x/1","story":"s"}
                {"url":"http://x/2","story":"t"}
                """);
        assertThat(StoryEval.readGold(gold)).containsExactly(Map.entry("a1", "s"), Map.entry("http://x/2", "t"));

        Files.writeString(gold, "{\"url\":\"http://x/3\"}\n");
        assertThatThrownBy(() -> StoryEval.readGold(gold)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://x/3");
    }

    @Test
    void anEmptyGoldFileIsRejectedByName(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "\n");
        assertThatThrownBy(() -> StoryEval.readGold(gold)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold.jsonl").hasMessageContaining("no gold story labels");
    }

    @Test
    void theStoryLevelKeepsTheLabelsWhoseDatedArticlesFallWithinTheSpan(@TempDir Path dir) throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), """
                {"url":"u1","event":"crash","published":"2021-05-01T08:00:00"}
                {"url":"u2","event":"crash","published":"2021-05-04"}
                {"url":"u3","event":"talks","published":"2021-05-01"}
                {"url":"u4","event":"talks","published":"2021-05-05"}
                {"url":"u5","event":"vote","published":"2021-05-01"}
                {"url":"u6","event":"vote"}
                """);
        Map<String, String> labels = StoryEval.readGold(gold, "event");

        assertThat(StoryEval.happenings(labels, StoryEval.readDays(gold), 3))
                .as("four days apart is a running subject; an undated article cannot be shown to be within the span")
                .containsOnlyKeys("u1", "u2");
    }

    @Test
    void theThreadLevelReadsThreadsAndFallsBackToTheStoryOfAnArticleWithoutOne(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("articles.jsonl"), """
                {"id":"a1","source":"u1","story":"s1","thread":"t1"}
                {"id":"a2","source":"u2","story":"s2","thread":null}
                {"id":"a3","source":"u3","story":"s3","thread":null}
                """);
        Files.writeString(out.resolve("threads.jsonl"), """
                {"id":"t1","articles":["a1","a3"]}
                """);

        assertThat(StoryEval.readPredictions(out, StoryEval.Level.THREAD))
                .containsEntry("u1", "t1").containsEntry("a3", "t1").containsEntry("u2", "s2");
        assertThat(StoryEval.readPredictions(out)).containsEntry("u1", "s1").containsEntry("u3", "s3");
    }
}
