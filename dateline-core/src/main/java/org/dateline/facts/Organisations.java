package org.dateline.facts;

import org.dateline.model.ActorType;
import org.dateline.model.Sector;
import org.dateline.resources.TsvResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Organisations named without their country, from {@code organisations.tsv} next to this class: each with
 * the code of the state it belongs to (null where the name does not tell, as for "the National Guard"), or
 * for an international organisation its group code as CAMEO writes it (UNO for the United Nations system,
 * EUR for the European Union, IGO for the others), and its sector.
 */
public final class Organisations {
    private static final Organisations INSTANCE = new Organisations();

    /**
     * A known organisation: {@code code} is a state's ISO 3166 alpha-3 code, an international organisation's
     * group code (see {@link #GROUPS}), or null where the state comes from the words around it.
     */
    public record Organisation(String name, String code, Sector sector) {
        /** Whether this is an international organisation, which has no country. */
        public boolean international() {
            return code != null && GROUPS.contains(code);
        }
    }

    /** The group codes of international organisations: the United Nations system, the European Union, others. */
    public static final Set<String> GROUPS = Set.of("UNO", "EUR", "IGO");

    /** The code of a kind of body every state has ("Foreign Ministry"): not one organisation, no known entity. */
    private static final String ANY_STATE = "any";

    private final PhraseTable<Organisation> phrases = new PhraseTable<>();
    private final List<KnownEntity> entities = new ArrayList<>();

    private Organisations() {
        for (String[] row : TsvResource.rows(Organisations.class, "organisations.tsv", 3)) {
            List<String> names = TsvResource.forms(row[2]);
            boolean any = row[0].equals(ANY_STATE);
            Organisation org = new Organisation(names.get(0), row[0].equals("-") || any ? null : row[0],
                    row[1].equals("-") ? null : Sector.valueOf(row[1]));
            names.forEach(n -> phrases.put(n, org));
            if (!any) {
                entities.add(new KnownEntity(names.get(0), ActorType.ORGANIZATION, null, names));
            }
        }
    }

    /** Every organisation of the table that is one body (not a kind of body every state has), as an entity. */
    List<KnownEntity> entities() {
        return List.copyOf(entities);
    }

    public static Organisations get() {
        return INSTANCE;
    }

    /**
     * The country slot of an actor as CAMEO fills it: its {@code country}; for an actor without one whose
     * {@code name} names an international organisation first, that organisation's group code (UNO, EUR,
     * IGO); else IGO when its sector is IGO, and null otherwise.
     */
    public String cameoCountry(String name, String country, Sector sector) {
        if (country != null) {
            return country;
        }
        return find(PhraseTable.tokenize(name)).stream().findFirst().map(PhraseTable.Match::value)
                .filter(Organisation::international).map(Organisation::code)
                .orElse(sector == Sector.IGO ? Sector.IGO.name() : null);
    }

    /** Every organisation named in {@code tokens}, longest first, left to right. */
    List<PhraseTable.Match<Organisation>> find(List<PhraseTable.Token> tokens) {
        return phrases.find(tokens);
    }
}
