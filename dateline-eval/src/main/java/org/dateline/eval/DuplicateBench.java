package org.dateline.eval;

import org.dateline.corpus.DuplicateSettings;
import org.dateline.corpus.NearDuplicates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Recall, precision and speed of {@link NearDuplicates} on a synthetic corpus (see {@link SyntheticNews}):
 * n invented articles, of which every tenth is a planted near-copy of one of the nine before it, published
 * 1 to 72 hours after it, with a new title, re-wrapped lines and paragraphs, and 5% of its words changed.
 * Texts are generated in blocks outside the timed part; only fingerprinting and adding them are timed
 * (extraction-free), on one thread. Scoring is over pairs: a pair is found when both articles end in one
 * group; precision counts every pair of articles that share a group.
 *
 * <p>Measured 2026-11-23 on a shared 2-core machine, seed 1, default settings, fresh JVM each, -Xmx8g:
 * 10k articles 1.1 s CPU, recall 1.0000; 100k 8.5 s CPU (9.0 s wall), recall 0.9998, precision 1.0000;
 * 1M 86.8 s CPU (130 s wall, the machine busy with other work), recall 0.9999, precision 1.0000, heap
 * 2.7 GB after the run. Time per article stays flat: a new text is compared only with the texts in its LSH
 * buckets. The synthetic corpus makes precision easy (unrelated invented texts share few shingles); the
 * unit tests hold the hard cases, same-topic articles with the same names and places.
 */
public final class DuplicateBench {
    private static final int BLOCK = 10_000;
    private static final double CHANGED_WORDS = 0.05;
    private static final int TEMPLATES = 5;
    /** Every how many words a templated report has a number of its own. */
    private static final int SLOT_EVERY = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * What one run measured.
     *
     * @param settings        the detector's settings
     * @param articles        articles in the corpus, templated reports included
     * @param templated       templated reports among them (none a copy of another)
     * @param planted         planted copy pairs
     * @param foundPairs      pairs of articles put in one group
     * @param truePairs       planted pairs among them
     * @param originalsRight  planted pairs whose copy names the right original
     * @param seconds         wall-clock seconds of fingerprinting and adding, generation excluded
     * @param cpuSeconds      CPU seconds of the calling thread over the same stretches (stable on a shared
     *                        machine; garbage collection threads not included)
     * @param heapMegabytes   heap in use after the run with the index still reachable, after a GC
     */
    public record Result(DuplicateSettings settings, int articles, int templated, int planted, long foundPairs,
                         long truePairs, long originalsRight, double seconds, double cpuSeconds, long heapMegabytes) {
        public double recall() {
            return planted == 0 ? 1 : (double) truePairs / planted;
        }

        public double precision() {
            return foundPairs == 0 ? 1 : (double) truePairs / foundPairs;
        }

        public String format() {
            return String.format(Locale.ROOT, """
                    near-duplicates: %,d articles, %,d planted copies (new title, re-wrapped, %.0f%% words changed)%s
                    settings: %d-word shingles, %d bands x %d rows, Jaccard >= %.2f
                    recall %.4f, precision %.4f (%,d of %,d planted pairs found, %,d pairs grouped), original right %.4f
                    time %.1f s wall, %.1f s CPU (%,.0f articles/s by wall clock, one thread, generation excluded), heap after %,d MB""",
                    articles, planted, CHANGED_WORDS * 100, templated == 0 ? "" : String.format(Locale.ROOT,
                            ", %,d templated reports (%d templates, a number every %d words: about 0.45 overlap)",
                            templated, TEMPLATES, SLOT_EVERY), settings.shingle(), settings.bands(), settings.rows(),
                    settings.threshold(), recall(), precision(), truePairs, planted, foundPairs,
                    planted == 0 ? 1.0 : (double) originalsRight / planted, seconds, cpuSeconds, articles / seconds,
                    heapMegabytes);
        }
    }

    /** One generated article, as the detector sees it. */
    private record Generated(String id, String text, String outlet, String published) {
    }

    private DuplicateBench() {
    }

    /** Runs the benchmark with the default settings. */
    public static Result run(int n, long seed) {
        return run(n, 0, seed, DuplicateSettings.DEFAULT);
    }

    public static Result run(int n, long seed, DuplicateSettings settings) {
        return run(n, 0, seed, settings);
    }

