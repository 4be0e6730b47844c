package org.dateline.spark;

import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.Analyzer;

import java.io.Serializable;

/**
 * The confidence below which facts are left out, as {@code analyze --min-confidence} and
 * {@code --min-quote-confidence} set them; sent to the executors with each analysis task.
 *
 * @param events events below this confidence are left out ({@link Analyzer#withMinEventConfidence})
 * @param quotes quotes below this confidence are left out ({@link Analyzer#withMinQuoteConfidence})
 */
public record Thresholds(double events, double quotes) implements Serializable {
    public Thresholds {
        check("events", events);
        check("quotes", quotes);
    }

    private static void check(String what, double least) {
        if (!(least >= 0 && least <= 1)) {
            throw new IllegalArgumentException("the least confidence of " + what + " must be between 0 and 1, got "
                    + least);
        }
    }

    /** The key of the analyses made at these thresholds by this build (what the output's resume journal records). */
    AnalysisKey key() {
        return AnalysisKey.of(events, quotes);
    }

    Analyzer applyTo(Analyzer analyzer) {
        return analyzer.withMinEventConfidence(events).withMinQuoteConfidence(quotes);
    }
}
