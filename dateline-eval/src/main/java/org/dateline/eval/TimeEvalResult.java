package org.dateline.eval;

import java.util.Locale;

/**
 * TempEval-3 Task A counts over a document set, and the measures derived from them.
 *
 * @param gold          gold timexes
 * @param system        system timexes (in documents that have a gold file)
 * @param relaxed       gold timexes paired with an overlapping system timex
 * @param strict        relaxed pairs whose extents are equal
 * @param valueMatches  relaxed pairs with equal TIMEX3 value
 * @param typeMatches   relaxed pairs with equal TIMEX3 type
 */
public record TimeEvalResult(int documents, int gold, int system, int relaxed, int strict, int valueMatches,
                             int typeMatches) {

    public double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double strictF1() {
        return f1(ratio(strict, system), ratio(strict, gold));
    }

    /** Equal values among relaxed matches. */
    public double valueAccuracy() {
        return ratio(valueMatches, relaxed);
    }

    /** The TempEval-3 ranking measure: relaxed F1 times value accuracy. */
    public double valueF1() {
        return relaxedF1() * valueAccuracy();
    }

    public double typeAccuracy() {
        return ratio(typeMatches, relaxed);
    }

    public double typeF1() {
        return relaxedF1() * typeAccuracy();
    }

    /** One line in the reference scorer's layout, followed by type accuracy and type F1. */
    public String format() {
        return String.format(Locale.ROOT,
                "docs=%d gold=%d system=%d relaxed P=%.3f R=%.3f F1=%.3f strict F1=%.3f value acc=%.3f value F1=%.3f"
                        + " type acc=%.3f type F1=%.3f",
                documents, gold, system, relaxedPrecision(), relaxedRecall(), relaxedF1(), strictF1(),
                valueAccuracy(), valueF1(), typeAccuracy(), typeF1());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
