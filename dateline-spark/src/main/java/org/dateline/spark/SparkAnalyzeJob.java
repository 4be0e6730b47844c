package org.dateline.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dateline.corpus.BlockedThreads;
import org.dateline.corpus.Corpus;
import org.dateline.corpus.CorpusActors;
import org.dateline.corpus.NearDuplicates;
import org.dateline.model.AnalyzedArticle;
import org.dateline.pipeline.AnalysisRun;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.CorpusRun;
import org.dateline.pipeline.OutputException;
import org.dateline.pipeline.RecordJson;
import org.dateline.pipeline.ResultSink;
import scala.Tuple2;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The {@code analyze} use case as a Spark job. The per-article stages run on the executors: each input file is read
 * and its pages extracted in a task of its own; a page whose article was already read from an earlier page (in the
 * run's reading order) is dropped, as {@code analyze} drops it; the articles are spread over the cluster and
 * analysed ({@link PageStages}, with the models loaded once per executor, {@link Models}), and their copies among
 * them found on the executors too ({@link CopyPairs}), and the one type of each actor's name in the corpus, from
 * the votes of every article summed by name ({@link NameVotes}). The driver collects the pairs of copies and the
 * decided types, then the analysed articles one partition at a time, sorted by reading order on the executors (the
 * driver never holds the JSON of the whole run), and hands them to the corpus stage that {@code analyze} runs ({@link
 * CorpusRun}), which joins the pairs into groups and links corpus actors (with those types), stories and threads by
 * the same code on the same sequence, so the sinks write what {@code analyze} writes for the same inputs. With
 * {@link StoryAssignment#blocks} the stories are assigned by blocks of a week on the executors instead ({@link
 * StoryBlocks}): not {@code analyze}'s stories ({@code docs/scale.md}, "Stories and threads by blocks"); with {@link
 * ThreadLinking#blocks} the threads are assigned by blocks of stories on the executors ({@link ThreadBlocks}), from
 * the local or the blocked stories: not {@code analyze}'s threads where a block moves a story.
 *
 * <p>Problems (an unreadable input, a corrupt WARC record with its file and offset, a page that failed) go to the
 * listener in reading order, naming the input; the run goes on without what they cost.
 */
public final class SparkAnalyzeJob {
    /** Analysis partitions per core of the cluster: small enough tasks to even out articles of unequal length. */
    private static final int PARTITIONS_PER_CORE = 4;

    /** Where the stories are assigned (written in lower case, as the command line takes them). */
    public enum StoryAssignment {
        /** On the driver, by {@code analyze}'s own run over the whole corpus: {@code analyze}'s record. */
        local,
        /** By blocks of a week on the executors ({@link org.dateline.corpus.BlockedStories}): not {@code analyze}'s record. */
        blocks
    }

    /** Where the stories are linked into threads (written in lower case, as the command line takes them). */
    public enum ThreadLinking {
        /** On the driver, by {@code analyze}'s own run over the whole corpus: {@code analyze}'s record. */
        local,
        /**
         * By blocks of stories that share rare names and places, on the executors ({@link ThreadBlocks}): not {@code
         * analyze}'s record where a block moves a story.
         */
        blocks
    }

    private final Thresholds least;
    private final StoryAssignment stories;
    private final ThreadLinking threads;

    /** @param least the facts below these confidences are left out, as {@code analyze} leaves them out */
    public SparkAnalyzeJob(Thresholds least) {
        this(least, StoryAssignment.local);
    }

    /**
     * @param least   the facts below these confidences are left out, as {@code analyze} leaves them out
     * @param stories where the stories are assigned
     */
    public SparkAnalyzeJob(Thresholds least, StoryAssignment stories) {
        this(least, stories, ThreadLinking.local);
    }

    /**
     * @param least   the facts below these confidences are left out, as {@code analyze} leaves them out
     * @param stories where the stories are assigned
     * @param threads where the stories are linked into threads
     */
    public SparkAnalyzeJob(Thresholds least, StoryAssignment stories, ThreadLinking threads) {
        this.least = least;
        this.stories = stories;
        this.threads = threads;
    }

