package org.dateline.app;

import org.dateline.corpus.Corpus;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Sector;
import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.JsonlOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dateline explain-story} on an output folder linked from hand-written articles (no analysis): a bridge
 * collapse reported by two outlets, the trial over it two months later, and a festival on the same day.
 */
class ExplainStoryCommandTest {
    @TempDir
    Path dir;

    private static AnalyzedArticle article(String id, String outlet, String day, String title, String text,
                                           Actor... actors) {
        return new AnalyzedArticle(new Article(id, "in/" + id + ".txt", outlet, title, day, "metadata", null, List.of(),
                "en", text, null, null, List.of()), List.of(actors), List.of(), List.of());
    }

    private Path output() throws IOException {
        Actor orsk = new Actor("orsk", "Pavel Orsk", ActorType.PERSON, List.of(), List.of("Mayor"), null, Sector.GOV, 1);
        Corpus corpus = new Corpus();
        corpus.add(article("b1", "Lantern Post", "2032-09-14", "Selva bridge collapses into the river",
                "The old Selva bridge collapsed into the Drava river at dawn, and Mayor Pavel Orsk closed the "
                        + "embankment while divers searched the water for cars.", orsk));
        corpus.add(article("b2", "Drava Today", "2032-09-15", "Divers search river after bridge falls",
                "Divers searched the Drava river for a second day after the Selva bridge fell at dawn; Mayor Pavel "
                        + "Orsk said the embankment stays closed.", orsk));
        corpus.add(article("b3", "Lantern Post", "2032-11-20", "Bridge engineers on trial",
                "Two engineers went on trial over the collapse of the Selva bridge into the Drava river, which "
                        + "Mayor Pavel Orsk called avoidable.", orsk));
        corpus.add(article("f1", "Lantern Post", "2032-09-14", "Lantern festival opens",
                "Paper lanterns lit the old town square as the autumn festival opened with music and street food."));
        Path out = dir.resolve("out");
        JsonlOutput.replacing(out, AnalysisKey.of(0, 0)).complete(corpus.link());
        return out;
    }

    @Test
    void aSecondReportNamesTheArticleItJoinedTheSimilarityItsPartsAndWhatTheyShare() throws IOException {
        Path out = output();
        CliRun r = CliRun.of("explain-story", "b2", "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("article b2\n  \u201cDivers search river after bridge falls\u201d  (Drava Today, 2032-09-15)")
                .containsSubsequence("story ", "joined the story of the most similar earlier article",
                        "b1  \u201cSelva bridge collapses into the river\u201d  (Lantern Post, 2032-09-14)  (1 day apart;",
                        "similarity 0.", " >= 0.10 = time 1.00 x (0.45 x text ",
                        "shared words (stems): ", "shared actors: Pavel Orsk",
                        "thread ", "decided by its story's first article, b1")
                .contains("selva").doesNotContain("note: replaying");
    }

    @Test
    void readBackFromTheFilesTheReplayAgreesWithTheRunOnEveryArticle() throws IOException {
        Path out = output();
        for (String id : List.of("b1", "b2", "b3", "f1")) {
            CliRun r = CliRun.of("explain-story", id, "--in", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).as(id).contains("\nstory ").contains("\nthread ").doesNotContain("note: replaying");
        }
    }

    @Test
    void anOutputTheReplayDisagreesWithIsSaidToBeSo() throws IOException {
        Path out = output();
        Path articles = out.resolve("articles.jsonl");
        Files.writeString(articles, Files.readAllLines(articles).stream()
                .map(line -> line.contains("\"id\":\"b2\"")
                        ? line.replaceFirst("\"story\":\"[^\"]+\"", "\"story\":\"story-elsewhere\"") : line)
                .collect(Collectors.joining("\n", "", "\n")));

        CliRun r = CliRun.of("explain-story", "b2", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("story story-elsewhere", "joined the story of the most similar earlier article",
                "note: replaying the linking on this folder decides otherwise");
    }

    @Test
    void theTrialOpensItsOwnStoryInTheThreadOfTheCollapse() throws IOException {
        CliRun r = CliRun.of("explain-story", "b3", "--out", output().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("opened it: no earlier article within the window shares a rare word, name, place or event with it",
                "thread ", "joined the thread of the most similar earlier article", "days apart;");
    }

    @Test
    void anArticleSharingOnlyTheDayIsExplainedAsOpeningItsStory() throws IOException {
        CliRun r = CliRun.of("explain-story", "f1", "--out", output().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("opened it: no earlier article was similar enough; the most similar one")
                .contains("shared actors: none");
    }

    @Test
    void anUnknownArticleOrAFolderWithoutOutputIsAClearError() throws IOException {
        Path out = output();
        CliRun unknown = CliRun.of("explain-story", "zz9", "--out", out.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no article \"zz9\"").contains("articles.jsonl");

        CliRun empty = CliRun.of("explain-story", "b1", "--out", Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("holds no dateline output");

        CliRun prefix = CliRun.of("explain-story", "b", "--out", out.toString());
        assertThat(prefix.exit()).isEqualTo(2);
        assertThat(prefix.err()).contains("several articles start with \"b\"").contains("b1, b2, b3");
    }
}
