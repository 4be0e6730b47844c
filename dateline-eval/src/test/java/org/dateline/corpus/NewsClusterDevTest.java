package org.dateline.corpus;

import org.dateline.eval.StoryEval;
import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.model.AnalyzedArticle;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.JsonlOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Stories and threads on real news: the 204 articles of {@code ../shared/benchmarks/story-clustering/news-cluster-dev}
 * through the full pipeline, scored against their {@code event} labels at the story level (the labels whose articles
 * fall within 3 days) and at the thread level (every label), as {@code dateline eval stories --label event} does.
 * Skipped where the shared data is absent; prints the figures. Slow: it analyses every article. Lines with the
 * same text are one article, as {@code analyze} reads them. The actors merged by blocks ({@link BlockedActors}) are the
 * local merge's. The same analyses in two batches by date, the second added
 * to the first one's output files as {@code analyze --append} adds it, give the stories and threads of one run.
 */
class NewsClusterDevTest {
    private static final Path DEV = Path.of("../../shared/benchmarks/story-clustering/news-cluster-dev/articles.jsonl");

    /** The analysed articles by id, in the order of the file; empty where the shared data is absent. */
    private static final Map<String, AnalyzedArticle> BY_ID = new LinkedHashMap<>();

    @TempDir
    Path out;

    @BeforeAll
    static void analyse() throws IOException {
        if (!Files.isRegularFile(DEV)) {
            return;
        }
        Analyzer analyzer = new Analyzer(Annotator.forPreset(Preset.FACTS));
        ArticleExtractor extractor = new ArticleExtractor();
        List<String> problems = new ArrayList<>();
        Inputs.read(List.of(DEV), page -> {
            AnalyzedArticle a = analyzer.analyze(extractor.extract(page));
            BY_ID.putIfAbsent(a.article().id(), a);
        }, problems::add);
    }

    @Test
    void theActorsMergedByBlocksAreTheLocalMergesActors() {
        assumeTrue(Files.isRegularFile(DEV), "no " + DEV);
        SameActors.assertBlockedIsLocal(List.copyOf(BY_ID.values()));
    }

    @Test
    void storiesAndThreadsReachTheirFiguresOnTheDevelopmentSetAndTwoBatchesGiveThemToo() throws IOException {
        assumeTrue(Files.isRegularFile(DEV), "no " + DEV);
        Map<String, String> labels = StoryEval.readGold(DEV, "event");
        Corpus.Linked linked = linkedInOneRun();

        Map<String, String> stories = new HashMap<>();
        Map<String, String> threads = new HashMap<>();
        for (AnalyzedArticle a : linked.articles()) {
            stories.put(a.article().source(), a.article().story());
            threads.put(a.article().source(), a.article().thread());
        }
        StoryEval.Result story = StoryEval.score(StoryEval.happenings(labels, StoryEval.readDays(DEV), 3), stories);
        StoryEval.Result thread = StoryEval.score(labels, threads);
        System.out.println("news-cluster-dev story level: " + story + "\nnews-cluster-dev thread level: " + thread);

        assertThat(story.bcubedF1()).as("0.976 on 2026-12-04; the issue's target is 0.92").isGreaterThanOrEqualTo(0.95);
        assertThat(thread.bcubedF1()).as("0.926 on 2026-12-04 (0.891 before threads decayed over a year); the issue's"
                + " target is 0.92").isGreaterThanOrEqualTo(0.92);

        List<AnalyzedArticle> byDate = BY_ID.values().stream().sorted(Stories.OLDEST_FIRST).toList();
        int half = byDate.size() / 2;
        link(JsonlOutput.replacing(out, AnalysisKey.of(0, 0)), byDate.subList(0, half));
        Corpus.Linked appended = link(JsonlOutput.adding(out, AnalysisKey.of(0, 0)), byDate.subList(half, byDate.size()));
        assertThat(appended.stories()).isEqualTo(linked.stories());
        assertThat(appended.threads()).isEqualTo(linked.threads());
    }

