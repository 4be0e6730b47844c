package org.dateline.facts;

import java.util.List;

/**
 * Organisations named without their country, from {@code organisations.tsv} next to this class: each with
 * the code of the state it belongs to (or UNO for the United Nations system, EUR for the European Union,
 * IGO for other intergovernmental organisations, null where the name does not tell, as for "the National
 * Guard") and its sector.
 */
public final class Organisations {
    private static final Organisations INSTANCE = new Organisations();

    /** A known organisation: {@code code} is null where the state comes from the words around it. */
    public record Organisation(String name, String code, Sector sector) {
    }

    private final PhraseTable<Organisation> phrases = new PhraseTable<>();

    private Organisations() {
        for (String[] row : TsvResource.rows("organisations.tsv", 3)) {
            List<String> names = TsvResource.forms(row[2]);
            Organisation org = new Organisation(names.get(0), row[0].equals("-") ? null : row[0],
                    Sector.valueOf(row[1]));
            names.forEach(n -> phrases.put(n, org));
        }
    }

    public static Organisations get() {
        return INSTANCE;
    }

    /** Every organisation named in {@code tokens}, longest first, left to right. */
    List<PhraseTable.Match<Organisation>> find(List<PhraseTable.Token> tokens) {
        return phrases.find(tokens);
    }
}
