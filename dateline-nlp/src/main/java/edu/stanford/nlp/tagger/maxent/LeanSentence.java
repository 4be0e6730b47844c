package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;

import java.util.List;

/**
 * One sentence tagged as CoreNLP's {@link TestSentence} tags it, with less work for the same sums. The tag search asks
 * for the scores of every tag history it considers (for the left-three-words model, every pair of the two previous
 * tags at every word), and CoreNLP then
 * <ul>
 *   <li>adds up the word's local features again at every history: its cache of them is keyed on the number of tags
 *   the word may take while the scores it caches have one per tag of the model, so it misses whenever the two differ,
 *   and they are only needed once per word, when the word's context scores are first made;</li>
 *   <li>builds each history feature's value as a string ({@code "NN!VBD"}) and looks it up, though these features
 *   read the previous tags only, so the same few thousand sums recur in every sentence: {@link TagHistories} keeps
 *   each sum the first time it is made;</li>
 *   <li>looks up again, at every history, the tags the word may take, their places in the tag set and whether the
 *   word is rare: here once per word.</li>
 * </ul>
 * Each score is the same double CoreNLP computes: the same weights added in the same order from zero, normalised by
 * the same call. Exact scoring only; a tagger with approximate scoring or verbose output is left to CoreNLP's code. Not
 * final: the test records its scores through a subclass, as it records CoreNLP's.
 */
class LeanSentence extends TestSentence {
    private final TagHistories histories;
    private final History at;
    private final boolean lean;
    /** By word: its local and context features' sums, and whether it is rare; null until first scored. */
    private double[][] contexts;
    private boolean[] rare;
    /** By place in the search's window (the sentence with its padding): the tags the word may take, their indices. */
    private String[][] possible;
    private int[][] indices;

    LeanSentence(MaxentTagger tagger, TagHistories histories) {
        super(tagger);
        this.histories = histories;
        this.at = new History(pairs, tagger.extractors);
        this.lean = !VERBOSE && !tagger.hasApproximateScoring();
    }

    @Override
    protected void init() {
        super.init();
        contexts = new double[size][];
        rare = new boolean[size];
        possible = new String[leftWindow() + size + rightWindow()][];
        indices = new int[possible.length][];
    }

    @Override
    protected String[] stringTagsAt(int pos) {
        if (possible == null || pos < 0 || pos >= possible.length) {
            return super.stringTagsAt(pos);
        }
        String[] tags = possible[pos];
        if (tags == null) {
            tags = super.stringTagsAt(pos);
            possible[pos] = tags;
        }
        return tags;
    }

    /**
     * The log-probabilities of the tags the word at {@code pos} may take, given the tags of the window in {@code tags}:
     * what CoreNLP's {@code scoresOf} returns, for a sentence scored from the start of its pairs (a new one).
     */
    @Override
    public double[] scoresOf(int[] tags, int pos) {
        if (!lean) {
            return super.scoresOf(tags, pos);
        }
        int left = leftWindow();
        at.init(0, size - 1, pos - left);
        TTags tagSet = maxentTagger.tags;
        for (int j = Math.max(pos - left, left), last = Math.min(pos + rightWindow(), size + left - 1); j <= last; j++) {
            at.setTag(j - left, tagSet.getTag(tags[j]));
        }
        double[] all = sums(at, histories.key(tags, pos));
        ArrayMath.logNormalize(all);
        int[] places = indicesAt(pos);
        double[] scores = new double[places.length];
        for (int j = 0; j < places.length; j++) {
            scores[j] = all[places[j]];
        }
        return scores;
    }

    private int[] indicesAt(int pos) {
        int[] known = indices[pos];
        if (known == null) {
            String[] tags = stringTagsAt(pos);
            known = new int[tags.length];
            for (int j = 0; j < tags.length; j++) {
                known[j] = maxentTagger.tags.getIndex(tags[j]);
            }
            indices[pos] = known;
        }
        return known;
    }

    /** The unnormalised score of each tag of the model at {@code h}, CoreNLP's {@code getHistories}. */
    private double[] sums(History h, int key) {
        Extractors common = maxentTagger.extractors;
        Extractors forRare = maxentTagger.extractorsRare;
        double[] context = contexts[h.current];
        if (context == null) {
            boolean isRare = maxentTagger.isRare(ExtractorFrames.cWord.extract(h));
            double[] local = sums(maxentTagger, h, common.local, isRare ? forRare.local : null);
            context = sums(maxentTagger, h, common.localContext, isRare ? forRare.localContext : null);
            ArrayMath.pairwiseAddInPlace(context, local);
            rare[h.current] = isRare;
            contexts[h.current] = context;
        }
        double[] total = histories.commonSums(h, key);
        if (rare[h.current]) {
            add(maxentTagger, total, h, forRare.dynamic, common.size());
        }
        ArrayMath.pairwiseAddInPlace(total, context);
        return total;
    }

    /** CoreNLP's exact history scores: the weights of {@code features}' values, then of {@code rareFeatures}'. */
    static double[] sums(MaxentTagger tagger, History h, List<Pair<Integer, Extractor>> features,
                         List<Pair<Integer, Extractor>> rareFeatures) {
        double[] scores = new double[tagger.ySize];
        add(tagger, scores, h, features, 0);
        if (rareFeatures != null) {
            add(tagger, scores, h, rareFeatures, tagger.extractors.size());
        }
        return scores;
    }

    /** Adds to {@code scores} the weight each tag has with each feature's value in {@code h}, feature by feature. */
    private static void add(MaxentTagger tagger, double[] scores, History h, List<Pair<Integer, Extractor>> features,
                            int first) {
        double[] lambda = tagger.getLambdaSolve().lambda;
        for (Pair<Integer, Extractor> feature : features) {
            int[] weights = tagger.fAssociations.get(first + feature.first()).get(feature.second().extract(h));
            if (weights != null) {
                for (int j = 0; j < tagger.ySize; j++) {
                    int weight = weights[j];
                    if (weight >= 0) {
                        scores[j] += lambda[weight];
                    }
                }
            }
        }
    }
}