    /**
     * Stories by blocks of a week ({@link BlockedStories}) against the local run's: printed, with floors below the
     * figures of {@code docs/scale.md} ("Stories and threads by blocks"). The blocked run reads the linked articles, whose
     * actors are the corpus actors and whose copies are marked, as the local run's stories read them.
     */
    @Test
    void storiesByBlocksOfAWeekStayCloseToTheLocalRunsStories() {
        assumeTrue(Files.isRegularFile(DEV), "no " + DEV);
        Corpus.Linked linked = linkedInOneRun();
        BlockedStories.Result blocked = BlockedStories.assign(linked.articles(), Map.of());

        Map<String, String> local = new HashMap<>();
        Map<String, String> byBlocks = new HashMap<>();
        for (AnalyzedArticle a : linked.articles()) {
            local.put(a.article().source(), a.article().story());
            byBlocks.put(a.article().source(), blocked.storyOf().get(a.article().id()));
        }
        Map<String, String> gold = StoryEval.happenings(StoryEval.readGold(DEV, "event"), StoryEval.readDays(DEV), 3);
        StoryEval.Difference difference = StoryEval.compare(local, byBlocks);
        StoryEval.Result blockedScore = StoryEval.score(gold, byBlocks);
        System.out.println("news-cluster-dev stories by blocks against the local run: " + difference
                + " (local " + linked.stories().size() + " stories, blocked " + blocked.stories().size() + ")"
                + "\nnews-cluster-dev story level by blocks: " + blockedScore
                + "\nnews-cluster-dev story level, local: " + StoryEval.score(gold, local));

        assertThat(blocked.storyOf()).hasSize(linked.articles().size());
        assertThat(difference.agreement().bcubedF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(blockedScore.bcubedF1()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Threads by blocks of stories ({@link BlockedThreads}) against the local run's threads, of the local run's stories
     * and of the stories by blocks of a week: printed, with floors below the figures of {@code docs/scale.md}
     * ("Stories and threads by blocks"), at the default cap and at a cap of 50 articles, which binds on this set.
     */
    @Test
    void threadsByBlocksOfStoriesStayCloseToTheLocalRunsThreads() {
        assumeTrue(Files.isRegularFile(DEV), "no " + DEV);
        Corpus.Linked linked = linkedInOneRun();
        Map<String, String> gold = StoryEval.readGold(DEV, "event");
        Map<String, String> local = new HashMap<>();
        linked.articles().forEach(a -> local.put(a.article().source(), a.article().thread()));
        System.out.println("news-cluster-dev thread level, local: " + StoryEval.score(gold, local) + " ("
                + linked.threads().size() + " threads)");

        BlockedStories.Result blockedStories = BlockedStories.assign(linked.articles(), Map.of());
        for (int cap : new int[] {BlockedThreads.CAP, 50}) {
            BlockedThreads.Result ofLocal = BlockedThreads.assign(linked.articles(), linked.stories(), Map.of(), cap);
            BlockedThreads.Result ofBlocked = BlockedThreads.assign(linked.articles(), blockedStories.stories(),
                    Map.of(), cap);
            Map<String, String> byBlocks = new HashMap<>();
            Map<String, String> allByBlocks = new HashMap<>();
            for (AnalyzedArticle a : linked.articles()) {
                byBlocks.put(a.article().source(), ofLocal.threadOf().get(a.article().story()));
                allByBlocks.put(a.article().source(),
                        ofBlocked.threadOf().get(blockedStories.storyOf().get(a.article().id())));
            }
            StoryEval.Difference difference = StoryEval.compare(local, byBlocks);
            StoryEval.Result score = StoryEval.score(gold, byBlocks);
            System.out.println("news-cluster-dev threads by blocks of the local stories, cap " + cap + ": "
                    + ofLocal.blocks() + " blocks, the largest " + ofLocal.largest() + " articles, "
                    + ofLocal.threads().size() + " threads\n  against the local run: " + difference
                    + "\n  thread level: " + score
                    + "\nnews-cluster-dev threads by blocks of the stories by blocks, cap " + cap + ": "
                    + ofBlocked.blocks() + " blocks, the largest " + ofBlocked.largest() + " articles, "
                    + ofBlocked.threads().size() + " threads\n  against the local run: "
                    + StoryEval.compare(local, allByBlocks) + "\n  thread level: " + StoryEval.score(gold, allByBlocks));

            assertThat(ofLocal.threadOf()).hasSize(linked.stories().size());
            assertThat(ofLocal.largest()).isLessThanOrEqualTo(cap);
            assertThat(difference.agreement().bcubedF1()).isGreaterThanOrEqualTo(0.95);
            assertThat(score.bcubedF1()).isGreaterThanOrEqualTo(0.88);
        }
    }

    /** Every analysed article linked in one run, as {@code analyze} links them. */
    private static Corpus.Linked linkedInOneRun() {
        Corpus corpus = new Corpus();
        BY_ID.values().forEach(corpus::add);
        return corpus.link();
    }

    /** One {@code analyze} run of {@code batch} into {@code output}, as the command writes it: added, linked, completed. */
    private static Corpus.Linked link(JsonlOutput output, List<AnalyzedArticle> batch) throws IOException {
        Corpus corpus = new Corpus(output.earlier());
        for (AnalyzedArticle a : batch) {
            corpus.add(a);
            output.add(a);
        }
        Corpus.Linked linked = corpus.link();
        output.complete(linked);
        return linked;
    }
}
