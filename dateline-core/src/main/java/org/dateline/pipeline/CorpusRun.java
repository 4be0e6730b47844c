package org.dateline.pipeline;

import org.dateline.corpus.BlockedStories;
import org.dateline.corpus.BlockedThreads;
import org.dateline.corpus.Corpus;
import org.dateline.corpus.CorpusActors;
import org.dateline.corpus.NearDuplicates;
import org.dateline.model.AnalyzedArticle;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The part of an {@link AnalyzeJob} run after the per-article stages: takes the analysed articles in input order,
 * hands each to every sink and to the corpus, then links the corpus and completes the sinks in the order given. A
 * front door whose per-article stages run elsewhere (a Spark job's executors) feeds it what they analysed, in input
 * order, and writes what {@code analyze} writes for the same articles.
 *
 * <p>The corpus holds each article with its short strings shared with those of the articles before it ({@link
 * SharedStrings}), the sinks get it as given.
 *
 * <p>Use: {@link #add} each article, then {@link #finish} once, in a try-with-resources block: {@link #close}
 * abandons every sink that was not completed (all of them when the run stopped before {@link #finish}).
 */
public final class CorpusRun implements AutoCloseable {
    private final SharedStrings strings = new SharedStrings(SharedStrings.ROOM);
    private final Corpus corpus;
    private final List<ResultSink> sinks;
    private final AnalyzeJob.Listener listener;
    private int quotes;
    private int times;
    private int events;
    private int completed;

    /**
     * @param earlier the earlier output the articles are added to, or {@link Corpus.Earlier#NONE}
     * @param sinks   where the results go, in the order they complete (the output files before a store)
     */
    public CorpusRun(Corpus.Earlier earlier, List<ResultSink> sinks, AnalyzeJob.Listener listener) {
        this.corpus = new Corpus(earlier);
        this.sinks = List.copyOf(sinks);
        this.listener = listener;
    }

    /**
     * Hands one analysed article to every sink and to the corpus; called in input order, from one thread at a time.
     *
     * @throws OutputException when a sink cannot write; the run must stop
     */
    public void add(AnalyzedArticle article) throws OutputException {
        for (ResultSink sink : sinks) {
            try {
                sink.add(article);
            } catch (IOException e) {
                throw new OutputException(sink.location(), e);
            }
        }
        corpus.add(strings.share(article));
        quotes += article.quotes().size();
        times += article.times().size();
        events += article.events().size();
        listener.analysed(article);
    }

    /**
     * Links the articles added and completes every sink with the links; when {@code summary} counts no article, no
     * sink is completed (each is abandoned) and the result has no links.
     *
     * @param summary what the per-article stages did, as the result reports it
     * @throws OutputException when a sink cannot write; the sinks not completed by then are abandoned on close
     */
    public AnalyzeJob.Result finish(AnalysisRun.Summary summary) throws OutputException {
        return finish(summary, corpus::link);
    }

    /**
     * Finishes as {@link #finish(AnalysisRun.Summary)} does, with the copies among the articles and the types of their
     * actors' names found elsewhere ({@link Corpus#link(Collection, CorpusActors.NameTypes)}).
     *
     * @throws OutputException when a sink cannot write; the sinks not completed by then are abandoned on close
     */
    public AnalyzeJob.Result finish(AnalysisRun.Summary summary, Collection<NearDuplicates.Pair> copies,
                                    CorpusActors.NameTypes types) throws OutputException {
        return finish(summary, () -> corpus.link(copies, types));
    }

    /**
     * Finishes as {@link #finish(AnalysisRun.Summary, Collection, CorpusActors.NameTypes)} does, with the blocks of the
     * actors joined elsewhere too ({@link Corpus#link(Collection, CorpusActors.NameTypes, List)}).
     *
     * @throws OutputException when a sink cannot write; the sinks not completed by then are abandoned on close
     */
    public AnalyzeJob.Result finish(AnalysisRun.Summary summary, Collection<NearDuplicates.Pair> copies,
                                    CorpusActors.NameTypes types, List<CorpusActors.Joined> actorBlocks)
            throws OutputException {
        return finish(summary, () -> corpus.link(copies, types, actorBlocks));
    }

    /**
     * Finishes as {@link #finish(AnalysisRun.Summary, Collection, CorpusActors.NameTypes, List)} does, with the stories
     * assigned by blocks of a week and the threads by blocks of stories where an assigner is given (null: the local
     * run's; {@link Corpus#link(Collection, CorpusActors.NameTypes, List, BlockedStories.Assigner,
     * BlockedThreads.Assigner)}): not {@code analyze}'s stories and threads where a block moves one.
     *
     * @throws OutputException when a sink cannot write; the sinks not completed by then are abandoned on close
     */
    public AnalyzeJob.Result finish(AnalysisRun.Summary summary, Collection<NearDuplicates.Pair> copies,
                                    CorpusActors.NameTypes types, List<CorpusActors.Joined> actorBlocks,
                                    BlockedStories.Assigner stories, BlockedThreads.Assigner threads)
            throws OutputException {
        return finish(summary, () -> corpus.link(copies, types, actorBlocks, stories, threads));
    }

    private AnalyzeJob.Result finish(AnalysisRun.Summary summary, Supplier<Corpus.Linked> link) throws OutputException {
        if (summary.articles() == 0) {
            return new AnalyzeJob.Result(summary, 0, 0, 0, null);
        }
        listener.linking(corpus.size());
        Corpus.Linked linked = link.get();
        for (ResultSink sink : sinks) {
            try {
                sink.complete(linked);
            } catch (IOException e) {
                throw new OutputException(sink.location(), e);
            }
            completed++;
        }
        return new AnalyzeJob.Result(summary, quotes, times, events, linked);
    }

    /** Abandons every sink not completed; never throws. */
    @Override
    public void close() {
        sinks.subList(completed, sinks.size()).forEach(ResultSink::abandon);
    }
}
