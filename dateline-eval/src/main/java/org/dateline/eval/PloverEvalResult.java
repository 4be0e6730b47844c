package org.dateline.eval;

import java.util.Locale;

/**
 * Event coding on the PLOVER gold sentences.
 *
 * @param sentences    gold sentences scored
 * @param typeAccuracy share whose most confident event has the gold PLOVER type
 * @param typeMacroF1  macro-F1 over the gold types
 * @param sourceF1     micro F1 of source country sets
 * @param targetF1     micro F1 of target country sets
 */
public record PloverEvalResult(int sentences, double typeAccuracy, double typeMacroF1, double sourceF1,
                               double targetF1) {
    public String format() {
        return String.format(Locale.ROOT, "PLOVER gold: sentences=%d type acc=%.3f type macro-F1=%.3f"
                + " source country F1=%.3f target country F1=%.3f", sentences, typeAccuracy, typeMacroF1, sourceF1,
                targetF1);
    }
}
