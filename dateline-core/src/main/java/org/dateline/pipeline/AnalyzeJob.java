package org.dateline.pipeline;

import org.dateline.corpus.Corpus;
import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.LinkFetcher;
import org.dateline.model.AnalyzedArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code analyze} use case as a library, for every front door (the command line, a server, a Spark driver):
 * inputs -> articles -> corpus -> sinks. Each analysed article goes to every sink ({@link ResultSink#add}) in
 * input order, then to the corpus; when the inputs are done the corpus stage links the articles (copies, corpus
 * actors, stories, facts) and each sink, in the order given, completes with the linked records. Put the output
 * files before a store, so a store never holds what the files lack.
 *
 * <p>A sink that cannot write stops the run: no further page is analysed, every sink not yet complete is
 * {@linkplain ResultSink#abandon abandoned} (so what it held before is as it was) and {@link #run} throws an
 * {@link OutputException} naming the sink's location. A run with no new article completes no sink. The part after the
 * per-article stages is a {@link CorpusRun}, which a front door that analyses articles elsewhere uses alone. An input that
 * cannot be read, or whose analysis fails, is reported to the listener and the run goes on
 * ({@link AnalysisRun.Summary#incomplete()}).
 *
 * <p>The job holds no state between runs; one instance may run several times, one run at a time.
 */
public final class AnalyzeJob {

    /** What a front door hears of a run while it goes; called from one thread at a time. */
    public interface Listener {
        /** An article was analysed and handed to the sinks. */
        default void analysed(AnalyzedArticle article) {
        }

        /** An input, or part of one, was skipped or failed; the message names it. */
        default void problem(String message) {
        }

        /** The inputs are done; the corpus stage links {@code articles} articles. */
        default void linking(int articles) {
        }
    }

    /**
     * What a run did.
     *
     * @param linked the corpus stage's links, or null when the run analysed no new article (no sink completed)
     */
    public record Result(AnalysisRun.Summary summary, int quotes, int times, int events, Corpus.Linked linked) {
        public boolean wroteOutput() {
            return linked != null;
        }
    }

    private final AnalysisRun analysis;

    /**
     * @param threads worker threads for extraction and analysis (at least 1); the output does not depend on it
     * @param fetcher downloads the articles feed items only link to; empty for a run without network access
     */
    public AnalyzeJob(ArticleExtractor extractor, Analyzer analyzer, int threads, Optional<LinkFetcher> fetcher) {
        this(extractor, analyzer, threads, fetcher, AnalysisRun.DEFAULT_BUDGET);
    }

    /**
     * @param budget how long one article may take; past it the article's analysis is stopped and reported, and the
     *               run goes on ({@link AnalysisRun})
     */
    public AnalyzeJob(ArticleExtractor extractor, Analyzer analyzer, int threads, Optional<LinkFetcher> fetcher,
                      Duration budget) {
        this.analysis = new AnalysisRun(extractor, analyzer, threads, fetcher, budget);
    }

    /**
     * Analyses {@code inputs} (files and folders) and adds them to {@code earlier} (an earlier output the batch is
     * added to, or {@link Corpus.Earlier#NONE}); articles already in it are skipped before their analysis.
     *
     * @throws OutputException when a sink cannot write; every sink not complete by then is abandoned
     */
    public Result run(List<Path> inputs, Corpus.Earlier earlier, List<ResultSink> sinks, Listener listener)
            throws OutputException {
        return run(inputs, earlier, Map.of(), sinks, listener);
    }

    /**
     * {@link #run(List, Corpus.Earlier, List, Listener)}, reusing {@code resumed}: the analyses an interrupted run
     * left ({@link JsonlOutput#resumed()}), by article id. The output is the same as without them.
     */
    public Result run(List<Path> inputs, Corpus.Earlier earlier, Map<String, AnalyzedArticle> resumed,
                      List<ResultSink> sinks, Listener listener) throws OutputException {
        Set<String> stored = earlier.articles().stream().map(a -> a.article().id()).collect(Collectors.toSet());
        try (CorpusRun corpus = new CorpusRun(earlier, sinks, listener)) {
            return corpus.finish(analysis.run(inputs, stored, resumed, corpus::add, listener::problem));
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            throw new OutputException("the output", e);
        }
    }
}
