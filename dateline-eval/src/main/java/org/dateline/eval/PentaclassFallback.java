package org.dateline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The five-class guess for a sentence in which the event extractor finds no event: a multinomial naive Bayes
 * classifier over lower-cased words and word pairs with add-one smoothing, trained when it is built from a
 * {@code sentence<TAB>label} file (only ever {@code cameo_pentaclass_train.tsv}; nothing is stored in the
 * project). Immutable once built.
 */
public final class PentaclassFallback {
    private static final int CLASSES = 5;

    private final double[] logPrior = new double[CLASSES];
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final int[] totals = new int[CLASSES];
    private final int vocabulary;

    private PentaclassFallback(List<String> sentences, List<Integer> labels) {
        for (int c = 0; c < CLASSES; c++) {
            counts.add(new HashMap<>());
        }
        int[] docs = new int[CLASSES];
        Set<String> vocab = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            int c = labels.get(i);
            docs[c]++;
            for (String f : features(sentences.get(i))) {
                counts.get(c).merge(f, 1, Integer::sum);
                totals[c]++;
                vocab.add(f);
            }
        }
        for (int c = 0; c < CLASSES; c++) {
            logPrior[c] = Math.log((docs[c] + 1.0) / (sentences.size() + CLASSES));
        }
        vocabulary = vocab.size();
    }

    /** Trains on a {@code sentence<TAB>label} file; a line with a label outside 0–4 is an error quoting it. */
    public static PentaclassFallback train(Path tsv) {
        List<String> sentences = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String[] row : read(tsv)) {
            sentences.add(row[0]);
            labels.add(Integer.parseInt(row[1]));
        }
        return new PentaclassFallback(sentences, labels);
    }

    /** The most probable class of {@code sentence}. */
    public int classify(String sentence) {
        List<String> features = features(sentence);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CLASSES; c++) {
            double score = logPrior[c];
            for (String f : features) {
                score += Math.log((counts.get(c).getOrDefault(f, 0) + 1.0) / (totals[c] + vocabulary));
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** Rows of a {@code sentence<TAB>label} file (CRLF or LF), label checked to be 0–4. */
    static List<String[]> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pentaclass file " + tsv, e);
        }
        List<String[]> rows = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            int tab = line.lastIndexOf('\t');
            if (line.isEmpty()) {
                continue;
            }
            String label = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (!label.matches("[0-4]")) {
                throw new IllegalArgumentException("pentaclass line without a label 0-4: '" + raw + "' in " + tsv);
            }
            rows.add(new String[]{line.substring(0, tab), label});
        }
        return rows;
    }

    private static List<String> features(String sentence) {
        String[] words = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> out = new ArrayList<>();
        String previous = null;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            out.add(w);
            if (previous != null) {
                out.add(previous + " " + w);
            }
            previous = w;
        }
        return out;
    }
}
