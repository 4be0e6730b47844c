package edu.stanford.nlp.tagger.maxent;

import java.util.ArrayList;
import java.util.List;

/**
 * A tagger's history-feature sums (its dynamic features, those read by every word) by the tags they read, each kept
 * the first time it is made and shared by all threads. It keeps them only where every such feature reads nothing but
 * tags at fixed places before or after the word (CoreNLP's tag and tag-sequence features, all that the {@code order}
 * of the left-three-words model makes), the word's own tag excepted: the sums are then a function of those tags. For
 * other features each sum is made every time, as CoreNLP makes it.
 * <p>
 * A sum is published in a record's final field, so a thread that finds it finds it whole; two threads making the same
 * sum at once make the same doubles.
 */
final class TagHistories {
    /** The most sums kept: more tags read than this allows and none is kept. */
    private static final int MOST = 1 << 16;

    private final MaxentTagger tagger;
    /** The places, relative to the word, of the tags the features read; null where they read more than tags. */
    private final int[] places;
    private final int radix;
    private final Sums[] kept;

    private record Sums(double[] values) {
    }

    TagHistories(MaxentTagger tagger) {
        this.tagger = tagger;
        this.radix = tagger.tags.getSize() + 1;
        int[] read = tagPlaces(tagger.extractors);
        long room = 1;
        for (int i = 0; read != null && i < read.length; i++) {
            room *= radix;
            if (room > MOST) {
                read = null;
            }
        }
        this.places = read;
        this.kept = read == null ? null : new Sums[(int) room];
    }

    /** Whether the sums are kept (the features read only tags around the word). */
    boolean keeps() {
        return kept != null;
    }

    /** The places the history features read, or null where one is not a tag feature known to read only those. */
    static int[] tagPlaces(Extractors extractors) {
        List<Integer> places = new ArrayList<>();
        for (var feature : extractors.dynamic) {
            Extractor extractor = feature.second();
            int position = extractor.position;
            if (extractor.getClass() == Extractor.class && position != 0) {
                places.add(position);
            } else if (extractor.getClass() == ExtractorFrames.ExtractorContinuousTagConjunction.class) {
                for (int p = Math.min(position, 1); p <= Math.max(position, -1); p++) {
                    if (p != 0) {
                        places.add(p);
                    }
                }
            } else {
                return null;
            }
        }
        return places.stream().distinct().sorted().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The key of the history whose window of tags (as indices into the tag set, the search's) is {@code tags} for the
     * word at {@code pos} in it: the tags at the places the features read, so equal keys give equal sums. Before the
     * sentence and after it the window holds CoreNLP's "NA", as the features read there.
     */
    int key(int[] tags, int pos) {
        if (kept == null) {
            return -1;
        }
        int key = 0;
        for (int place : places) {
            key = key * radix + tags[pos + place] + 1;
        }
        return key;
    }

    /**
     * The sums of the history features (not the rare words' ones) at {@code h}, whose {@link #key} is {@code key}: a
     * fresh array the caller may change, what CoreNLP computes for them, from the kept copy where there is one.
     */
    double[] commonSums(History h, int key) {
        if (kept == null) {
            return LeanSentence.sums(tagger, h, tagger.extractors.dynamic, null);
        }
        Sums known = kept[key];
        if (known == null) {
            known = new Sums(LeanSentence.sums(tagger, h, tagger.extractors.dynamic, null));
            kept[key] = known;
        }
        return known.values().clone();
    }
}
