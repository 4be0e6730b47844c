package org.dateline.facts;

import org.dateline.model.EventType;

/**
 * One line of the PLOVER vocabulary: a trigger and the event it codes.
 *
 * @param head     the lemma of the trigger word (a verb, predicate adjective or noun)
 * @param word     a second lemma that must hang on the trigger (a particle, the preposition of an oblique,
 *                 the object's lemma, or for a noun a compound modifier), or null
 * @param noun     true for a nominal trigger ({@code =talk}), false for a verb
 * @param event    PLOVER event type
 * @param mode     PLOVER mode, or null
 * @param cameo    CAMEO code, or null
 */
public record EventPattern(String head, String word, boolean noun, EventType event, String mode, String cameo) {
}
