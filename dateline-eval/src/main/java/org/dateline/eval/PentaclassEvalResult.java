package org.dateline.eval;

import java.util.Locale;

/**
 * CAMEO five-class ("pentaclass") coding of single sentences.
 *
 * @param sentences   sentences scored
 * @param coded       sentences where an event was found
 * @param trained     whether the others got a trained fallback's class ({@link PentaclassFallback}) or class 0
 * @param accuracy    share with the gold class
 * @param macroF1     macro-F1 over the five classes
 */
public record PentaclassEvalResult(int sentences, int coded, boolean trained, double accuracy, double macroF1) {
    public String format() {
        return String.format(Locale.ROOT, "CAMEO pentaclass: sentences=%d coded=%d uncoded->%s acc=%.3f macro-F1=%.3f",
                sentences, coded, trained ? "naive Bayes (train split)" : "class 0", accuracy, macroF1);
    }
}
