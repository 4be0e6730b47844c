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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The near-duplicate search of the corpus stage, on the executors: each article's {@link Fingerprint} is made where it
 * was analysed; the candidates are found by grouping the articles on their band keys (a shuffle: every two articles
 * filed under one key are a candidate pair, as in {@link NearDuplicates}, whose table is keyed by the band key alone);
 * each candidate pair is checked by {@link DuplicateSettings#similar} on the two shingle sets, brought together by two
 * joins; the articles of a key that {@link NearDuplicates#CROWDED} articles or more share are brought together with
 * their shingle sets instead, and {@link NearDuplicates#similarPairs} finds enough of their pairs that pass to join
 * them as all would. Only the pairs that pass go to the driver, where {@link NearDuplicates#join} makes the groups: the
 * same candidates and the same check as {@code analyze}'s {@link NearDuplicates#find}, so the same groups. Articles
 * with one shingle set (exact copies) are paired with the first of them only, and only that one is a candidate of
 * others.
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
     * Pairs of articles (by their keys, each pair once, the smaller key first) that share a band key and whose shingle
     * sets pass {@link DuplicateSettings#similar}: every such pair of articles with different shingle sets that share a
     * key fewer than {@link NearDuplicates#CROWDED} articles hold, enough of those sharing a crowded key to join them as
     * all would, and of the articles with one shingle set, the first with each other ({@link #sameText}). They join the
     * articles into the groups that all such pairs make.
     */
    static List<Tuple2<Long, Long>> find(JavaPairRDD<Long, Print> prints) {
        return find(prints, NearDuplicates.CROWDED);
    }

    /** {@link #find(JavaPairRDD)} with a band key held by {@code crowded} articles or more crowded. */
    static List<Tuple2<Long, Long>> find(JavaPairRDD<Long, Print> prints, int crowded) {
        JavaPairRDD<Integer, Tuple2<Long, Print>> byText = prints.filter(p -> p._2().bandKeys().length > 0)
                .mapToPair(p -> new Tuple2<>(Arrays.hashCode(p._2().shingles()), p));
        JavaPairRDD<Long, Long> sameText = byText.groupByKey().flatMapToPair(h -> sameText(h._2()));
        JavaPairRDD<Long, Print> distinct = prints.subtractByKey(sameText.mapToPair(Tuple2::swap));
        List<Tuple2<Long, Long>> pairs = new ArrayList<>(sameText.collect());
        pairs.addAll(checked(distinct, crowded));
        return pairs;
    }

    /**
     * The articles with one shingle set, as pairs of the first (the smallest key) and each other: every two of them are
     * copies (they share all their band keys, and their Jaccard similarity is 1), and these pairs join them into the
     * same group as all those pairs would, so only the first is compared with the rest. A page served thousands of times
     * with one text costs as many pairs, not their square.
     */
    private static Iterator<Tuple2<Long, Long>> sameText(Iterable<Tuple2<Long, Print>> hashedAlike) {
        List<List<Tuple2<Long, Print>>> texts = new ArrayList<>();
        for (Tuple2<Long, Print> p : hashedAlike) {
            texts.stream().filter(t -> Arrays.equals(t.get(0)._2().shingles(), p._2().shingles())).findFirst()
                    .orElseGet(() -> {
                        texts.add(new ArrayList<>());
                        return texts.get(texts.size() - 1);
                    }).add(p);
        }
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        for (List<Tuple2<Long, Print>> text : texts) {
            long first = text.stream().mapToLong(Tuple2::_1).min().orElseThrow();
            text.stream().filter(p -> p._1() != first).forEach(p -> out.add(new Tuple2<>(first, p._1())));
        }
        return out.iterator();
    }

    /**
     * The pairs of {@code prints} that share a band key and pass the check. A key held by {@code crowdedAt} articles or
     * more (a template's frame, whose pairs are the square of its texts and few of them copies, or one text copied many
     * times) brings its articles' shingles together, and {@link NearDuplicates#similarPairs} finds there enough of its
     * pairs that pass to join them as all would; the other keys' pairs are checked after two joins.
     */
    private static List<Tuple2<Long, Long>> checked(JavaPairRDD<Long, Print> prints, int crowdedAt) {
        JavaPairRDD<Long, int[]> shingles = prints.mapValues(Print::shingles);
        JavaPairRDD<Integer, Long> filed = prints.flatMapToPair(p -> Arrays.stream(p._2().bandKeys()).distinct()
                .mapToObj(key -> new Tuple2<>(key, p._1())).iterator());
        Set<Integer> crowded = new HashSet<>(filed.mapToPair(f -> new Tuple2<>(f._1(), 1)).reduceByKey(Integer::sum)
                .filter(count -> count._2() >= crowdedAt).keys().collect());
        JavaPairRDD<Long, Long> candidates = filed.filter(f -> !crowded.contains(f._1()))
                .groupByKey()
                .flatMapToPair(bucket -> pairs(bucket._2()))
                .distinct();
        JavaPairRDD<Long, Long> passed = candidates.join(shingles)
                .mapToPair(c -> new Tuple2<>(c._2()._1(), new Tuple2<>(c._1(), c._2()._2())))
                .join(shingles)
                .filter(c -> DuplicateSettings.DEFAULT.similar(c._2()._1()._2(), c._2()._2()))
                .mapToPair(c -> new Tuple2<>(c._2()._1()._1(), c._1()));
        JavaPairRDD<Long, Long> passedCrowded = prints
                .flatMapToPair(p -> Arrays.stream(p._2().bandKeys()).distinct().filter(crowded::contains)
                        .mapToObj(key -> new Tuple2<>(key, new Tuple2<>(p._1(), p._2().shingles()))).iterator())
                .groupByKey()
                .flatMapToPair(bucket -> similar(bucket._2()));
        return passed.union(passedCrowded).distinct().collect();
    }

    /** Pairs of the articles of one crowded band key that pass the check and join them, the smaller key first. */
    private static Iterator<Tuple2<Long, Long>> similar(Iterable<Tuple2<Long, int[]>> filed) {
        List<Tuple2<Long, int[]>> texts = new ArrayList<>();
        filed.forEach(texts::add);
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        List<int[]> sets = texts.stream().map(Tuple2::_2).toList();
        for (int[] pair : NearDuplicates.similarPairs(sets, DuplicateSettings.DEFAULT)) {
            long a = texts.get(pair[0])._1();
            long b = texts.get(pair[1])._1();
            out.add(new Tuple2<>(Math.min(a, b), Math.max(a, b)));
        }
        return out.iterator();
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
