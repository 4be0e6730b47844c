package org.dateline.facts;

import org.dateline.resources.TsvResource;

import java.util.List;
import java.util.Map;

/**
 * A logistic model of named signals read from a table of weights (a resource of this package, "signal TAB
 * weight", the row {@value #BIAS} the log-odds every fact starts from): the confidence of a fact with some
 * signals is {@code 1 / (1 + e^-(bias + their weights))}. A signal the table does not weigh adds nothing. The
 * tables are fitted on judged facts by {@code scripts/fit-confidence.py}.
 */
final class SignalWeights {
    /** The table's row for the log-odds every fact starts from. */
    static final String BIAS = "bias";

    private final Map<String, Double> weights;

    SignalWeights(String resource) {
        this.weights = TsvResource.table(SignalWeights.class, resource, Double::parseDouble);
    }

    /** The confidence of a fact with {@code signals}, from 0 to 1, rounded to three decimals. */
    double confidence(List<String> signals) {
        double logOdds = weights.getOrDefault(BIAS, 0.0);
        for (String s : signals) {
            logOdds += weights.getOrDefault(s, 0.0);
        }
        return Math.round(1000 / (1 + Math.exp(-logOdds))) / 1000.0;
    }
}
