package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted stories against gold story labels: BCubed and pairwise precision, recall and F1, as
 * {@code ../shared/tools/stories_score.py} computes them (the same figures on the same input).
 *
 * <p>Items are the gold keys. A gold item with no prediction is its own singleton cluster
 * ({@code missing:KEY}); predictions for keys not in the gold are ignored. BCubed precision of an item is
 * |its predicted cluster ∩ its gold cluster| / |its predicted cluster|, recall the same over its gold
 * cluster; both are averaged over items. Pairwise precision and recall are over the unordered pairs of
 * items put together (0 when there are no pairs).
 */
public final class StoryEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryEval() {
    }

    /**
     * The scores of one prediction.
     *
     * @param articles        gold items scored
     * @param missing         gold items with no prediction
     * @param goldStories     distinct gold labels
     * @param predictedStories distinct predicted clusters over the gold items (missing ones count as singletons)
     */
    public record Result(int articles, int missing, int goldStories, int predictedStories,
                         double bcubedP, double bcubedR, double bcubedF1,
                         double pairwiseP, double pairwiseR, double pairwiseF1) {
        /** One line in the reference scorer's layout. */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "articles=%d missing=%d gold_stories=%d predicted=%d "
                            + "BCubed P=%.3f R=%.3f F1=%.3f pairwise P=%.3f R=%.3f F1=%.3f", articles, missing,
                    goldStories, predictedStories, bcubedP, bcubedR, bcubedF1, pairwiseP, pairwiseR, pairwiseF1);
        }
    }

    /**
     * Scores {@code predicted} (item key → predicted story id) against {@code gold} (item key → gold label).
     *
     * @throws IllegalArgumentException when {@code gold} is empty
     */
    public static Result score(Map<String, String> gold, Map<String, String> predicted) {
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no gold labels to score against: " + gold);
        }
        Map<String, String> pred = new HashMap<>();
        int missing = 0;
        for (String key : gold.keySet()) {
            String p = predicted.get(key);
            if (p == null) {
                missing++;
                p = "missing:" + key;
            }
            pred.put(key, p);
        }
        Map<String, Set<String>> predClusters = clusters(pred);
        Map<String, Set<String>> goldClusters = clusters(gold);
        double bp = 0;
        double br = 0;
        for (String key : gold.keySet()) {
            Set<String> p = predClusters.get(pred.get(key));
            Set<String> g = goldClusters.get(gold.get(key));
            int common = (int) p.stream().filter(g::contains).count();
            bp += (double) common / p.size();
            br += (double) common / g.size();
        }
        bp /= gold.size();
        br /= gold.size();
        long predPairs = pairs(predClusters);
        long goldPairs = pairs(goldClusters);
        long both = 0;
        for (Set<String> p : predClusters.values()) {
            Map<String, Integer> byGold = new HashMap<>();
            p.forEach(k -> byGold.merge(gold.get(k), 1, Integer::sum));
            for (int n : byGold.values()) {
                both += (long) n * (n - 1) / 2;
            }
        }
        double pp = predPairs == 0 ? 0 : (double) both / predPairs;
        double pr = goldPairs == 0 ? 0 : (double) both / goldPairs;
        return new Result(gold.size(), missing, goldClusters.size(), predClusters.size(), bp, br, f1(bp, br),
                pp, pr, f1(pp, pr));
    }

    /**
     * Gold labels from JSON Lines: each object's {@code story} keyed by its {@code id}, else its {@code url}.
     *
     * @throws IllegalArgumentException for a line without a story or without a key, quoting the line, and for
     *                                  a file with no labels at all
     */
    public static Map<String, String> readGold(Path jsonl) {
        Map<String, String> gold = new LinkedHashMap<>();
        for (JsonNode node : readJsonl(jsonl)) {
            String key = text(node, "id") != null ? text(node, "id") : text(node, "url");
            String story = text(node, "story");
            if (key == null || story == null) {
                throw new IllegalArgumentException(jsonl + ": a gold line needs 'story' and 'id' or 'url': " + node);
            }
            gold.put(key, story);
        }
        if (gold.isEmpty()) {
            throw new IllegalArgumentException(jsonl + ": no gold story labels in it");
        }
        return gold;
    }

    /**
     * The predicted story of each article of a {@code dateline analyze} output folder, keyed by article id,
     * by {@code url} and by {@code source} (so gold keyed by any of them finds it): the story that lists the
     * article in {@code stories.jsonl}, else the article's own {@code story} field, else {@code single:ID} (a
     * singleton), as the reference scorer reads it.
     */
    public static Map<String, String> readPredictions(Path analyzeOut) {
        Map<String, String> storyOf = new HashMap<>();
        Path stories = analyzeOut.resolve("stories.jsonl");
        if (Files.exists(stories)) {
            for (JsonNode s : readJsonl(stories)) {
                s.path("articles").forEach(a -> storyOf.put(a.asText(), text(s, "id")));
            }
        }
        Map<String, String> predicted = new HashMap<>();
        for (JsonNode a : readJsonl(analyzeOut.resolve("articles.jsonl"))) {
            String story = storyOf.getOrDefault(text(a, "id"), text(a, "story"));
            story = story != null ? story : "single:" + text(a, "id");
            for (String key : new String[] {"id", "url", "source"}) {
                if (text(a, key) != null) {
                    predicted.put(text(a, key), story);
                }
            }
        }
        return predicted;
    }

    private static Map<String, Set<String>> clusters(Map<String, String> labels) {
        Map<String, Set<String>> clusters = new HashMap<>();
        labels.forEach((key, label) -> clusters.computeIfAbsent(label, l -> new HashSet<>()).add(key));
        return clusters;
    }

    private static long pairs(Map<String, Set<String>> clusters) {
        return clusters.values().stream().mapToLong(c -> (long) c.size() * (c.size() - 1) / 2).sum();
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static List<JsonNode> readJsonl(Path file) {
        try {
            List<JsonNode> nodes = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
