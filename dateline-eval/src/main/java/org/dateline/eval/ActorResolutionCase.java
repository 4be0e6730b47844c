package org.dateline.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One scored check of the NGEC actor-resolution cases: an actor's words, the context and date it was
 * given, and the expected country or sector.
 *
 * @param field    {@code country} or {@code sector}
 * @param expected the accepted values (one, or several for an "In" check); null stands for "no code"
 * @param negated  true when the check is that the prediction is NOT {@code expected} ("NotEq")
 */
public record ActorResolutionCase(String test, String text, String context, LocalDate date, String field,
                                  List<String> expected, boolean negated) {

    /** Whether {@code predicted} (null for none) passes this check. */
    public boolean passes(String predicted) {
        boolean in = expected.stream().anyMatch(e -> e == null ? predicted == null : e.equals(predicted));
        return negated != in;
    }
}
