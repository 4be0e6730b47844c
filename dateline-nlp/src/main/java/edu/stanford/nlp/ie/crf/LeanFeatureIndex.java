package edu.stanford.nlp.ie.crf;

import edu.stanford.nlp.ie.NerModels;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.HashIndex;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * A CRF model's feature index answering {@link #indexOf} from one flat table of 64-bit fingerprints. The name tagger
 * looks up every feature string it builds for every token, and CoreNLP's {@link HashIndex} answers through a
 * {@code HashMap}: a bucket, a node, the key string and its characters, each a cache miss in a table of hundreds of
 * thousands of entries. Here the fingerprint and the index lie side by side in one {@code long[]}, so a look-up reads
 * the string once (to fingerprint it) and the table once.
 * <p>
 * The fingerprints of the model's own features are checked to be distinct when the table is built; where two are
 * not, the index answers as CoreNLP's does. A string that is no feature of the model is answered -1 unless its
 * fingerprint equals that of a feature met on its probe (one or two at the table's load of under a half): a chance of
 * about one in 10<sup>19</sup> per look-up. Everything else (the list of features, {@code get}, {@code size}) is
 * CoreNLP's index, shared, not copied.
 */
public final class LeanFeatureIndex extends HashIndex<String> {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long EMPTY = 0;

    /** Fingerprint at {@code 2 * slot}, index at {@code 2 * slot + 1}; an empty slot's fingerprint is 0. */
    private final long[] table;
    private final int mask;

    /** Whether look-ups go through the fingerprints (false: two features of the model share one). */
    boolean fingerprinted() {
        return table != null;
    }

    private LeanFeatureIndex(List<String> features, Map<String, Integer> indexes) {
        super(() -> features, () -> indexes);
        int slots = Integer.highestOneBit(Math.max(features.size(), 1) * 4 - 1);
        long[] built = new long[2 * slots];
        int builtMask = slots - 1;
        for (int i = 0; i < features.size(); i++) {
            long fingerprint = fingerprint(features.get(i));
            int slot = slot(fingerprint, builtMask);
            while (built[2 * slot] != EMPTY) {
                if (built[2 * slot] == fingerprint) {
                    built = null; // two features alike: CoreNLP's look-up for all
                    break;
                }
                slot = (slot + 1) & builtMask;
            }
            if (built == null) {
                break;
            }
            built[2 * slot] = fingerprint;
            built[2 * slot + 1] = i;
        }
        this.table = built;
        this.mask = builtMask;
    }

    /**
     * Gives each CRF model of {@code annotator} this index in place of its own; false where CoreNLP's classes are not
     * those this was written for (the models then keep their own index).
     */
    public static boolean install(NERCombinerAnnotator annotator) {
        try {
            for (Object model : NerModels.of(annotator)) {
                if (model instanceof CRFClassifier<?> crf && crf.featureIndex instanceof HashIndex<String> own
                        && !(own instanceof LeanFeatureIndex)) {
                    crf.featureIndex = of(own);
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** An index over {@code own}'s features and map, shared. */
    static LeanFeatureIndex of(HashIndex<String> own) throws ReflectiveOperationException {
        @SuppressWarnings("unchecked")
        Map<String, Integer> indexes = (Map<String, Integer>) read(HashIndex.class, "indexes", own);
        return new LeanFeatureIndex(own.objectsList(), indexes);
    }

    @Override
    public int indexOf(String feature) {
        if (table == null) {
            return super.indexOf(feature);
        }
        long fingerprint = fingerprint(feature);
        for (int slot = slot(fingerprint, mask); table[2 * slot] != EMPTY; slot = (slot + 1) & mask) {
            if (table[2 * slot] == fingerprint) {
                return (int) table[2 * slot + 1];
            }
        }
        return -1;
    }

    /** FNV-1a over the characters, never {@link #EMPTY}. */
    static long fingerprint(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h == EMPTY ? 1 : h;
    }

    private static int slot(long fingerprint, int mask) {
        return (int) (fingerprint ^ fingerprint >>> 29) & mask;
    }

    private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
