package org.dateline.model;

/**
 * One side of an event: the actor (id, or null when unresolved), its canonical name or the words as written,
 * and the party's country (ISO 3166 alpha-3) and sector, each null when unknown.
 * The country and sector are the actor's where it has them, else coded from the words of the party's phrase
 * ("opposition groups in Zimbabwe": ZWE, OPP).
 *
 * @param implied the text names no such party: it is the recipient an event type presumes when none is named
 *                (a protest with no named target is against the government of its country); its name is
 *                then a description ("government of Indonesia"), not words of the article
 */
public record Party(String actor, String name, String country, Sector sector, boolean implied) {
    /** A party named in the text. */
    public Party(String actor, String name, String country, Sector sector) {
        this(actor, name, country, sector, false);
    }

    /** A party not coded by country or sector. */
    public Party(String actor, String name) {
        this(actor, name, null, null);
    }
}
