package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
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
     * How a second assignment of the same articles to stories differs from a first.
     *
     * @param articles  the articles of the first
     * @param moved     those whose story in the second does not hold exactly the articles of their story in the first
     * @param split     the first's stories whose articles are in more than one story of the second
     * @param joined    the second's stories that hold articles of more than one story of the first
     * @param agreement the second scored with the first as its gold ({@link #score})
     */
    public record Difference(int articles, int moved, int split, int joined, Result agreement) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "articles=%d moved=%d split=%d joined=%d BCubed F1=%.3f",
                    articles, moved, split, joined, agreement.bcubedF1());
        }
    }

    /**
     * How {@code second} (article → story) differs from {@code first}; an article {@code second} lacks counts as a
     * story of its own there.
     *
     * @throws IllegalArgumentException when {@code first} is empty
     */
    public static Difference compare(Map<String, String> first, Map<String, String> second) {
        Map<String, String> other = new HashMap<>();
        first.keySet().forEach(key -> other.put(key, second.getOrDefault(key, "missing:" + key)));
        Map<String, Set<String>> firstStories = clusters(first);
        Map<String, Set<String>> secondStories = clusters(other);
        int moved = (int) first.keySet().stream()
                .filter(key -> !firstStories.get(first.get(key)).equals(secondStories.get(other.get(key)))).count();
        return new Difference(first.size(), moved, spanning(firstStories, other), spanning(secondStories, first),
                score(first, other));
    }

    /** How many of {@code clusters} hold articles of more than one story of {@code labels}. */
    private static int spanning(Map<String, Set<String>> clusters, Map<String, String> labels) {
        return (int) clusters.values().stream().filter(c -> c.stream().map(labels::get).distinct().count() > 1).count();
    }

    /** Gold labels from JSON Lines in their {@code story} field: {@link #readGold(Path, String)}. */
    public static Map<String, String> readGold(Path jsonl) {
        return readGold(jsonl, "story");
    }

    /**
     * Gold labels from JSON Lines: each object's {@code label} field keyed by its {@code id}, else its {@code url}.
     *
     * @throws IllegalArgumentException for a line without the label or without a key, quoting the line, and for
     *                                  a file with no labels at all
     */
    public static Map<String, String> readGold(Path jsonl, String label) {
        Map<String, String> gold = new LinkedHashMap<>();
        for (JsonNode node : readJsonl(jsonl)) {
            String story = text(node, label);
            if (key(node) == null || story == null) {
                throw new IllegalArgumentException(jsonl + ": a gold line needs '" + label + "' and 'id' or 'url': " + node);
            }
            gold.put(key(node), story);
        }
        if (gold.isEmpty()) {
            throw new IllegalArgumentException(jsonl + ": no gold story labels in it");
        }
        return gold;
    }

    /**
     * The day of each gold item that has one: the date part of its {@code published}, keyed as in
     * {@link #readGold(Path, String)}.
     */
    public static Map<String, LocalDate> readDays(Path jsonl) {
        Map<String, LocalDate> days = new HashMap<>();
        for (JsonNode node : readJsonl(jsonl)) {
            String published = text(node, "published");
            if (key(node) != null && published != null && published.length() >= 10) {
                try {
                    days.put(key(node), LocalDate.parse(published.substring(0, 10)));
                } catch (DateTimeParseException e) {
                    // an item without a readable day has none: its label cannot be shown to be one happening
                }
            }
        }
        return days;
    }

    /**
     * The story level of gold labels that mix happenings and running subjects: the items of the labels whose
     * items all have a day ({@code days}) and fall within {@code spanDays} days of each other (last minus first).
     */
    public static Map<String, String> happenings(Map<String, String> gold, Map<String, LocalDate> days, int spanDays) {
        Map<String, List<LocalDate>> daysOf = new HashMap<>();
        gold.forEach((key, label) -> daysOf.computeIfAbsent(label, l -> new ArrayList<>()).add(days.get(key)));
        Map<String, String> kept = new LinkedHashMap<>();
        gold.forEach((key, label) -> {
            List<LocalDate> ds = daysOf.get(label);
            if (!ds.contains(null) && ChronoUnit.DAYS.between(Collections.min(ds), Collections.max(ds)) <= spanDays) {
                kept.put(key, label);
            }
        });
        return kept;
    }

    /** The level of a prediction read from an output folder. */
    public enum Level {
        STORY("stories.jsonl", "story"),
        THREAD("threads.jsonl", "thread");

        private final String file;
        private final String field;

        Level(String file, String field) {
            this.file = file;
            this.field = field;
        }
    }

    /** The predicted stories of an output folder: {@link #readPredictions(Path, Level)} at the story level. */
    public static Map<String, String> readPredictions(Path analyzeOut) {
        return readPredictions(analyzeOut, Level.STORY);
    }

    /**
     * The predicted story or thread of each article of a {@code dateline analyze} output folder, keyed by
     * article id, by {@code url} and by {@code source} (so gold keyed by any of them finds it): the story (thread)
     * that lists the article in {@code stories.jsonl} ({@code threads.jsonl}), else the article's own
     * {@code story} ({@code thread}) field, else {@code single:ID} (a singleton), as the reference scorer reads
     * it. At the thread level an article without a thread counts in its story (an output written before threads).
     */
    public static Map<String, String> readPredictions(Path analyzeOut, Level level) {
        Map<String, String> groupOf = new HashMap<>();
        Path groups = analyzeOut.resolve(level.file);
        if (Files.exists(groups)) {
            for (JsonNode s : readJsonl(groups)) {
                s.path("articles").forEach(a -> groupOf.put(a.asText(), text(s, "id")));
            }
        }
        Map<String, String> stories = level == Level.STORY ? Map.of() : readPredictions(analyzeOut, Level.STORY);
        Map<String, String> predicted = new HashMap<>();
        for (JsonNode a : readJsonl(analyzeOut.resolve("articles.jsonl"))) {
            String group = groupOf.getOrDefault(text(a, "id"), text(a, level.field));
            group = group != null ? group : stories.getOrDefault(text(a, "id"), "single:" + text(a, "id"));
            for (String key : new String[] {"id", "url", "source"}) {
                if (text(a, key) != null) {
                    predicted.put(text(a, key), group);
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

    private static String key(JsonNode node) {
        return text(node, "id") != null ? text(node, "id") : text(node, "url");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static List<JsonNode> readJsonl(Path file) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
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
