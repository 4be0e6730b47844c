package org.dateline.facts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The known entities of {@link Countries} (states and places) and {@link Organisations}, looked up by a whole
 * mention: "U.S.", "US", "United States" and "America" are one state; "DPRK" is North Korea, a country, even where
 * the tagger took it for an organisation. Case and diacritics are ignored, except that a short all-capital name
 * ("US", "AP") matches only in capitals ({@link PhraseTable}). A state's name wins over an organisation's
 * (the Vatican), and both over a place's.
 */
final class KnownEntities {
    private static final KnownEntities INSTANCE = new KnownEntities();

    /** A dotted abbreviation whose last dot a sentence's end took ("U.K", "U.S"): read with it. */
    private static final Pattern CUT_ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}");

    private final PhraseTable<KnownEntity> names = new PhraseTable<>();
    /** The first words (folded) of the names of two or more words. */
    private final Set<String> firstWords = new HashSet<>();

    private KnownEntities() {
        Countries countries = Countries.get();
        List.of(countries.states(), Organisations.get().entities(), countries.places())
                .forEach(entities -> entities.forEach(e -> e.names().forEach(n -> {
                    names.put(n, e);
                    List<PhraseTable.Token> tokens = PhraseTable.tokenize(n);
                    if (tokens.size() >= 2) {
                        firstWords.add(tokens.get(0).key());
                    }
                })));
    }

    static KnownEntities get() {
        return INSTANCE;
    }

    /** Whether a name of two or more words of the tables starts with {@code word} ("New" of New Zealand, case folded). */
    boolean startsName(String word) {
        return firstWords.contains(PhraseTable.key(word));
    }

    /** The entity {@code name} names as a whole ("the U.N." after its article is dropped), if it is one. */
    Optional<KnownEntity> named(String name) {
        if (CUT_ABBREVIATION.matcher(name).matches()) {
            return named(name + ".");
        }
        List<PhraseTable.Token> tokens = PhraseTable.tokenize(name);
        List<PhraseTable.Match<KnownEntity>> found = names.find(tokens);
        return found.size() == 1 && found.get(0).first() == 0 && found.get(0).last() == tokens.size() - 1
                ? Optional.of(found.get(0).value()) : Optional.empty();
    }
}
