package org.dateline.facts;

import org.dateline.model.Party;

/**
 * The factors an event's confidence is the product of ({@link #of}): it starts at {@link #TWO_WORD_START} or
 * {@link #ONE_WORD_START} and each factor that applies multiplies it by its {@code value}.
 */
enum ConfidenceFactor {
    /** The source is words that no actor resolves: who acted is less certain. */
    UNRESOLVED_SOURCE(0.9),
    /** The clause names no source at all. */
    NO_SOURCE(0.6),
    /** The event has no target, or only the presumed recipient of a protest. */
    NO_TARGET(0.9),
    /** Neither party has a country or a sector: a private person giving a friend a book is no political event. */
    NOT_POLITICAL(0.8),
    /** The act is refused (a negated cooperative act coded REJECT) or only announced (intent, threat), not done. */
    NOT_DONE(0.8),
    /**
     * Once per edge between the trigger's clause and the sentence root: the main clause is the sentence's headline,
     * and one edge down outweighs a two-word pattern.
     */
    CLAUSE_DEPTH(0.85),
    /** The target was found by searching further down the clause, not in a slot of the trigger. */
    SEARCHED_TARGET(0.85);

    /** Where a pattern with a second word ("hold talks", "call for") starts: the pair is less ambiguous. */
    static final double TWO_WORD_START = 0.9;
    /** Where a one-word pattern starts. */
    static final double ONE_WORD_START = 0.8;

    private final double value;

    ConfidenceFactor(double value) {
        this.value = value;
    }

    double value() {
        return value;
    }

    /** {@code confidence} multiplied by this factor. */
    double apply(double confidence) {
        return confidence * value;
    }

    /** {@code confidence} multiplied by this factor {@code times} times. */
    double apply(double confidence, int times) {
        return confidence * Math.pow(value, times);
    }

    /**
     * The confidence of an event coded by {@code p} as {@code act}, between {@code source} and {@code target}
     * (null when none), whose clause lies {@code depth} edges below the sentence root; {@link #SEARCHED_TARGET}
     * is the caller's, as only it knows where the target came from.
     */
    static double of(EventPattern p, ActRules.Act act, Party source, Party target, int depth) {
        double confidence = p.word() != null ? TWO_WORD_START : ONE_WORD_START;
        if (!act.done()) {
            confidence = NOT_DONE.apply(confidence);
        }
        if (source.actor() == null) {
            confidence = (source.name() == null ? NO_SOURCE : UNRESOLVED_SOURCE).apply(confidence);
        }
        if (target == null || target.implied()) {
            confidence = NO_TARGET.apply(confidence);
        }
        if (!political(source) && (target == null || !political(target))) {
            confidence = NOT_POLITICAL.apply(confidence);
        }
        return CLAUSE_DEPTH.apply(confidence, depth);
    }

    /** Whether a party is coded with a country or a sector: a state, an organisation, a group with a role. */
    private static boolean political(Party p) {
        return p.country() != null || p.sector() != null;
    }
}
