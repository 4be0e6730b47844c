package org.dateline.eval;

import org.dateline.model.Article;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.pipeline.Analyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Tokens per second of Dateline's whole per-article analysis against plain CoreNLP with coreference and
 * quote attribution, on the same texts, one thread each. Model loading is timed apart; each side gets
 * the same untimed warm-up on the first text.
 */
public final class SpeedBench {
    /** What one bench run measured. */
    public record Result(int articles, long tokens, double loadOurs, double secondsOurs, long peakHeapOurs,
                         double loadPlain, double secondsPlain) {
        public double tokensPerSecondOurs() {
            return tokens / secondsOurs;
        }

        public double tokensPerSecondPlain() {
            return tokens / secondsPlain;
        }

        public double ratio() {
            return tokensPerSecondOurs() / tokensPerSecondPlain();
        }

        public String format() {
            return String.format(Locale.ROOT, """
                    articles: %d, tokens: %d (one thread each, same texts)
                    dateline (annotate + times + actors + quotes): %,.0f tokens/s  (%.1f s, models %.1f s, peak heap %d MB)
                    plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote): %,.0f tokens/s  (%.1f s, models %.1f s)
                    ratio: %.2fx""", articles, tokens, tokensPerSecondOurs(), secondsOurs, loadOurs,
                    peakHeapOurs / (1024 * 1024), tokensPerSecondPlain(), secondsPlain, loadPlain, ratio());
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
        double loadOurs = seconds(t0);
        ours.analyze(articles.get(0));
        log.accept("timing Dateline on " + articles.size() + " articles ...");
        long tokens = 0;
        t0 = System.nanoTime();
        for (Article a : articles) {
            ours.analyze(a);
        }
        double secondsOurs = seconds(t0);
        long peakOurs = peakHeap();
        Annotator.unload(Preset.FACTS);
        Annotator tokenizer = Annotator.forPreset(Preset.TOKENS);
        for (Article a : articles) {
            tokens += tokenizer.annotate(a.text(), null).tokenCount();
        }
        Annotator.unload(Preset.TOKENS);
        System.gc();

        log.accept("loading plain CoreNLP's models ...");
        t0 = System.nanoTime();
        Annotator plain = Annotator.forPreset(Preset.PLAIN_CORENLP);
        double loadPlain = seconds(t0);
        plain.annotate(articles.get(0).text(), Analyzer.referenceDate(articles.get(0)));
        log.accept("timing plain CoreNLP on " + articles.size() + " articles ...");
        t0 = System.nanoTime();
        for (Article a : articles) {
            plain.annotate(a.text(), Analyzer.referenceDate(a));
        }
        double secondsPlain = seconds(t0);
        Annotator.unload(Preset.PLAIN_CORENLP);
        return new Result(articles.size(), tokens, loadOurs, secondsOurs, peakOurs, loadPlain, secondsPlain);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
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