    /**
     * Analyses {@code inputs} (local paths or Hadoop file system URIs, files or folders) and completes {@code sinks}
     * with the linked result, as {@link AnalyzeJob#run} does for a new output.
     *
     * @throws OutputException when a sink cannot write; every sink not complete by then is abandoned
     */
    public AnalyzeJob.Result run(SparkSession spark, List<String> inputs, List<ResultSink> sinks,
                                 AnalyzeJob.Listener listener) throws OutputException {
        long started = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> listingProblems = new ArrayList<>();
        List<String> files = SparkInputs.files(inputs, context.hadoopConfiguration(), listingProblems::add);
        listingProblems.forEach(listener::problem);
        List<PageStages.InputRef> refs = IntStream.range(0, files.size())
                .mapToObj(i -> new PageStages.InputRef(i, files.get(i))).toList();
        JavaRDD<PageRow> rows = context.parallelize(refs, Math.max(1, refs.size()))
                .mapPartitions(PageStages::read).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, PageRow> pages = rows.filter(r -> r.kind() == PageRow.Kind.ARTICLE).keyBy(PageRow::id);
        JavaPairRDD<String, Tuple2<PageRow, Long>> withFirst = pages
                .join(pages.mapValues(PageRow::order).reduceByKey(Math::min))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Thresholds least = this.least;
        int partitions = Math.max(1, context.defaultParallelism() * PARTITIONS_PER_CORE);
        JavaRDD<AnalysedRow> analysedRows = withFirst.filter(p -> p._2()._1().order() == p._2()._2()).values()
                .map(Tuple2::_1).repartition(partitions).mapPartitions(it -> PageStages.analyse(it, least))
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Tuple2<Long, Long>> copies = CopyPairs.find(analysedRows.filter(a -> a.print() != null)
                .mapToPair(a -> new Tuple2<>(a.order(), a.print())));
        List<PageRow> messages = new ArrayList<>(rows.filter(r -> r.kind() != PageRow.Kind.ARTICLE).collect());
        messages.addAll(withFirst.filter(p -> p._2()._1().order() != p._2()._2()).values().map(p -> PageRow.message(
                p._1().order(), PageRow.Kind.NOTE, p._1().source() + ": same article as one already analysed in this run"
                        + " (id " + p._1().id() + "), skipped")).collect());
        analysedRows.filter(a -> a.failure() != null).map(AnalysedRow::withoutPrint).collect()
                .forEach(a -> messages.add(PageRow.message(a.order(), PageRow.Kind.FAILED, a.failure())));
        messages.sort(Comparator.comparingLong(PageRow::order));
        messages.forEach(m -> listener.problem(m.text()));
        long pageCount = rows.filter(r -> r.kind().page()).count();
        withFirst.unpersist();
        rows.unpersist();

        int unreadable = listingProblems.size() + (int) messages.stream().filter(m -> m.kind().unreadable()).count();
        int failed = (int) messages.stream().filter(m -> m.kind() == PageRow.Kind.FAILED).count();
        CorpusActors.NameTypes types = NameVotes.decide(analysedRows.map(AnalysedRow::analysed).filter(Objects::nonNull));
        List<CorpusActors.Joined> actorBlocks = ActorBlocks.join(analysedRows.filter(a -> a.analysed() != null), types);
        Iterator<AnalysedRow> ordered = analysedRows.filter(a -> a.analysed() != null).map(AnalysedRow::withoutPrint)
                .sortBy(AnalysedRow::order, true, partitions).toLocalIterator();
        try (CorpusRun corpus = new CorpusRun(Corpus.Earlier.NONE, sinks, listener)) {
            Map<Long, String> idOf = new HashMap<>();
            while (ordered.hasNext()) {
                AnalysedRow row = ordered.next();
                AnalyzedArticle article = RecordJson.read(row.analysed(), AnalyzedArticle.class);
                idOf.put(row.order(), article.article().id());
                corpus.add(article);
            }
            AnalysisRun.Summary summary = new AnalysisRun.Summary((int) pageCount, idOf.size(),
                    (int) pageCount - idOf.size() - failed, 0, 0, failed, unreadable,
                    Duration.ofNanos(System.nanoTime() - started));
            List<NearDuplicates.Pair> pairs = copies.stream()
                    .map(c -> new NearDuplicates.Pair(idOf.get(c._1()), idOf.get(c._2()))).toList();
            JavaRDD<AnalysedRow> analysed = analysedRows.filter(a -> a.analysed() != null);
            StoryBlocks storyBlocks = stories == StoryAssignment.blocks ? new StoryBlocks(analysed) : null;
            ThreadBlocks threadBlocks = threads == ThreadLinking.blocks
                    ? new ThreadBlocks(analysed, BlockedThreads.CAP) : null;
            if (storyBlocks == null && threadBlocks == null) {
                analysedRows.unpersist(); // the executors have nothing left to do: free their cache before linking
            }
            return corpus.finish(summary, pairs, types, actorBlocks, storyBlocks, threadBlocks);
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("an executor's analysis could not be read back: " + e.getMessage(), e);
        } finally {
            analysedRows.unpersist();
        }
    }
}
