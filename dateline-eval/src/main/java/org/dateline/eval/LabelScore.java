package org.dateline.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Gold and predicted labels of a single-label classification, and accuracy and macro-F1 over the gold labels. */
final class LabelScore {
    private final List<String> gold = new ArrayList<>();
    private final List<String> predicted = new ArrayList<>();

    void add(String goldLabel, String predictedLabel) {
        gold.add(goldLabel);
        predicted.add(predictedLabel);
    }

    int size() {
        return gold.size();
    }

    double accuracy() {
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i).equals(predicted.get(i)) ? 1 : 0;
        }
        return gold.isEmpty() ? 0 : (double) right / gold.size();
    }

    /** The mean of per-label F1 over the labels that occur in the gold data. */
    double macroF1() {
        Set<String> labels = new LinkedHashSet<>(gold);
        double sum = 0;
        for (String label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(label);
                boolean p = predicted.get(i).equals(label);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }
}
