package org.dateline.pipeline;

import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.ingest.LinkFetcher;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.RawPage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One {@code analyze} run: reads the inputs, extracts and analyses every page on a pool of worker
 * threads, and hands each finished article to the sink. The sink is called from one thread at a time,
 * in completion order. A page that fails is reported to {@code problems} (naming its source) and the
 * run goes on; an article whose id was already seen in this run, or is among the ids already stored (a
 * batch added to an earlier output), is skipped before its costly analysis.
 */
public final class AnalysisRun {
    /**
     * What a run did.
     *
     * @param skipped pages skipped: no article text, or an article seen before in this run or already stored
     * @param stored  of those, the articles skipped because their id was already stored
     */
    public record Summary(int pages, int articles, int skipped, int stored, int failed, Duration elapsed) {
    }

    private final ArticleExtractor extractor;
    private final Analyzer analyzer;
    private final int threads;
    private final Optional<LinkFetcher> fetcher;

    /** A run that never downloads: feed items that only link to their article are reported, not fetched. */
    public AnalysisRun(ArticleExtractor extractor, Analyzer analyzer, int threads) {
        this(extractor, analyzer, threads, Optional.empty());
    }

    /** A run that downloads the articles feed items only link to, with {@code fetcher} when given. */
    public AnalysisRun(ArticleExtractor extractor, Analyzer analyzer, int threads, Optional<LinkFetcher> fetcher) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.threads = threads;
        this.fetcher = fetcher;
    }

    public Summary run(List<Path> inputs, Consumer<AnalyzedArticle> sink, Consumer<String> problems) {
        return run(inputs, Set.of(), sink, problems);
    }

    /** A run that skips the articles whose id is in {@code stored} (read, extracted, never analysed). */
    public Summary run(List<Path> inputs, Set<String> stored, Consumer<AnalyzedArticle> sink, Consumer<String> problems) {
        long started = System.nanoTime();
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger articles = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger alreadyStored = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Semaphore inFlight = new Semaphore(threads * 2);
        Object sinkLock = new Object();
        Consumer<String> safeProblems = message -> {
            synchronized (sinkLock) {
                problems.accept(message);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "dateline-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Inputs.read(inputs, fetcher, page -> {
                pages.incrementAndGet();
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        AnalyzedArticle done = process(page, seen, stored, alreadyStored, safeProblems);
                        if (done == null) {
                            skipped.incrementAndGet();
                            return;
                        }
                        synchronized (sinkLock) {
                            sink.accept(done);
                        }
                        articles.incrementAndGet();
                    } catch (RuntimeException | StackOverflowError e) {
                        failed.incrementAndGet();
                        safeProblems.accept(page.source() + ": analysis failed: " + e);
                    } finally {
                        inFlight.release();
                    }
                });
            }, safeProblems);
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        return new Summary(pages.get(), articles.get(), skipped.get(), alreadyStored.get(), failed.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private AnalyzedArticle process(RawPage page, Set<String> seen, Set<String> stored, AtomicInteger alreadyStored,
                                    Consumer<String> problems) {
        Article article = extractor.extract(page);
        if (article.text().isBlank()) {
            problems.accept(page.source() + ": no article text found, skipped");
            return null;
        }
        if (stored.contains(article.id())) {
            alreadyStored.incrementAndGet();
            return null;
        }
        if (!seen.add(article.id())) {
            problems.accept(page.source() + ": same article as one already analysed in this run (id "
                    + article.id() + "), skipped");
            return null;
        }
        return analyzer.analyze(article);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
