package org.dateline.spark;

import org.apache.spark.api.java.JavaRDD;
import org.dateline.corpus.CorpusActors;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.RecordJson;
import scala.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The first pass of the corpus actors, on the executors: the one type of each actor's name in the corpus ({@link
 * CorpusActors.NameTypes}). Each analysed article's votes (name key → type → votes, {@link
 * CorpusActors.NameTypes#votes}) are summed by name key in a shuffle and each name's type is decided there by the rule
 * of the local run ({@link CorpusActors.NameTypes#decide}): a name's type depends on its summed votes only, so the
 * types are those {@code analyze} decides. Only the decided names go to the driver, one entry a name, not the votes of
 * every mention.
 */
final class NameVotes {
    private NameVotes() {
    }

    /** The types of the names of {@code analysed}, the analysed articles as {@link RecordJson}. */
    static CorpusActors.NameTypes decide(JavaRDD<String> analysed) {
        return new CorpusActors.NameTypes(analysed.flatMapToPair(NameVotes::votes)
                .reduceByKey(NameVotes::sum)
                .flatMapToPair(v -> CorpusActors.NameTypes.decide(v._2()).map(type -> List.of(new Tuple2<>(v._1(), type)))
                        .orElse(List.of()).iterator())
                .collectAsMap());
    }

    private static Iterator<Tuple2<String, EnumMap<ActorType, Integer>>> votes(String json) {
        try {
            return CorpusActors.NameTypes.votes(RecordJson.read(json, AnalyzedArticle.class)).entrySet().stream()
                    .map(e -> new Tuple2<>(e.getKey(), new EnumMap<>(e.getValue()))).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException("an executor's analysis could not be read back", e);
        }
    }

    private static EnumMap<ActorType, Integer> sum(EnumMap<ActorType, Integer> a, Map<ActorType, Integer> b) {
        EnumMap<ActorType, Integer> out = new EnumMap<>(a);
        b.forEach((type, n) -> out.merge(type, n, Integer::sum));
        return out;
    }
}
