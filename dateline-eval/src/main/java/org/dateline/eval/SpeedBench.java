package org.dateline.eval;

import org.dateline.model.Article;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.Analyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Tokens per second of Dateline's whole per-article analysis against plain CoreNLP with coreference and
 * quote attribution, on the same texts, one thread each. Model loading is timed apart; each side gets the
 * same untimed warm-up on the first text. Both wall-clock and the working thread's CPU time are measured:
 * on a machine shared with other work the CPU-time ratio is the stable one. Within Dateline's run, the CPU
 * time of event coding is measured apart, to say how much event coding adds to the analysis.
 */
public final class SpeedBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Wall-clock and CPU seconds of one timed stretch on the calling thread. */
    public record Timing(double wall, double cpu) {
    }

    /**
     * What one bench run measured.
     *
     * @param eventCpu CPU seconds of event coding ({@code EventExtractor.extract}) within {@code ours}
     */
    public record Result(int articles, long tokens, double loadOurs, Timing ours, double eventCpu, long peakHeapOurs,
                         double loadPlain, Timing plain) {
        public double ratioWall() {
            return plain.wall() / ours.wall();
        }

        public double ratioCpu() {
            return plain.cpu() / ours.cpu();
        }

        /** How much event coding adds to the rest of Dateline's analysis, by CPU time: 0.05 is 5%. */
        public double eventShare() {
            return eventCpu / (ours.cpu() - eventCpu);
        }

        public String format() {
            return String.format(Locale.ROOT, """
                    articles: %d, tokens: %d (one thread each, same texts)
                    dateline (annotate + times + actors + quotes + events): %,.0f tokens/s wall, %,.0f tokens/s CPU  (%.1f s; models %.1f s; peak heap %d MB)
                    event coding (EventExtractor.extract): %.2f s CPU, adds %.1f%% to the rest of the analysis's CPU time
                    plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote): %,.0f tokens/s wall, %,.0f tokens/s CPU  (%.1f s; models %.1f s)
                    ratio: %.2fx by wall clock, %.2fx by CPU time""", articles, tokens,
                    tokens / ours.wall(), tokens / ours.cpu(), ours.wall(), loadOurs, peakHeapOurs / (1024 * 1024),
                    eventCpu, 100 * eventShare(),
                    tokens / plain.wall(), tokens / plain.cpu(), plain.wall(), loadPlain, ratioWall(), ratioCpu());
        }
    }

    private SpeedBench() {
    }

    public static Result run(List<Article> articles, Consumer<String> log) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to benchmark");
        }
        resetPeaks();
        log.accept("loading Dateline's models ...");
        long t0 = System.nanoTime();
        Analyzer ours = new Analyzer(Annotator.forPreset(Preset.FACTS));
        double loadOurs = (System.nanoTime() - t0) / 1e9;
        ours.analyze(articles.get(0));
        log.accept("timing Dateline on " + articles.size() + " articles ...");
        LongAdder eventNanos = new LongAdder();
        Timing oursTiming = time(() -> articles.forEach(a -> ours.analyze(a, eventNanos)));
        long peakOurs = peakHeap();
        Annotator.unload(Preset.FACTS);

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
        plain.annotate(articles.get(0).text(), articles.get(0).referenceDay());
        log.accept("timing plain CoreNLP on " + articles.size() + " articles ...");
        Timing plainTiming = time(() -> articles.forEach(a -> plain.annotate(a.text(), a.referenceDay())));
        Annotator.unload(Preset.PLAIN_CORENLP);
        return new Result(articles.size(), tokens, loadOurs, oursTiming, eventNanos.sum() / 1e9, peakOurs, loadPlain,
                plainTiming);
    }

    /** Times {@code work} on the calling thread. */
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
