package org.dateline.pipeline;

import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.ingest.LinkFetcher;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.RawPage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One {@code analyze} run over the inputs: reads them, extracts and analyses every page on a pool of worker
 * threads, and hands each finished article to the sink <em>in input order</em>, from one thread at a time, so
 * a run with one thread and a run with many give the same sequence (and the same output files). What was odd about
 * reading a page (a guessed encoding, a malformed sidecar, a page cut at a size limit) and a page that fails are
 * reported to {@code problems}, naming the source, and the run goes on; an article whose id was already
 * seen in this run, or is among the ids already stored (a batch added to an earlier output), is skipped before
 * its costly analysis. A sink that throws stops the run: no further page is analysed, and {@link #run} rethrows
 * the sink's exception once the workers have stopped.
 */
public final class AnalysisRun {
    /**
     * What a run did.
     *
     * @param pages      pages read from the inputs
     * @param articles   articles analysed and handed to the sink
     * @param skipped    pages not analysed: no article text, an article seen before in this run, or already stored
     * @param stored     of those, the articles skipped because their id was already stored
     * @param resumed    articles not analysed again because an interrupted run had analysed them (counted in
     *                   {@code articles})
     * @param failed     pages whose analysis failed (each reported)
     * @param unreadable inputs or parts of inputs (a file, a WARC record, a JSONL line, a feed item) that were
     *                   reported as unreadable and skipped, pages with no article text, and pages read in part (cut at
     *                   a size limit)
     */
    public record Summary(int pages, int articles, int skipped, int stored, int resumed, int failed, int unreadable,
                          Duration elapsed) {
        /** Whether something was reported as skipped or failed: the output lacks part of the input. */
        public boolean incomplete() {
            return failed > 0 || unreadable > 0;
        }
    }

    /** Takes each analysed article; an {@link IOException} stops the run. */
    @FunctionalInterface
    public interface Sink {
        void accept(AnalyzedArticle analyzed) throws IOException;
    }

    /** How many pages may be read ahead of the oldest one still being analysed, per worker thread. */
    private static final int READ_AHEAD_PER_THREAD = 4;

    private final ArticleExtractor extractor;
    private final Analyzer analyzer;
    private final int threads;
    private final Optional<LinkFetcher> fetcher;
    private final Duration budget;

    /** How long one page may take by default before its worker is interrupted ({@link Watchdog}). */
    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(5);

    /** A run that never downloads: feed items that only link to their article are reported, not fetched. */
    public AnalysisRun(ArticleExtractor extractor, Analyzer analyzer, int threads) {
        this(extractor, analyzer, threads, Optional.empty(), DEFAULT_BUDGET);
    }

    /**
     * @param fetcher downloads the articles feed items only link to, when given
     * @param budget  how long one page may take: its worker is interrupted then, and the page given up (reported as
     *                failed, the run going on without it) at twice the budget
     */
    public AnalysisRun(ArticleExtractor extractor, Analyzer analyzer, int threads, Optional<LinkFetcher> fetcher,
                       Duration budget) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.extractor = extractor;
        this.analyzer = analyzer;
        this.threads = threads;
        this.fetcher = fetcher;
        this.budget = budget;
    }

    public Summary run(List<Path> inputs, Sink sink, Consumer<String> problems) throws IOException {
        return run(inputs, Set.of(), Map.of(), sink, problems);
    }

    /**
     * A run that skips the articles whose id is in {@code stored} (read, extracted, never analysed), and hands on the
     * analysis in {@code resumed} (by article id: what an interrupted run analysed) instead of analysing again.
     */
    public Summary run(List<Path> inputs, Set<String> stored, Map<String, AnalyzedArticle> resumed, Sink sink,
                       Consumer<String> problems) throws IOException {
        long started = System.nanoTime();
        Counts counts = new Counts();
        Map<String, Long> firstPageOf = new ConcurrentHashMap<>();
        InOrder delivery = new InOrder(sink, problems, threads * READ_AHEAD_PER_THREAD);
        ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "dateline-worker");
            t.setDaemon(true);
            return t;
        });
        try (Watchdog watchdog = new Watchdog(budget)) {
            Inputs.read(inputs, fetcher, page -> {
                if (delivery.failed()) {
                    return;
                }
                counts.pages.incrementAndGet();
                for (String warning : page.warnings()) {
                    delivery.problem(page.source() + ": " + warning);
                    if (warning.startsWith(Article.TRUNCATED)) {
                        counts.unreadable.incrementAndGet();
                    }
                }
                long seq = delivery.reserve();
                pool.execute(() -> {
                    Watchdog.Watch watch = watchdog.start(() -> {
                        counts.failed.incrementAndGet();
                        delivery.problem(page.source() + ": analysis given up after " + seconds(budget.multipliedBy(2))
                                + ", twice the per-article time budget; the run goes on without it");
                        replaceStuckWorker(pool);
                        delivery.done(seq, null);
                    });
                    AnalyzedArticle done = null;
                    String failure = null;
                    try {
                        if (!delivery.failed()) {
                            done = process(page, seq, firstPageOf, stored, resumed, counts, delivery::problem);
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        failure = watch.overBudget() ? "analysis stopped after " + seconds(budget)
                                + ", the per-article time budget; the run goes on without it" : "analysis failed: " + e;
                    } finally {
                        if (watch.finish()) {
                            if (failure != null) {
                                counts.failed.incrementAndGet();
                                delivery.problem(page.source() + ": " + failure);
                            }
                            delivery.done(seq, done);
                        }
                    }
                });
            }, message -> {
                counts.unreadable.incrementAndGet();
                delivery.problem(message);
            });
            delivery.awaitAll();
        } finally {
            pool.shutdownNow();
        }
        delivery.rethrow();
        int articles = delivery.delivered();
        return new Summary(counts.pages.get(), articles, counts.pages.get() - articles - counts.failed.get(),
                counts.stored.get(), counts.resumed.get(), counts.failed.get(), counts.unreadable.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Extracts and analyses one page, or returns null when it is skipped. Of two pages with the same article,
     * the one read first is kept whichever finishes first: a page skips its analysis when an earlier page
     * ({@code firstPageOf}, by read order) has the article, and {@link InOrder} drops a later copy that was
     * analysed before the earlier one registered.
     */
    private AnalyzedArticle process(RawPage page, long seq, Map<String, Long> firstPageOf, Set<String> stored,
                                    Map<String, AnalyzedArticle> resumed, Counts counts, Consumer<String> problems) {
        Article article = extractor.extract(page);
        if (article.text().isBlank()) {
            counts.unreadable.incrementAndGet();
            problems.accept(page.source() + ": no article text found, skipped");
            return null;
        }
        if (stored.contains(article.id())) {
            counts.stored.incrementAndGet();
            return null;
        }
        if (firstPageOf.merge(article.id(), seq, Math::min) != seq) {
            problems.accept(sameArticle(page.source(), article.id()));
            return null;
        }
        AnalyzedArticle before = resumed.get(article.id());
        if (before != null && sameInput(before.article(), article)) {
            counts.resumed.incrementAndGet();
            return before;
        }
        return analyzer.analyze(article);
    }

    /**
     * Whether an article analysed by an interrupted run was read from the same input as {@code extracted} (same id,
     * so the same outlet and text; and the same source and metadata). Warnings may differ: the analysis adds some.
     */
    private static boolean sameInput(Article analysed, Article extracted) {
        return Objects.equals(analysed.source(), extracted.source()) && Objects.equals(analysed.title(), extracted.title())
                && Objects.equals(analysed.published(), extracted.published())
                && Objects.equals(analysed.dateline(), extracted.dateline());
    }

    private static String sameArticle(String source, String id) {
        return source + ": same article as one already analysed in this run (id " + id + "), skipped";
    }

    /** The counters the workers share. */
    private static final class Counts {
        final AtomicInteger pages = new AtomicInteger();
        final AtomicInteger stored = new AtomicInteger();
        final AtomicInteger resumed = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger unreadable = new AtomicInteger();
    }

    /**
     * Hands finished pages to the sink in the order they were read. Each page reserves a sequence number when
     * it is read ({@link #reserve} blocks while {@code window} pages are read but not yet delivered, which bounds
     * memory); {@link #done} parks a finished page until every page before it is done. Problems are reported under
     * the same lock, so the sink and the problem consumer never run at the same time.
     */
    private static final class InOrder {
        private final Sink sink;
        private final Consumer<String> problems;
        private final Semaphore window;
        private final TreeMap<Long, Optional<AnalyzedArticle>> parked = new TreeMap<>();
        private final Set<String> deliveredIds = new HashSet<>();
        private long reserved;
        private long next;
        private int delivered;
        private volatile IOException failure;

        InOrder(Sink sink, Consumer<String> problems, int window) {
            this.sink = sink;
            this.problems = problems;
            this.window = new Semaphore(window);
        }

        /** Called by the reading thread only. */
        long reserve() {
            window.acquireUninterruptibly();
            synchronized (this) {
                return reserved++;
            }
        }

        /** Waits until every page reserved has been delivered (or given up). */
        synchronized void awaitAll() {
            while (next < reserved) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        synchronized void done(long seq, AnalyzedArticle article) {
            parked.put(seq, Optional.ofNullable(article));
            while (!parked.isEmpty() && parked.firstKey() == next) {
                Optional<AnalyzedArticle> first = parked.pollFirstEntry().getValue();
                next++;
                window.release();
                if (first.isPresent() && !deliveredIds.add(first.get().article().id())) {
                    problems.accept(sameArticle(first.get().article().source(), first.get().article().id()));
                } else if (first.isPresent() && failure == null) {
                    try {
                        sink.accept(first.get());
                        delivered++;
                    } catch (IOException e) {
                        failure = e;
                    }
                }
            }
            notifyAll();
        }

        synchronized void problem(String message) {
            problems.accept(message);
        }

        boolean failed() {
            return failure != null;
        }

        synchronized int delivered() {
            return delivered;
        }

        void rethrow() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** One more worker for one that a page holds past its budget (it is a daemon and is left to finish or hang). */
    private static synchronized void replaceStuckWorker(ThreadPoolExecutor pool) {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
