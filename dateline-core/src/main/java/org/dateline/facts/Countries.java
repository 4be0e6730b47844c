package org.dateline.facts;

import org.dateline.model.ActorType;
import org.dateline.resources.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries and the places in them, with ISO 3166 alpha-3 codes: names, adjectives and demonyms, capitals
 * (and seats of government such as "the Kremlin") from {@code countries.tsv}, and regions, breakaway
 * territories, large cities and states of the past or within a state (the Soviet Union, Scotland: kind
 * {@code state}, looked up as names) from {@code places.tsv}, both next to this class. Look-ups ignore case. Each
 * row of either table is one {@link KnownEntity}.
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
    private final List<KnownEntity> states = new ArrayList<>();
    private final List<KnownEntity> places = new ArrayList<>();

    private Countries() {
        for (String[] row : TsvResource.rows(Countries.class, "countries.tsv", 4)) {
            List<String> forms = TsvResource.forms(row[1]);
            add(row[0], forms, Kind.NAME, names);
            nameOf.put(row[0], forms.get(0));
            states.add(entity(forms, ActorType.COUNTRY, row[0]));
            add(row[0], TsvResource.forms(row[2]), Kind.ADJECTIVE, adjectives);
            add(row[0], TsvResource.forms(row[3]), Kind.CAPITAL, capitals);
        }
        for (String[] row : TsvResource.rows(Countries.class, "places.tsv", 3)) {
            List<String> forms = TsvResource.forms(row[2]);
            if (row[1].equals("state")) {
                add(row[0], forms, Kind.NAME, names);
                states.add(entity(forms, ActorType.COUNTRY, row[0]));
            } else {
                add(row[0], forms, Kind.valueOf(row[1].toUpperCase(Locale.ROOT)), new HashMap<>());
                places.add(entity(forms, ActorType.LOCATION, row[0]));
            }
        }
    }

    /** The entity a row names: its forms, and each without its article ("the Bahamas" is also "Bahamas"). */
    private static KnownEntity entity(List<String> forms, ActorType type, String code) {
        List<String> all = new ArrayList<>(forms);
        forms.stream().map(f -> f.replaceFirst("^(?i)the\\s+", "")).filter(f -> !all.contains(f)).forEach(all::add);
        return new KnownEntity(all.get(0), type, code, all);
    }

    /** The states of {@code countries.tsv}, then the states of the past or within a state of {@code places.tsv}. */
    List<KnownEntity> states() {
        return List.copyOf(states);
    }

    /** The regions, breakaway territories and cities of {@code places.tsv}. */
    List<KnownEntity> places() {
        return List.copyOf(places);
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
