package org.dateline.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.dateline.corpus.DuplicateSettings;
import org.dateline.corpus.Fingerprint;
import org.dateline.corpus.MinHasher;
import org.dateline.corpus.NearDuplicates;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The near-duplicate search of the corpus stage, on the executors: each article's {@link Fingerprint} is made where it
 * was analysed; the candidates are found by grouping the articles on their band keys (a shuffle: every two articles
 * filed under one key are a candidate pair, as in {@link NearDuplicates}, whose table is keyed by the band key alone);
 * each candidate pair is checked by {@link DuplicateSettings#similar} on the two shingle sets, brought together by two
 * joins. Only the pairs that pass go to the driver, where {@link NearDuplicates#join} makes the groups: the same
 * candidates and the same check as {@code analyze}'s {@link NearDuplicates#find}, so the same groups.
 *
 * <p>The settings are {@link DuplicateSettings#DEFAULT}, those the corpus stage of {@code analyze} uses.
 */
final class CopyPairs {
    private static final MinHasher HASHER = new MinHasher(DuplicateSettings.DEFAULT);

    /**
     * What the search keeps of one article's text.
     *
     * @param shingles sorted distinct hashes of its word shingles ({@link Fingerprint#shingles()})
     * @param bandKeys its band keys, none when the text is too short to take part ({@link Fingerprint#bandKeys()})
     */
    record Print(int[] shingles, int[] bandKeys) implements Serializable {
        static Print of(String text) {
            Fingerprint f = HASHER.fingerprint(text);
            return new Print(f.shingles(), f.bandKeys());
        }
    }

    private CopyPairs() {
    }

    /**
     * The pairs of articles (by their keys, each pair once, the smaller key first) that share a band key and whose
     * shingle sets pass {@link DuplicateSettings#similar}.
     */
    static List<Tuple2<Long, Long>> find(JavaPairRDD<Long, Print> prints) {
        JavaPairRDD<Long, int[]> shingles = prints.mapValues(Print::shingles);
        JavaPairRDD<Long, Long> candidates = prints
                .flatMapToPair(p -> Arrays.stream(p._2().bandKeys()).distinct()
                        .mapToObj(key -> new Tuple2<>(key, p._1())).iterator())
                .groupByKey()
                .flatMapToPair(bucket -> pairs(bucket._2()))
                .distinct();
        return candidates.join(shingles)
                .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
                .join(shingles)
                .filter(c -> DuplicateSettings.DEFAULT.similar(c._2()._1()._2(), c._2()._2()))
                .mapToPair(c -> new Tuple2<>(c._2()._1()._1(), c._1()))
                .collect();
    }

    /** Every two of the articles filed under one band key, the smaller key first. */
    private static Iterator<Tuple2<Long, Long>> pairs(Iterable<Long> filed) {
        List<Long> docs = new ArrayList<>();
        filed.forEach(docs::add);
        docs.sort(null);
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                out.add(new Tuple2<>(docs.get(i), docs.get(j)));
            }
        }
        return out.iterator();
    }
}
