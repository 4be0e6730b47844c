package org.dateline.facts;

import org.dateline.resources.TsvResource;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries and the places in them, with ISO 3166 alpha-3 codes: names, adjectives and demonyms, capitals
 * (and seats of government such as "the Kremlin") from {@code countries.tsv}, and regions, breakaway
 * territories and large cities from {@code places.tsv}, both next to this class. Look-ups ignore case.
 */
public final class Countries {
    private static final Countries INSTANCE = new Countries();

    /** What a country word is. */
    public enum Kind {
        NAME, ADJECTIVE, CAPITAL, CITY, REGION, BREAKAWAY
    }

    /** A word or phrase that names or implies a country. */
    public record Place(String code, Kind kind) {
    }

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> adjectives = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, String> nameOf = new HashMap<>();
    private final PhraseTable<Place> phrases = new PhraseTable<>();

    private Countries() {
        for (String[] row : TsvResource.rows(Countries.class, "countries.tsv", 4)) {
            add(row[0], TsvResource.forms(row[1]), Kind.NAME, names);
            nameOf.put(row[0], TsvResource.forms(row[1]).get(0));
            add(row[0], TsvResource.forms(row[2]), Kind.ADJECTIVE, adjectives);
            add(row[0], TsvResource.forms(row[3]), Kind.CAPITAL, capitals);
        }
        for (String[] row : TsvResource.rows(Countries.class, "places.tsv", 3)) {
            Kind kind = Kind.valueOf(row[1].toUpperCase(Locale.ROOT));
            add(row[0], TsvResource.forms(row[2]), kind, new HashMap<>());
        }
    }

    /** Each form, and without its article ("the Emirates" is also "Emirates", as after "between the"). */
    private void add(String code, List<String> forms, Kind kind, Map<String, String> byForm) {
        for (String f : forms) {
            byForm.putIfAbsent(key(f), code);
            phrases.put(f, new Place(code, kind));
            String bare = f.replaceFirst("^the\\s+", "");
            if (!bare.equals(f)) {
                byForm.putIfAbsent(key(bare), code);
                phrases.put(bare, new Place(code, kind));
            }
        }
    }

    public static Countries get() {
        return INSTANCE;
    }

    /** The code of a country name ("Russia", "the United States"). */
    public Optional<String> byName(String name) {
        return Optional.ofNullable(names.get(key(name.replaceFirst("^(?i)the\\s+", ""))));
    }

    /** The usual name of the state with this code ("Russia" for RUS), if it is one of the table's states. */
    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(nameOf.get(code));
    }

    /** The code of a nationality adjective or demonym ("Russian", "Azeri"). */
    public Optional<String> byAdjective(String adjective) {
        return Optional.ofNullable(adjectives.get(key(adjective)));
    }

    /** The code of the state whose capital or seat of government this is ("Moscow", "the Kremlin"). */
    public Optional<String> byCapital(String capital) {
        return Optional.ofNullable(capitals.get(key(capital.replaceFirst("^(?i)the\\s+", ""))));
    }

    /** A name, adjective or possessive ("Russia's") of a country. */
    public Optional<String> byAnyForm(String form) {
        String plain = form.replaceFirst("(?i)['’]s?$", "");
        return byName(plain).or(() -> byAdjective(plain));
    }

    /** Every country word in {@code tokens}, longest first, left to right. */
    List<PhraseTable.Match<Place>> find(List<PhraseTable.Token> tokens) {
        return phrases.find(tokens);
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
