package org.dateline.nlp;

/** The grammatical gender a person's name, honorific or pronoun points to; {@link #UNKNOWN} when none does. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** True when both are known and differ: "she" cannot refer to a man, but can to a person of unknown gender. */
    public boolean contradicts(Gender other) {
        return this != UNKNOWN && other != UNKNOWN && this != other;
    }
}
