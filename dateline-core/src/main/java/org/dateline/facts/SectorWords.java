package org.dateline.facts;

import org.dateline.model.Sector;
import org.dateline.resources.TsvResource;

import java.util.List;

/**
 * Agent words and the sector each gives ("minister" → GOV, "troops" → MIL, "farmers" → AGR), from
 * {@code sectors.tsv} next to this class; a word also matches with a plural "s".
 */
final class SectorWords {
    private static final SectorWords INSTANCE = new SectorWords();

    private final PhraseTable<Sector> phrases = new PhraseTable<>();

    private SectorWords() {
        for (String[] row : TsvResource.rows(SectorWords.class, "sectors.tsv", 2)) {
            Sector sector = Sector.valueOf(row[0]);
            for (String w : TsvResource.forms(row[1])) {
                phrases.put(w, sector);
                phrases.put(w + "s", sector);
            }
        }
    }

    static SectorWords get() {
        return INSTANCE;
    }

    /** Every agent word in {@code tokens}, longest first, left to right. */
    List<PhraseTable.Match<Sector>> find(List<PhraseTable.Token> tokens) {
        return phrases.find(tokens);
    }
}
