package org.dateline.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.dateline.corpus.BlockedActors;
import org.dateline.corpus.CorpusActors;
import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.RecordJson;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The corpus actors' blocks, keyed and joined on the executors ({@link BlockedActors}): every actor of the analysed
 * articles retyped by the corpus's types, the first occurrence of each id (by article order, then position), the sets
 * of the whole corpus a block reads ({@link CorpusActors.Shared}) and the union of the keys of the actors with more
 * than one key, both small and broadcast, then one {@code groupByKey} on the block and the block's rules there. Only
 * the blocks' groups, merges and person keys go to the driver, which runs the passes that cross blocks ({@code
 * given-name}, {@code same-key}) as {@code analyze} does.
 */
final class ActorBlocks {
    private ActorBlocks() {
    }

    /** One occurrence of an actor: its article's order, its position there, and the actor retyped as {@link RecordJson}. */
    record Occurrence(long order, int position, String actor) implements Serializable {
        static final Comparator<Occurrence> CORPUS_ORDER = Comparator.comparingLong(Occurrence::order)
                .thenComparingInt(Occurrence::position);

        Actor read() {
            try {
                return RecordJson.read(actor, Actor.class);
            } catch (IOException e) {
                throw new UncheckedIOException("an executor's actor could not be read back", e);
            }
        }
    }

    /** The joined blocks of the actors of {@code rows} (each analysed), whose names' types are {@code types}. */
    static List<CorpusActors.Joined> join(JavaRDD<AnalysedRow> rows, CorpusActors.NameTypes types) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(rows.context());
        Broadcast<CorpusActors.NameTypes> typed = context.broadcast(types);
        JavaPairRDD<String, Occurrence> occurrences = rows.flatMapToPair(row -> occurrences(row, typed.value()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Tuple2<List<String>, Occurrence>> first = occurrences
                .reduceByKey((a, b) -> Occurrence.CORPUS_ORDER.compare(a, b) <= 0 ? a : b).values()
                .map(o -> new Tuple2<>(BlockedActors.keys(o.read()), o)).persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<CorpusActors.Shared> shared = context.broadcast(new CorpusActors.Shared(
                new HashSet<>(occurrences.values().flatMap(o -> CorpusActors.Shared.parentsOf(o.read()).iterator())
                        .distinct().collect()),
                new HashSet<>(first.flatMap(t -> CorpusActors.Shared.placeOf(t._2().read()).stream().iterator())
                        .distinct().collect())));
        Broadcast<Map<String, String>> united = context.broadcast(BlockedActors.united(
                first.map(Tuple2::_1).filter(keys -> keys.size() > 1).collect()));
        List<CorpusActors.Joined> joined = first.mapToPair(t -> new Tuple2<>(BlockedActors.block(t._1(), united.value()),
                        t._2())).groupByKey()
                .map(block -> BlockedActors.join(StreamSupport.stream(block._2().spliterator(), false)
                        .sorted(Occurrence.CORPUS_ORDER).map(Occurrence::read).toList(), shared.value()))
                .collect();
        first.unpersist();
        occurrences.unpersist();
        return joined;
    }

    private static List<Tuple2<String, Occurrence>> occurrences(AnalysedRow row, CorpusActors.NameTypes types) {
        try {
            List<Actor> actors = RecordJson.read(row.analysed(), AnalyzedArticle.class).actors();
            List<Tuple2<String, Occurrence>> out = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                Actor actor = types.retype(actors.get(i));
                out.add(new Tuple2<>(actor.id(), new Occurrence(row.order(), i, RecordJson.write(actor))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("an executor's analysis could not be read back", e);
        }
    }
}
