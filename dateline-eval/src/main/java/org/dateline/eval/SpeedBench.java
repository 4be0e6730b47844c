package org.dateline.eval;

import org.dateline.corpus.Corpus;
import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.nlp.StageProfile;
import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.JsonlOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Tokens per second of Dateline's whole per-article analysis against plain CoreNLP with coreference and
 * quote attribution, on the same texts, one thread each. Model loading is timed apart; each side gets the
 * same untimed warm-up: the first text, then the whole set as many times as asked ({@code warmPasses}), so that the
 * timed pass can measure code the JIT has compiled. Both wall-clock and the working thread's CPU time are measured:
 * on a machine shared with other work the CPU-time ratio is the stable one. Dateline's side is profiled by stage
 * ({@link StageProfile}): reading the inputs, extraction, each CoreNLP annotator, each fact extractor, then linking
 * the corpus and writing the output files, with the CPU time and the heap bytes allocated in each.
 */
public final class SpeedBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String EVENTS = "events";

    /** Wall-clock and CPU seconds of one timed stretch on the calling thread. */
    public record Timing(double wall, double cpu) {
    }

    /** The articles read for a bench, with the profile of reading ({@code ingest}) and extracting them. */
    public record Input(List<Article> articles, StageProfile profile) {
    }

    /**
     * What one bench run measured.
     *
     * @param warmPasses untimed passes over every article each side made before its timed one
     * @param ours       the analysis ({@code Analyzer.analyze}) of every article: what the ratio compares
     * @param profile    Dateline's stages, from reading the inputs to writing the output files (timed pass only)
     */
    public record Result(int articles, long tokens, int warmPasses, double loadOurs, Timing ours, List<StageProfile.Stage> profile,
                         long peakHeapOurs, double loadPlain, Timing plain) {
        public Result {
            profile = List.copyOf(profile);
        }

        public double ratioWall() {
            return plain.wall() / ours.wall();
        }

        public double ratioCpu() {
            return plain.cpu() / ours.cpu();
        }

        /** CPU seconds of event coding ({@code EventExtractor.extract}) within {@link #ours}. */
        public double eventCpu() {
            return profile.stream().filter(s -> s.name().equals(EVENTS)).mapToLong(StageProfile.Stage::cpuNanos)
                    .sum() / 1e9;
        }

        /** How much event coding adds to the rest of Dateline's analysis, by CPU time: 0.05 is 5%. */
        public double eventShare() {
            return eventCpu() / (ours.cpu() - eventCpu());
        }

        public String format() {
            return String.format(Locale.ROOT, """
                    articles: %d, tokens: %d (one thread each, same texts; timed after %d warm passes)
                    dateline (annotate + times + actors + quotes + events): %,.0f tokens/s wall, %,.0f tokens/s CPU  (%.1f s; models %.1f s; peak heap %d MB)
                    event coding (EventExtractor.extract): %.2f s CPU, adds %.1f%% to the rest of the analysis's CPU time
                    plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote): %,.0f tokens/s wall, %,.0f tokens/s CPU  (%.1f s; models %.1f s)
                    ratio: %.2fx by wall clock, %.2fx by CPU time
                    """, articles, tokens, warmPasses,
                    tokens / ours.wall(), tokens / ours.cpu(), ours.wall(), loadOurs, peakHeapOurs / (1024 * 1024),
                    eventCpu(), 100 * eventShare(),
                    tokens / plain.wall(), tokens / plain.cpu(), plain.wall(), loadPlain, ratioWall(), ratioCpu())
                    + profileTable();
        }

        /**
         * Dateline's stages, one a line in the order they ran, then their sum: CPU time in all, per article and as
         * a share of the sum; heap allocation likewise.
         */
        public String profileTable() {
            long cpuAll = profile.stream().mapToLong(StageProfile.Stage::cpuNanos).sum();
            long bytesAll = profile.stream().mapToLong(StageProfile.Stage::allocatedBytes).sum();
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                    "Dateline's stages by the thread's CPU time, %d articles:%n%-28s %8s %11s %7s %10s %11s %7s%n",
                    articles, "stage", "CPU s", "ms/article", "share", "alloc MB", "KB/article", "share"));
            for (StageProfile.Stage s : profile) {
                table.append(row(s.name(), s.cpuNanos(), cpuAll, s.allocatedBytes(), bytesAll)).append('\n');
            }
            return table.append(row("all", cpuAll, cpuAll, bytesAll, bytesAll)).toString();
        }

        private String row(String name, long cpu, long cpuAll, long bytes, long bytesAll) {
            return String.format(Locale.ROOT, "%-28s %8.2f %11.2f %6.1f%% %10.1f %11.1f %6.1f%%", name, cpu / 1e9,
                    cpu / 1e6 / articles, 100.0 * cpu / Math.max(1, cpuAll), bytes / 1e6, bytes / 1e3 / articles,
                    100.0 * bytes / Math.max(1, bytesAll));
        }
    }

    private SpeedBench() {
    }

    /**
     * Reads every article under {@code paths} as {@code analyze} does, profiling the reading ({@code ingest}) and
     * the extraction ({@code extract}); pages without article text are left out, and what was odd about an input
     * goes to {@code problems}.
     */
    public static Input read(List<Path> paths, Consumer<String> problems) {
        StageProfile profile = StageProfile.measuring();
        List<RawPage> pages = new ArrayList<>();
        profile.run("ingest", () -> Inputs.read(paths, pages::add, problems));
        ArticleExtractor extractor = new ArticleExtractor();
        List<Article> articles = profile.time("extract", () -> pages.stream().map(extractor::extract)
                .filter(a -> !a.text().isBlank()).toList());
        return new Input(articles, profile);
    }

    /**
     * Times each side on every article of {@code input} after {@code warmPasses} untimed passes over them all;
     * 0 warms each side on the first article only.
     */
    public static Result run(Input input, int warmPasses, Consumer<String> log) {
        List<Article> articles = input.articles();
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to benchmark");
        }
        StageProfile profile = input.profile();
        resetPeaks();
        log.accept("loading Dateline's models ...");
        long t0 = System.nanoTime();
        Analyzer ours = new Analyzer(Annotator.forPreset(Preset.FACTS));
        double loadOurs = (System.nanoTime() - t0) / 1e9;
        log.accept("timing Dateline on " + articles.size() + " articles after " + warmPasses + " warm passes ...");
        List<AnalyzedArticle> analysed = new ArrayList<>();
        Timing oursTiming = timeWarm(articles, warmPasses, ours::analyze, a -> analysed.add(ours.analyze(a, profile)));
        long peakOurs = peakHeap();
        Annotator.unload(Preset.FACTS);
        log.accept("linking the corpus and writing the output files ...");
        linkAndWrite(analysed, profile);

        long tokens = 0;
        Annotator tokenizer = Annotator.forPreset(Preset.TOKENS);
        for (Article a : articles) {
            tokens += tokenizer.annotate(a.text(), null).tokenCount();
        }
        Annotator.unload(Preset.TOKENS);
        System.gc();

        log.accept("loading plain CoreNLP's models ...");
        t0 = System.nanoTime();
        Annotator plain = Annotator.forPreset(Preset.PLAIN_CORENLP);
        double loadPlain = (System.nanoTime() - t0) / 1e9;
        log.accept("timing plain CoreNLP on " + articles.size() + " articles after " + warmPasses + " warm passes ...");
        Consumer<Article> annotate = a -> plain.annotate(a.text(), a.referenceDay());
        Timing plainTiming = timeWarm(articles, warmPasses, annotate, annotate);
        Annotator.unload(Preset.PLAIN_CORENLP);
        return new Result(articles.size(), tokens, warmPasses, loadOurs, oursTiming, profile.stages(), peakOurs, loadPlain,
                plainTiming);
    }

    /**
     * Links the analysed articles as {@code analyze} does (stage {@code corpus}) and writes the output files to a
     * temporary folder, deleted after (stage {@code write}).
     */
    private static void linkAndWrite(List<AnalyzedArticle> analysed, StageProfile profile) {
        Corpus corpus = new Corpus();
        Corpus.Linked linked = profile.time("corpus", () -> {
            analysed.forEach(corpus::add);
            return corpus.link();
        });
        Path folder = null;
        try {
            folder = Files.createTempDirectory("dateline-bench");
            JsonlOutput output = JsonlOutput.replacing(folder, AnalysisKey.of(0, 0));
            profile.run("write", () -> {
                try {
                    for (AnalyzedArticle a : analysed) {
                        output.add(a);
                    }
                    output.complete(linked);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteAll(folder);
        }
    }

    private static void deleteAll(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code warm} on the first article, then on every article {@code warmPasses} times, untimed; then times
     * {@code timed} on every article.
     */
    static <T> Timing timeWarm(List<T> articles, int warmPasses, Consumer<T> warm, Consumer<T> timed) {
        warm.accept(articles.get(0));
        for (int pass = 0; pass < warmPasses; pass++) {
            articles.forEach(warm);
        }
        return time(() -> articles.forEach(timed));
    }

    /** Times {@code work} on the calling thread. */
    /** The heap in use after a collection, in MB: what the objects still reachable take. */
    static long heapMegabytesAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    static Timing time(Runnable work) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        work.run();
        return new Timing((System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
