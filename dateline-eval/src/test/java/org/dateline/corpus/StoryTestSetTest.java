package org.dateline.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.eval.StoryEval;
import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.model.AnalyzedArticle;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.Analyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story clustering on the hand-written test set {@code src/test/resources/stories/articles.jsonl} (see its
 * README): the full pipeline (extraction, analysis, corpus actors, stories) and the BCubed score against
 * the set's {@code story} labels. Prints the figures.
 */
class StoryTestSetTest {

    @Test
    void storiesOfTheHandWrittenTestSetScoreBCubedF1OfAtLeast090() throws URISyntaxException, IOException {
        Path file = Path.of("../dateline-core/src/test/resources/stories/articles.jsonl");
        Map<String, String> gold = StoryEval.readGold(file);
        Analyzer analyzer = new Analyzer(Annotator.forPreset(Preset.FACTS));
        ArticleExtractor extractor = new ArticleExtractor();
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Inputs.read(List.of(file), page -> analyzed.add(analyzer.analyze(extractor.extract(page))), problems::add);
        assertThat(problems).isEmpty();
        assertThat(analyzed).hasSize(gold.size());

        CorpusActors.Result actors = new CorpusActors().merge(analyzed);
        Stories stories = new Stories();
        Map<String, String> predicted = new HashMap<>();
        analyzed.stream().sorted(Stories.OLDEST_FIRST)
                .forEach(a -> predicted.put(urlOf(a, gold), stories.assign(a, actors.corpusIdOf())));

        StoryEval.Result r = StoryEval.score(gold, predicted);
        System.out.println("stories test set: " + r);
        writeForReferenceScorer(Path.of("target", "story-testset"), analyzed, gold, stories);
        stories.stories().forEach(s -> System.out.println("  " + s.id() + " " + s.first() + " " + s.articles().size()
                + " " + s.title()));
        assertThat(r.missing()).isZero();
        assertThat(r.bcubedF1()).isGreaterThanOrEqualTo(0.90);

        Map<String, String> byBlocks = new HashMap<>();
        Map<String, String> blocked = BlockedStories.assign(analyzed, actors.corpusIdOf()).storyOf();
        analyzed.forEach(a -> byBlocks.put(urlOf(a, gold), blocked.get(a.article().id())));
        StoryEval.Difference difference = StoryEval.compare(predicted, byBlocks);
        System.out.println("stories test set by blocks of a week: " + StoryEval.score(gold, byBlocks)
                + "\n  against the local run: " + difference);
        assertThat(difference.agreement().bcubedF1()).as("blocks of a week (docs/scale.md)").isGreaterThanOrEqualTo(0.90);

        Threads threads = new Threads();
        Map<String, String> localThreads = new HashMap<>();
        analyzed.stream().sorted(Stories.OLDEST_FIRST).forEach(a -> localThreads.put(urlOf(a, gold),
                threads.assign(a, actors.corpusIdOf(), stories.storyOf(a.article().id()))));
        BlockedThreads.Result blockedThreads = BlockedThreads.assign(analyzed, stories.stories(), actors.corpusIdOf());
        Map<String, String> threadsByBlocks = new HashMap<>();
        analyzed.forEach(a -> threadsByBlocks.put(urlOf(a, gold),
                blockedThreads.threadOf().get(stories.storyOf(a.article().id()))));
        StoryEval.Difference threadDifference = StoryEval.compare(localThreads, threadsByBlocks);
        System.out.println("threads of the test set by blocks of stories (" + blockedThreads.blocks()
                + " blocks, the largest " + blockedThreads.largest() + " articles) against the local run: "
                + threadDifference + " (local " + threads.threads(stories.stories()).size() + " threads, blocked "
                + blockedThreads.threads().size() + ")");
        assertThat(threadDifference.agreement().bcubedF1()).as("blocks of stories (docs/scale.md)")
                .isGreaterThanOrEqualTo(0.90);
    }

    /**
     * Writes {@code articles.jsonl} (id, url), {@code stories.jsonl} and {@code gold.tsv} so that
     * {@code python3 ../../shared/tools/stories_score.py target/story-testset/gold.tsv target/story-testset}
     * (from {@code dateline-core}) can score the same prediction.
     */
    private static void writeForReferenceScorer(Path dir, List<AnalyzedArticle> analyzed, Map<String, String> gold,
                                                Stories stories) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(dir);
        List<String> articles = new ArrayList<>();
        for (AnalyzedArticle a : analyzed) {
            articles.add(json.writeValueAsString(Map.of("id", a.article().id(), "url", urlOf(a, gold))));
        }
        Files.write(dir.resolve("articles.jsonl"), articles);
        List<String> lines = new ArrayList<>();
        for (Stories.Story s : stories.stories()) {
            lines.add(json.writeValueAsString(s));
        }
        Files.write(dir.resolve("stories.jsonl"), lines);
        Files.write(dir.resolve("gold.tsv"), gold.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList());
    }

    /** The gold key of an analysed article: its source, which is the url its JSONL line gives. */
    private static String urlOf(AnalyzedArticle a, Map<String, String> gold) {
        assertThat(gold).containsKey(a.article().source());
        return a.article().source();
    }
}
