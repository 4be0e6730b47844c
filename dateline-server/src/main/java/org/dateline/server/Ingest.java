package org.dateline.server;

import org.dateline.export.ContractReader;
import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.model.AnalyzedArticle;
import org.dateline.store.Store;
import org.dateline.store.StoreLocation;
import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.JsonlOutput;
import org.dateline.pipeline.OutputException;
import org.dateline.pipeline.StoreOutput;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Live ingestion ({@code POST /api/ingest}): each uploaded file is streamed to a folder of its own and becomes a job;
 * jobs run one at a time, in the order they came, each the same run as {@code dateline analyze FILE --out OUT
 * --store STORE --append} ({@link AnalyzeJob} with the output files, then the store, as sinks). A job is
 * visible to readers only when it is complete: the files and the store change when the run ends ({@link JsonlOutput},
 * the store committed once), and then {@link Publisher#publish} swaps what the server answers from. A job that fails
 * leaves both as they were and says why.
 *
 * <p>The language models are loaded by the first job, not when the server starts. An upload's file is deleted when its
 * job ends; the articles it held name it, under the server's upload folder, as their {@code source}.
 *
 * <p>Thread-safety: {@link #submit}, {@link #job} and {@link #jobs} may be called from any thread at any time.
 */
final class Ingest implements Closeable {
    /** How many jobs are remembered (the oldest finished ones are forgotten first). */
    static final int KEPT_JOBS = 100;
    /** How many of a job's warnings are kept; the rest are counted. */
    static final int KEPT_WARNINGS = 50;

    /** Where a job is. */
    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** Makes a completed batch what readers see, at once, and says what is served now. */
    @FunctionalInterface
    interface Publisher {
        ServedOutput.Counts publish() throws IOException;
    }

    /**
     * What a job is doing or did, as {@code GET /api/jobs/{id}} answers.
     *
     * @param phase         what a running job does now (loading the models, analysing, linking, committing)
     * @param pages         the pages the upload holds, null until they are counted
     * @param articles      articles analysed so far
     * @param skipped       pages whose article is already served, or no article at all, when the job is over
     * @param warnings      what was odd about the upload's inputs, as {@code analyze} reports it on stderr
     * @param moreWarnings  warnings beyond the first {@value #KEPT_WARNINGS}, counted only
     * @param error         why a failed job failed; null otherwise
     * @param served        what the server serves after a job that added articles; null otherwise
     */
    record JobStatus(String id, State state, String phase, String name, long bytes, Integer pages, int articles,
                     int skipped, List<String> warnings, int moreWarnings, String error, Instant submitted,
                     Instant started, Instant finished, ServedOutput.Counts served) {
    }

    private final Path out;
    private final StoreLocation store;
    private final Supplier<Analyzer> analyzers;
    private final Publisher publisher;
    private final long maxUpload;
    private final Path uploads;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dateline-ingest");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    /** Set by the first job, on the runner's thread only. */
    private Analyzer analyzer;

    /**
     * @param analyzers makes the analyzer (loading the language models); called once, by the first job
     * @param publisher called after each job that added articles, on the job's thread
     */
    Ingest(Path out, StoreLocation store, Supplier<Analyzer> analyzers, Publisher publisher, long maxUpload) throws IOException {
        this.out = out;
        this.store = store;
        this.analyzers = analyzers;
        this.publisher = publisher;
        this.maxUpload = maxUpload;
        this.uploads = Files.createTempDirectory("dateline-uploads");
    }

    /** An upload's body, opened once. */
    @FunctionalInterface
    interface Body {
        InputStream open() throws IOException;
    }

    /**
     * Streams {@code body} to a file named after {@code name} (its letters, digits, dots, dashes and underscores: the
     * readers judge a file by its name and first bytes) and queues a job for it.
     *
     * @param declared the length the request declared, or -1 when it declared none
     * @param body     opened only when the declared length is within the limit: opening a request's body is what
     *                 answers a client's "Expect: 100-continue", so a refused client is never asked to send it
     * @throws ApiException.TooLarge when the body is, or is declared to be, over the upload limit (nothing is kept)
     */
    JobStatus submit(String name, long declared, Body body) throws IOException {
        if (declared > maxUpload) {
            throw tooLarge();
        }
        String id = String.valueOf(ids.incrementAndGet());
        Path folder = Files.createDirectory(uploads.resolve("job-" + id));
        Path file = folder.resolve(fileName(name));
        long bytes;
        try (InputStream from = body.open(); OutputStream to = Files.newOutputStream(file)) {
            bytes = copy(from, to);
        } catch (IOException | ApiException e) {
            delete(folder);
            throw e;
        }
        Job job = new Job(id, file.getFileName().toString(), bytes, file);
        synchronized (jobs) {
            jobs.put(id, job);
            forgetOld();
        }
        runner.execute(() -> run(job));
        return job.status();
    }

    Optional<JobStatus> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(Job::status);
        }
    }

    /** Every job remembered, newest first. */
    List<JobStatus> jobs() {
        List<Job> all;
        synchronized (jobs) {
            all = new ArrayList<>(jobs.values());
        }
        Collections.reverse(all);
        return all.stream().map(Job::status).toList();
    }

    /** Stops the running job (its batch is not committed) and deletes the uploads. */
    @Override
    public void close() {
        runner.shutdownNow();
        try {
            runner.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delete(uploads);
    }

    private long copy(InputStream in, OutputStream to) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > maxUpload) {
                throw tooLarge();
            }
            to.write(buffer, 0, n);
        }
        return total;
    }

    private ApiException.TooLarge tooLarge() {
        return new ApiException.TooLarge("the upload is over this server's limit of " + maxUpload + " bytes");
    }

    /** A safe file name keeping what the readers look at: {@code ../a b.warc.gz} becomes {@code a_b.warc.gz}. */
    static String fileName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[._]+", "");
        safe = safe.length() > 100 ? safe.substring(safe.length() - 100) : safe;
        return safe.isEmpty() ? "upload" : safe;
    }

    /** Forgets the oldest finished jobs beyond {@value #KEPT_JOBS}; queued and running ones stay. */
    private void forgetOld() {
        int over = jobs.size() - KEPT_JOBS;
        for (var it = jobs.values().iterator(); it.hasNext() && over > 0; ) {
            State state = it.next().status().state();
            if (state == State.DONE || state == State.FAILED) {
                it.remove();
                over--;
            }
        }
    }

    private void run(Job job) {
        job.start();
        try {
            if (analyzer == null) {
                job.phase("loading the language models");
                analyzer = analyzers.get();
            }
            job.phase("counting pages");
            job.pages(countPages(job.file));
            job.phase("analysing");
            AnalyzeJob.Result result = analyse(job);
            if (!result.wroteOutput()) {
                job.skipped(result.summary().skipped());
                if (result.summary().stored() > 0) {
                    job.done(null);
                } else {
                    job.fail("no article found in the upload; nothing was added");
                }
                return;
            }
            job.skipped(result.summary().skipped());
            job.phase("committing");
            job.done(publisher.publish());
        } catch (OutputException e) {
            job.fail("the batch could not be written, nothing was added: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            job.fail("the batch could not be added, nothing was: " + e.getMessage());
        } catch (RuntimeException e) {
            job.fail("internal error, nothing was added: " + e);
        } catch (OutOfMemoryError e) {
            job.fail("out of memory (a heap of " + (Runtime.getRuntime().maxMemory() >> 20) + " MB), nothing was added;"
                    + " what it analysed is reused when the same upload is sent again; give the server more heap"
                    + " (DATELINE_JAVA_OPTS=-Xmx...)");
        } finally {
            delete(job.file.getParent());
        }
    }

    /** The run of {@code analyze FILE --append} into the served folder and store. */
    private AnalyzeJob.Result analyse(Job job) throws IOException {
        try (Store index = store.open()) {
            AnalysisKey key = analyzer.key();
            JsonlOutput files = ContractReader.holdsOutput(out) ? JsonlOutput.adding(out, key) : JsonlOutput.replacing(out, key);
            if (files.discarded()) {
                job.warn("an interrupted ingest into the served folder was made by other code or settings;"
                        + " none of its analyses is reused");
            }
            if (!files.resumed().isEmpty()) {
                job.warn("resuming an interrupted ingest: the " + files.resumed().size()
                        + " articles it analysed are reused where this upload holds them");
            }
            AnalyzeJob run = new AnalyzeJob(new ArticleExtractor(), analyzer, Runtime.getRuntime().availableProcessors(),
                    Optional.empty());
            return run.run(List.of(job.file), files.earlier(), files.resumed(),
                    List.of(files, new StoreOutput(index, store.toString())), new AnalyzeJob.Listener() {
                        @Override
                        public void analysed(AnalyzedArticle article) {
                            job.analysed();
                        }

                        @Override
                        public void problem(String message) {
                            job.warn(message.replace(job.file.getParent() + "/", ""));
                        }

                        @Override
                        public void linking(int articles) {
                            job.phase("linking " + articles + " articles");
                        }
                    });
        }
    }

    private static int countPages(Path file) {
        AtomicInteger pages = new AtomicInteger();
        Inputs.read(List.of(file), page -> pages.incrementAndGet(), problem -> { });
        return pages.get();
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the temporary folder is the system's to clean then
        }
    }

    /** A job's state as it changes; every method locks the job. */
    private static final class Job {
        private final String id;
        private final String name;
        private final long bytes;
        private final Path file;
        private final Instant submitted = Instant.now();
        private final List<String> warnings = new ArrayList<>();
        private State state = State.QUEUED;
        private String phase = "queued";
        private Integer pages;
        private int articles;
        private int skipped;
        private int moreWarnings;
        private String error;
        private Instant started;
        private Instant finished;
        private ServedOutput.Counts served;

        Job(String id, String name, long bytes, Path file) {
            this.id = id;
            this.name = name;
            this.bytes = bytes;
            this.file = file;
        }

        synchronized JobStatus status() {
            return new JobStatus(id, state, phase, name, bytes, pages, articles, skipped, List.copyOf(warnings),
                    moreWarnings, error, submitted, started, finished, served);
        }

        synchronized void start() {
            state = State.RUNNING;
            started = Instant.now();
        }

        synchronized void phase(String now) {
            phase = now;
        }

        synchronized void pages(int n) {
            pages = n;
        }

        synchronized void analysed() {
            articles++;
        }

        synchronized void skipped(int n) {
            skipped = n;
        }

        synchronized void warn(String message) {
            if (warnings.size() < KEPT_WARNINGS) {
                warnings.add(message);
            } else {
                moreWarnings++;
            }
        }

        synchronized void done(ServedOutput.Counts now) {
            finish(State.DONE, "done");
            served = now;
        }

        synchronized void fail(String why) {
            finish(State.FAILED, "failed");
            error = why;
        }

        private void finish(State end, String last) {
            state = end;
            phase = last;
            finished = Instant.now();
        }
    }
}
