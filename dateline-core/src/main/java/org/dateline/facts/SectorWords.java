package org.dateline.facts;

import org.dateline.model.Sector;
import org.dateline.resources.TsvResource;

import java.util.List;

/**
 * Agent words and the sector each gives ("minister" → GOV, "troops" → MIL, "farmers" → AGR), from
 * {@code sectors.tsv} next to this class; a word also matches with a plural "s". Roles with no sector ("coach",
 * "team captain") are agent words too, so that their words are not read as another role's.
 */
final class SectorWords {
    private static final SectorWords INSTANCE = new SectorWords();
    private static final String NO_SECTOR = "-";

    /** An agent word's sector; null for a role that has none. */
    record Agent(Sector sector) {
    }

    private final PhraseTable<Agent> phrases = new PhraseTable<>();

    private SectorWords() {
        for (String[] row : TsvResource.rows(SectorWords.class, "sectors.tsv", 2)) {
            Agent agent = new Agent(row[0].equals(NO_SECTOR) ? null : Sector.valueOf(row[0]));
            for (String w : TsvResource.forms(row[1])) {
                phrases.put(w, agent);
                phrases.put(w + "s", agent);
            }
        }
    }

    static SectorWords get() {
        return INSTANCE;
    }

    /** Every agent word in {@code tokens}, longest first, left to right. */
    List<PhraseTable.Match<Agent>> find(List<PhraseTable.Token> tokens) {
        return phrases.find(tokens);
    }
}
