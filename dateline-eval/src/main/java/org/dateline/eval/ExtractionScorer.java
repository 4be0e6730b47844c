package org.dateline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (Zyte / Scrapinghub, described in its SOURCE.md): token
 * 4-gram shingle multisets per page, precision and recall macro-averaged over pages (a page whose
 * prediction has no shingle is left out of precision), F1 the harmonic mean of the two means, accuracy
 * the fraction of pages whose token sequences are equal. Tokens are maximal runs of Unicode letters,
 * numbers and underscore, case-sensitive.
 */
public final class ExtractionScorer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private ExtractionScorer() {
    }

    /** Counts of one page (absolute, not rescaled: the rescaling of the reference does not change P or R). */
    public record PageScore(long tp, long fp, long fn, boolean exact) {
        /** 1 when nothing is wrong, else TP/(TP+FP); NaN when the prediction has no shingle. */
        public double precision() {
            return fp == 0 && fn == 0 ? (tp > 0 ? 1 : Double.NaN) : tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        /** 1 when nothing is wrong, else TP/(TP+FN); NaN when the truth has no shingle. */
        public double recall() {
            return fp == 0 && fn == 0 ? (tp > 0 ? 1 : Double.NaN) : tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }
    }

    /** Corpus figures: macro precision and recall, their harmonic mean, exact-match accuracy. */
    public record Score(int pages, double precision, double recall, double f1, double accuracy) {
        public String format() {
            return String.format(java.util.Locale.ROOT, "pages=%d precision=%.3f recall=%.3f F1=%.3f accuracy=%.3f",
                    pages, precision, recall, f1, accuracy);
        }
    }

    /** The tokens of a text (null reads as empty). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Scores one page. */
    public static PageScore page(String truth, String prediction) {
        List<String> t = tokens(truth);
        List<String> p = tokens(prediction);
        Map<List<String>, Long> ts = shingles(t);
        Map<List<String>, Long> ps = shingles(p);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Long> e : ts.entrySet()) {
            long pc = ps.getOrDefault(e.getKey(), 0L);
            tp += Math.min(pc, e.getValue());
            fn += Math.max(e.getValue() - pc, 0);
        }
        for (Map.Entry<List<String>, Long> e : ps.entrySet()) {
            fp += Math.max(e.getValue() - ts.getOrDefault(e.getKey(), 0L), 0);
        }
        return new PageScore(tp, fp, fn, t.equals(p));
    }

    /** Scores all pages of {@code truth}; a page missing from {@code predictions} counts as empty. */
    public static Score score(Map<String, String> truth, Map<String, String> predictions) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            PageScore s = page(e.getValue(), predictions.get(e.getKey()));
            exact += s.exact() ? 1 : 0;
            if (!Double.isNaN(s.precision())) {
                precisionSum += s.precision();
                precisionPages++;
            }
            if (!Double.isNaN(s.recall())) {
                recallSum += s.recall();
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(truth.size(), p, r, f, truth.isEmpty() ? 0 : (double) exact / truth.size());
    }

    private static Map<List<String>, Long> shingles(List<String> tokens) {
        Map<List<String>, Long> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < N) {
            counts.put(List.copyOf(tokens), 1L);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(tokens.subList(i, i + N), 1L, Long::sum);
        }
        return counts;
    }
}
