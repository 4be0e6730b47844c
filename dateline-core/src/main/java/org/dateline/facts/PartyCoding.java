package org.dateline.facts;

import org.dateline.model.Party;
import org.dateline.model.Sector;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of the parties of one sentence and their country and sector: a party's phrase, its coding by
 * {@link ActorCoder} (with modifiers, prepositional phrases and appositions), nationality adjectives, and the
 * place of its clause. {@link EventExtractor} finds the parties; this class says what their words code to.
 */
final class PartyCoding {
    static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "throughout", "across");
    static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    /** Lemmas of the participles that give a thing its name ("a battery known as Karvo", "a drone dubbed Osa"). */
    private static final Set<String> NAMING = Set.of("know", "call", "dub", "name");
    /** A dateline opening a party's words: a word in capitals, more capitals, commas or parentheses, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}{2,}[\\p{Lu}\\s.,'()]*?\\s+[-\u2013\u2014]+\\s+(?=\\S)");
    private static final Set<String> PHRASE_STOPS = Set.of("conj", "cc", "acl", "appos", "punct", "advcl",
            "parataxis", "dep", "nmod", "case");

    /** Kinds of places that are no state and do not stand for one. */
    private static final Set<Countries.Kind> TOWN_KINDS = EnumSet.of(Countries.Kind.CITY, Countries.Kind.REGION);

    private final Annotation annotation;
    private final Sentence s;
    private final LocalDate day;
    private final ActorCoder coder;
    private final Countries countries = Countries.get();

    /**
     * @param day   the article's reference day, for office holders; null when unknown
     * @param coder the coder shared by all sentences
     */
    PartyCoding(Annotation annotation, Sentence s, LocalDate day, ActorCoder coder) {
        this.annotation = annotation;
        this.s = s;
        this.day = day;
        this.coder = coder;
    }

    /**
     * An unnamed party with no country of its own takes the country of the place its clause happens in
     * ({@link #placeCountry}): "hundreds of thousands of people blocked streets in Hong Kong", "killed three
     * villagers in a raid in northern Mali", as event data codes local actors.
     */
    Party located(Party p, int verb) {
        if (p.actor() != null || p.country() != null || p.name() == null) {
            return p;
        }
        return placeCountry(verb).map(c -> new Party(null, p.name(), c, p.sector())).orElse(p);
    }

    /** The country of the first place named in an in/at/near/throughout/across phrase of {@code verb}'s clause. */
    Optional<String> placeCountry(int verb) {
        for (int o : s.children(verb, "obl")) {
            if (PLACE_CASES.stream().noneMatch(c -> hasCase(o, c))) {
                continue;
            }
            BitSet under = s.subtree(o);
            for (int k = under.nextSetBit(0); k >= 0; k = under.nextSetBit(k + 1)) {
                ActorCoder.ActorCode place = PLACE_TYPES.contains(s.token(k).ner()) ? code(k) : null;
                if (place != null && place.country() != null) {
                    return Optional.of(place.country());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the proper noun at {@code i} is a name the article gives a weapon: somewhere in the article the same
     * word is compounded before a weapon noun ({@link Parties#weapon}: "the Karvo missile defense system") or is
     * what a weapon noun is known as, called or dubbed ("a battery known as Karvo"); never a country's name nor a
     * person's ("the Reagan missile plan").
     */
    boolean weaponName(int i) {
        String word = s.token(i).word();
        if (countries.byAnyForm(word).isPresent()) {
            return false;
        }
        for (Sentence o : annotation.sentences()) {
            for (int k = 0; k < o.tokens().size(); k++) {
                if (o.token(k).isProperNoun() && o.token(k).word().equalsIgnoreCase(word)
                        && !o.token(k).ner().equals("PERSON") && namesWeapon(o, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the name at {@code k} of {@code o} is compounded before a weapon noun or names one ("known as"). */
    private static boolean namesWeapon(Sentence o, int k) {
        Optional<Dependency> up = o.headEdge(k);
        if (up.isEmpty() || up.get().head() < 0) {
            return false;
        }
        int head = up.get().head();
        if (up.get().baseRelation().equals("compound")) {
            return Parties.weapon(o.token(head));
        }
        Optional<Dependency> named = o.headEdge(head);
        return up.get().baseRelation().equals("obl") && NAMING.contains(o.token(head).lemma().toLowerCase(Locale.ROOT))
                && named.isPresent() && named.get().head() >= 0 && named.get().baseRelation().equals("acl")
                && Parties.weapon(o.token(named.get().head()));
    }

    /** Whether a party is a named actor or is coded with a country or as an international organisation. */
    static boolean coded(Party p) {
        return p.actor() != null || p.country() != null || p.sector() == Sector.IGO;
    }

    /**
     * Whether an unresolved party can act: it is coded with a country or a sector ("Serbian police",
     * "demonstrators"); "the conflict", "a roadside bombing" or "diplomacy" cannot, and leave the source unknown.
     */
    static boolean agent(Party p) {
        return p.name() == null || p.actor() != null || p.country() != null || p.sector() != null;
    }

    /** The sector the word at {@code i} codes by itself, without its phrase ("minister", "police"); null for none. */
    Sector wordSector(int i) {
        return coder.code(s.token(i).word(), null, day).sector();
    }

    /**
     * A nationality adjective, which names its state as a party ("Israeli air raids", "Palestinian riots"), or the
     * last word of one of two words, tagged either way ("North Korean missiles").
     */
    boolean nationality(int i) {
        return s.token(i).pos().startsWith("JJ") && countries.byAdjective(s.token(i).word()).isPresent()
                || twoWordNationality(i).isPresent();
    }

    /** The state of a nationality of two words that ends at {@code i} ("North Korean", "South African"). */
    Optional<String> twoWordNationality(int i) {
        return i == 0 ? Optional.empty() : countries.byAdjective(s.token(i - 1).word() + " " + s.token(i).word());
    }

    boolean hasCase(int i, String word) {
        return s.children(i, "case").stream().anyMatch(c -> Triggers.lemma(s, c).equals(word));
    }

    /**
     * Whether the town or region at {@code k} only modifies a thing ("the London tram", "the Nice attack"): its
     * name compounded with a noun that is no place and codes no sector. It names no party; "Moscow officials"
     * still does, and so does a country's name ("a U.S. request" is the United States' own, "Montenegro
     * province" is a place).
     */
    boolean placeModifier(int k) {
        Optional<Dependency> up = s.headEdge(k);
        if (!town(k) || up.isEmpty() || up.get().head() < 0 || !up.get().baseRelation().equals("compound")) {
            return false;
        }
        int head = up.get().head();
        return !PLACE_TYPES.contains(s.token(head).ner()) && code(head).sector() == null;
    }

    /**
     * Whether the proper noun at {@code k} is the name of a town or region in the place table, however it is tagged
     * ("Nice", which the tagger may take for no place).
     */
    boolean townName(int k) {
        if (!s.token(k).isProperNoun()) {
            return false;
        }
        List<PhraseTable.Match<Countries.Place>> places = countries.find(PhraseTable.tokenize(s.token(k).word()));
        return places.size() == 1 && TOWN_KINDS.contains(places.get(0).value().kind());
    }

    /** Whether the word at {@code k} names a place that is not a country: a town, a region, a street. */
    boolean town(int k) {
        return PLACE_TYPES.contains(s.token(k).ner()) && countries.byAnyForm(s.token(k).word()).isEmpty();
    }

    /** The words of the party headed by {@code i}, without its conjuncts, appositions and clauses. */
    BitSet phrase(int i) {
        BitSet out = new BitSet();
        out.set(i);
        for (Dependency d : s.children(i)) {
            if ((!PHRASE_STOPS.contains(d.baseRelation()) || d.relation().equals("nmod:poss"))
                    && !d.relation().equals("det")) {
                out.or(s.subtree(d.dependent()));
            }
        }
        return out;
    }

    /**
     * The code of the words of the party headed by {@code i} with its modifiers, prepositional phrases and
     * appositions ("rebels in the Ivory Coast", "U.S. Secretary of State Warren Christopher", "Ana Lobo,
     * Chile's envoy"), or of the noun it is in apposition to ("a member of the Syrian parliament, Ana Lobo").
     * An ethnic group is not its namesake state: "ethnic Albanians in Serbia" is coded by Serbia alone.
     */
    ActorCoder.ActorCode code(int i) {
        BitSet phrase = phrase(i);
        for (Dependency d : s.children(i)) {
            if (d.baseRelation().equals("nmod") || d.baseRelation().equals("appos")) {
                phrase.or(s.subtree(d.dependent()));
            }
        }
        for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1)) {
            if (s.token(k).lemma().equalsIgnoreCase("ethnic")) {
                phrase.clear(k, k + 2);
            }
        }
        ActorCoder.ActorCode own = phrase.isEmpty() ? new ActorCoder.ActorCode(null, null)
                : coder.code(phrase.stream().mapToObj(k -> s.token(k).word()).collect(Collectors.joining(" ")), null,
                day);
        Optional<Dependency> up = s.headEdge(i);
        if (own.country() != null || up.isEmpty() || !Set.of("appos", "dep").contains(up.get().baseRelation())) {
            return own;
        }
        ActorCoder.ActorCode head = code(up.get().head());
        return new ActorCoder.ActorCode(head.country(), own.sector() != null ? own.sector() : head.sector());
    }

    /**
     * The text of {@code phrase} from the start of its last line and past a dateline it opens with: a heading the
     * parser joined to it ("Harbor attack: 4 dead\nA sailor" is "A sailor") and the place the news was filed
     * ("TOLVAR - A gunman" is "A gunman") name no party.
     */
    String words(BitSet phrase) {
        int first = phrase.nextSetBit(0);
        int last = phrase.length() - 1;
        String words = annotation.text().substring(s.token(first).start(), s.token(last).end());
        return DATELINE.matcher(words.substring(words.lastIndexOf('\n') + 1)).replaceFirst("");
    }
}
