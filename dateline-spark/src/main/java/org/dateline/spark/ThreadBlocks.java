package org.dateline.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.dateline.corpus.BlockedStories;
import org.dateline.corpus.BlockedThreads;
import org.dateline.corpus.Stories;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.RecordJson;
import scala.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The threads by blocks of stories ({@link BlockedThreads}) assigned on the executors. The driver broadcasts what it
 * decided before (the copies, the corpus ids of the actors, the stories); on the executors each analysed article, marked
 * a copy and cut to what threads read ({@link BlockedStories#asRead}), gives its keys ({@link BlockedThreads#keys(
 * AnalyzedArticle, Map)}) under its story; grouped by key, a {@link BlockedThreads#rare rare} key gives the links of its
 * stories ({@link BlockedThreads#links(int, List)}), summed by pair ({@link BlockedThreads.Link#of}) and kept by each
 * story ({@link BlockedThreads#kept}). Only the kept links (at most three a story) go to the driver, which joins them
 * into blocks ({@link BlockedThreads#blockOf}, the one sequential step) and broadcasts each story's block; the articles
 * are grouped by block there and each block assigned by {@link BlockedThreads#assign(BlockedThreads.Block, Map)}. Only
 * the pairs of story and thread come back: the result is {@link BlockedThreads#assign(List, List, Map, int)}'s.
 */
final class ThreadBlocks implements BlockedThreads.Assigner {
    private final JavaRDD<AnalysedRow> rows;
    private final int cap;

    /**
     * @param rows the analysed articles (each row analysed) of the corpus the driver links
     * @param cap  the most articles a link may bring into one block
     */
    ThreadBlocks(JavaRDD<AnalysedRow> rows, int cap) {
        this.rows = rows;
        this.cap = cap;
    }

    @Override
    public Map<String, String> assign(List<AnalyzedArticle> articles, List<Stories.Story> stories,
                                      Map<String, String> corpusIdOf) {
        Map<String, String> duplicateOf = new HashMap<>();
        articles.stream().filter(a -> a.article().duplicateOf() != null)
                .forEach(a -> duplicateOf.put(a.article().id(), a.article().duplicateOf()));
        Map<String, Stories.Story> byId = new LinkedHashMap<>();
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> {
            byId.put(s.id(), s);
            s.articles().forEach(a -> storyOf.put(a, s.id()));
        });
        JavaSparkContext context = JavaSparkContext.fromSparkContext(rows.context());
        Broadcast<Map<String, String>> copies = context.broadcast(duplicateOf);
        Broadcast<Map<String, String>> ids = context.broadcast(Map.copyOf(corpusIdOf));
        Broadcast<Map<String, Stories.Story>> storyById = context.broadcast(byId);
        Broadcast<Map<String, String>> storyOfArticle = context.broadcast(storyOf);
        int count = byId.size();
        JavaPairRDD<String, String> asRead = rows.mapToPair(row -> {
            AnalyzedArticle a = read(row.analysed());
            String id = a.article().id();
            return new Tuple2<>(id, RecordJson.write(BlockedStories.asRead(a, copies.value().get(id))));
        }).persist(StorageLevel.MEMORY_AND_DISK());
        List<BlockedThreads.Link> kept = asRead.flatMapToPair(p -> BlockedThreads.keys(read(p._2()), ids.value()).stream()
                        .map(key -> new Tuple2<>(key, storyOfArticle.value().get(p._1()))).iterator())
                .groupByKey()
                .flatMap(key -> {
                    List<String> storyPerArticle = new ArrayList<>();
                    key._2().forEach(storyPerArticle::add);
                    if (!BlockedThreads.rare(storyPerArticle.size())) {
                        return List.<BlockedThreads.Link>of().iterator();
                    }
                    return BlockedThreads.links(count, storyPerArticle.stream().distinct().sorted()
                            .map(storyById.value()::get).toList()).iterator();
                })
                .mapToPair(l -> new Tuple2<>(new Tuple2<>(l.a(), l.b()), l)).groupByKey()
                .map(parts -> BlockedThreads.Link.of(list(parts._2())))
                .flatMapToPair(l -> List.of(new Tuple2<>(l.a(), l), new Tuple2<>(l.b(), l)).iterator()).groupByKey()
                .flatMap(links -> BlockedThreads.kept(list(links._2())).iterator())
                .distinct().collect();
        List<BlockedThreads.Link> heaviestFirst = kept.stream().sorted(BlockedThreads.Link.HEAVIEST).toList();
        Broadcast<Map<String, String>> blockOf = context.broadcast(BlockedThreads.blockOf(stories, heaviestFirst, cap));
        List<Tuple2<String, String>> threads = asRead
                .mapToPair(p -> new Tuple2<>(blockOf.value().get(storyOfArticle.value().get(p._1())), p._2()))
                .groupByKey()
                .flatMap(block -> {
                    List<AnalyzedArticle> own = StreamSupport.stream(block._2().spliterator(), false)
                            .map(ThreadBlocks::read).toList();
                    Map<String, String> storyOfOwn = new HashMap<>();
                    own.forEach(a -> storyOfOwn.put(a.article().id(), storyOfArticle.value().get(a.article().id())));
                    return BlockedThreads.assign(new BlockedThreads.Block(own, storyOfOwn), ids.value()).entrySet()
                            .stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator();
                })
                .collect();
        asRead.unpersist();
        Map<String, String> threadOf = new HashMap<>();
        threads.forEach(t -> threadOf.put(t._1(), t._2()));
        return threadOf;
    }

    private static <T> List<T> list(Iterable<T> values) {
        List<T> out = new ArrayList<>();
        values.forEach(out::add);
        return out;
    }

    private static AnalyzedArticle read(String json) {
        try {
            return RecordJson.read(json, AnalyzedArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an executor's analysis could not be read back", e);
        }
    }
}
