package org.dateline.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.dateline.corpus.BlockedStories;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.RecordJson;
import scala.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The stories by blocks of a week ({@link BlockedStories}) assigned on the executors: the copies found and the corpus ids
 * of the actors, decided on the driver, are broadcast; each analysed article, marked a copy and cut to what stories read
 * ({@link BlockedStories#asRead}), is keyed under its {@link BlockedStories#weeks weeks}; one {@code groupByKey}, and
 * each block assigned there by {@link BlockedStories#assign(long, java.util.Collection, Map)}. Only what the blocks gave
 * (each article's story within the block, and the title, outlet and day of the block's own articles) goes to the
 * driver, which joins them ({@link BlockedStories#join}): the result is {@link BlockedStories#assign(List, Map)}'s.
 */
final class StoryBlocks implements BlockedStories.Assigner {
    private final JavaRDD<AnalysedRow> rows;

    /** @param rows the analysed articles (each row analysed) of the corpus the driver links */
    StoryBlocks(JavaRDD<AnalysedRow> rows) {
        this.rows = rows;
    }

    @Override
    public BlockedStories.Result assign(List<AnalyzedArticle> articles, Map<String, String> corpusIdOf) {
        Map<String, String> duplicateOf = new HashMap<>();
        articles.stream().filter(a -> a.article().duplicateOf() != null)
                .forEach(a -> duplicateOf.put(a.article().id(), a.article().duplicateOf()));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(rows.context());
        Broadcast<Map<String, String>> copies = context.broadcast(duplicateOf);
        Broadcast<Map<String, String>> ids = context.broadcast(Map.copyOf(corpusIdOf));
        List<BlockedStories.Assigned> blocks = rows.flatMapToPair(row -> {
                    AnalyzedArticle read = asRead(row, copies.value());
                    String json = RecordJson.write(read);
                    return BlockedStories.weeks(read).stream().map(week -> new Tuple2<>(week, json)).iterator();
                }).groupByKey()
                .flatMap(block -> BlockedStories.assign(block._1(), StreamSupport.stream(block._2().spliterator(), false)
                        .map(StoryBlocks::read).toList(), ids.value()).stream().iterator())
                .collect();
        return BlockedStories.join(blocks);
    }

    private static AnalyzedArticle asRead(AnalysedRow row, Map<String, String> duplicateOf) {
        AnalyzedArticle analyzed = read(row.analysed());
        return BlockedStories.asRead(analyzed, duplicateOf.get(analyzed.article().id()));
    }

    private static AnalyzedArticle read(String json) {
        try {
            return RecordJson.read(json, AnalyzedArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an executor's analysis could not be read back", e);
        }
    }
}