    /**
     * Runs the benchmark with {@code templated} reports added after the {@code n} articles: texts of a few templates
     * (an invented article with every {@value #SLOT_EVERY}th word a number of the report's own), each report sharing
     * with the others of its template about 0.45 of its shingles, under the check: the band keys of a template's frame
     * are shared by all its reports, and none is a copy of another.
     */
    public static Result run(int n, int templated, long seed, DuplicateSettings settings) {
        if (n < 10) {
            throw new IllegalArgumentException("need at least 10 articles for the duplicate bench, got " + n);
        }
        SyntheticNews news = new SyntheticNews(seed);
        NearDuplicates index = new NearDuplicates(settings);
        int[] copyOf = new int[n];
        double wall = 0;
        double cpu = 0;
        for (int from = 0; from < n; from += BLOCK) {
            List<Generated> block = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + BLOCK); i++) {
                SplittableRandom layout = new SplittableRandom(seed ^ (0xD1B54A32D192ED03L * (i + 1)));
                SyntheticNews.Draft draft;
                long published;
                if (i % 10 == 9) {
                    copyOf[i] = i - 1 - layout.nextInt(9);
                    draft = news.rewrite(news.draft(copyOf[i]), CHANGED_WORDS, layout);
                    published = news.published(copyOf[i]) + 3600 + layout.nextInt(71 * 3600);
                } else {
                    copyOf[i] = -1;
                    draft = news.draft(i);
                    published = news.published(i);
                }
                String text = SyntheticNews.render(draft, 50 + layout.nextInt(40), layout);
                block.add(new Generated(id(i), text, "outlet-" + layout.nextInt(60),
                        Instant.ofEpochSecond(published).toString()));
            }
            SpeedBench.Timing timing = SpeedBench.time(
                    () -> block.forEach(a -> index.add(a.id(), a.text(), a.outlet(), a.published())));
            wall += timing.wall();
            cpu += timing.cpu();
        }
        List<String> frames = new ArrayList<>();
        for (int template = 0; template < TEMPLATES; template++) {
            frames.add(SyntheticNews.render(news.draft(n + template), 70, new SplittableRandom(seed + template)));
        }
        for (int from = 0; from < templated; from += BLOCK) {
            List<Generated> block = new ArrayList<>();
            for (int i = from; i < Math.min(templated, from + BLOCK); i++) {
                SplittableRandom own = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
                String frame = frames.get(own.nextInt(TEMPLATES));
                block.add(new Generated(id(n + i), report(frame, own), "outlet-" + own.nextInt(60),
                        Instant.ofEpochSecond(news.published(n + i)).toString()));
            }
            SpeedBench.Timing timing = SpeedBench.time(
                    () -> block.forEach(a -> index.add(a.id(), a.text(), a.outlet(), a.published())));
            wall += timing.wall();
            cpu += timing.cpu();
        }
        return score(settings, index, copyOf, templated, wall, cpu);
    }

    /** {@code frame} with every {@value #SLOT_EVERY}th word a number drawn from {@code random}. */
    private static String report(String frame, SplittableRandom random) {
        int[] words = {0};
        return WORD.matcher(frame).replaceAll(m -> words[0]++ % SLOT_EVERY == 0
                ? String.valueOf(random.nextInt(1_000_000)) : m.group());
    }

    private static Result score(DuplicateSettings settings, NearDuplicates index, int[] copyOf, int templated,
                                double seconds, double cpuSeconds) {
        Map<String, String> duplicateOf = index.duplicateOf();
        Map<String, Long> groupSizes = new HashMap<>();
        for (String original : duplicateOf.values()) {
            groupSizes.merge(original, 1L, Long::sum);
        }
        long foundPairs = groupSizes.values().stream().mapToLong(copies -> (copies + 1) * copies / 2).sum();
        int planted = 0;
        long truePairs = 0;
        long originalsRight = 0;
        for (int i = 0; i < copyOf.length; i++) {
            if (copyOf[i] < 0) {
                continue;
            }
            planted++;
            String copy = id(i);
            String original = id(copyOf[i]);
            String copyGroup = duplicateOf.getOrDefault(copy, copy);
            if (copyGroup.equals(duplicateOf.getOrDefault(original, original))) {
                truePairs++;
                if (copyGroup.equals(original)) {
                    originalsRight++;
                }
            }
        }
        long heap = SpeedBench.heapMegabytesAfterGc();
        if (index.size() != copyOf.length + templated) {
            throw new IllegalStateException("index holds " + index.size() + " articles, expected "
                    + (copyOf.length + templated));
        }
        return new Result(settings, copyOf.length + templated, templated, planted, foundPairs, truePairs, originalsRight,
                seconds, cpuSeconds, heap);
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "a%07d", i);
    }
}
