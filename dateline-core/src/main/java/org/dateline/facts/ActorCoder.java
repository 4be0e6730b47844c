package org.dateline.facts;

import org.dateline.model.Sector;
import org.dateline.facts.Countries.Kind;
import org.dateline.facts.Countries.Place;
import org.dateline.facts.OfficeHolders.Standing;
import org.dateline.facts.Organisations.Organisation;
import org.dateline.facts.PhraseTable.Match;
import org.dateline.facts.PhraseTable.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Codes an actor's words ("Russian Foreign Minister", "Azerbaijan's Foreign Ministry Spokesman",
 * "OSCE Minsk Group", "Boko Haram gunmen", "Moscow") with a country and a {@link Sector}.
 *
 * <p>Country: the first country word in the text (name, adjective, possessive, capital, region or city
 * from {@link Countries}, or an organisation's state from {@link Organisations}); failing that, the
 * country of a known office holder ({@link OfficeHolders}) on the given date; failing that, the first
 * country word of the context. An international organisation (or one of its officers) named before any
 * country word has no country: {@code country} is ISO 3166 alpha-3 or null, and the sector says IGO.
 *
 * <p>Sector: the words before the first preposition or comma form the head ("Russia's ambassador" of
 * "Russia's ambassador to Poland"). A known organisation there gives its sector; otherwise the agent words
 * there ({@link SectorWords}): the last one, unless an earlier one is more specific (intelligence, rebel,
 * crime, religion, farming: "intelligence agency officer" is SPY); "former" or "retired" with an official
 * word gives ELI; a state's leader ("North Korean leader") is its government, any other leader a civilian. Failing the head, a known office holder's role on the date, then organisations and agent
 * words anywhere. A text that is only a place is its state's government when it is a capital ("Moscow"),
 * civilians when it is a city or region, PRE when a breakaway territory, and no sector when a country.
 */
public final class ActorCoder {
    private static final Set<String> BOUNDARIES = Set.of("of", "to", "in", "at", "for", "from", "across", "with",
            "on", "near", "over", "against", "by", ",", "who", "which", "that");
    private static final Set<String> FORMER = Set.of("former", "retired", "ex", "ex-", "onetime", "erstwhile");
    private static final Set<Sector> SPECIFIC = Set.of(Sector.SPY, Sector.REB, Sector.CRM, Sector.REL, Sector.AGR);
    private static final Set<Sector> OFFICIAL = Set.of(Sector.GOV, Sector.LEG, Sector.MIL, Sector.SPY, Sector.JUD,
            Sector.COP, Sector.IGO);
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    /** A country code (ISO 3166 alpha-3) and a sector; either may be null. */
    public record ActorCode(String country, Sector sector) {
    }

    private final Countries countries = Countries.get();
    private final Organisations organisations = Organisations.get();
    private final OfficeHolders holders;
    private final SectorWords sectorWords = SectorWords.get();

    /** A coder that knows the office holders of the project's table. */
    public ActorCoder() {
        this(OfficeHolders.get());
    }

    public ActorCoder(OfficeHolders holders) {
        this.holders = holders;
    }

    /**
     * Codes {@code text}.
     *
     * @param context words around the actor that may name its country ("German"), or null
     * @param date    the day the text speaks of (a publication date), for office holders; null when unknown
     */
    public ActorCode code(String text, String context, LocalDate date) {
        List<Token> tokens = PhraseTable.tokenize(text);
        return code(tokens, context, date, tokens.size());
    }

    /**
     * Codes a person from the words before the name ({@code description}: state, titles) and the name: the name
     * finds an office holder, but a company or place inside it ("Mike Ford", "Jack London") says nothing of the person.
     */
    public ActorCode codePerson(String description, String name, LocalDate date) {
        int nameFrom = PhraseTable.tokenize(description).size();
        return code(PhraseTable.tokenize(description + " " + name), null, date, nameFrom);
    }

    /** Codes {@code tokens}, reading organisations and places only in the first {@code wordsUntil} of them. */
    private ActorCode code(List<Token> tokens, String context, LocalDate date, int wordsUntil) {
        List<Match<Organisation>> orgs = organisations.find(tokens).stream().filter(m -> m.first() < wordsUntil).toList();
        List<Match<Place>> places = countries.find(tokens).stream()
                .filter(p -> p.first() < wordsUntil && !inside(p, orgs)).toList();
        Optional<Standing> person = holders.find(tokens).or(() -> holders.findByTitle(tokens, date))
                .flatMap(m -> holders.standing(m.value(), date));
        String country = firstCountry(orgs, places)
                .or(() -> person.map(p -> new CountryWord(p.country())))
                .or(() -> context == null ? Optional.empty() : contextCountry(context))
                .map(CountryWord::code)
                .orElse(null);
        return new ActorCode(country, sector(tokens, orgs, places, person));
    }

    /** The first word that settles an actor's country: a state's code, or null for an international body. */
    private record CountryWord(String code) {
    }

    private Optional<CountryWord> contextCountry(String context) {
        List<Token> tokens = PhraseTable.tokenize(context);
        List<Match<Organisation>> orgs = organisations.find(tokens);
        return firstCountry(orgs, countries.find(tokens));
    }

    private static Optional<CountryWord> firstCountry(List<Match<Organisation>> orgs, List<Match<Place>> places) {
        int best = Integer.MAX_VALUE;
        CountryWord word = null;
        for (Match<Organisation> m : orgs) {
            Organisation org = m.value();
            if ((org.international() || org.code() != null) && m.first() < best) {
                best = m.first();
                word = new CountryWord(org.international() ? null : org.code());
            }
        }
        for (Match<Place> m : places) {
            if (m.first() < best) {
                best = m.first();
                word = new CountryWord(m.value().code());
            }
        }
        return Optional.ofNullable(word);
    }

    private Sector sector(List<Token> tokens, List<Match<Organisation>> orgs, List<Match<Place>> places,
                          Optional<Standing> person) {
        int head = headEnd(tokens);
        boolean former = tokens.subList(0, head).stream().anyMatch(t -> FORMER.contains(PhraseTable.key(t.text())));
        Sector inHead = fromWords(tokens, orgs, places, 0, head, former);
        if (inHead != null) {
            return inHead;
        }
        if (person.isPresent() && person.get().sector() != null) {
            return person.get().sector();
        }
        Sector anywhere = fromWords(tokens, orgs, places, head, tokens.size(), former);
        if (anywhere != null) {
            return anywhere;
        }
        return onlyPlace(tokens, places);
    }

    /** The sector given by organisations, then agent words, in tokens {@code [from, to)}. */
    private Sector fromWords(List<Token> tokens, List<Match<Organisation>> orgs, List<Match<Place>> places,
                             int from, int to, boolean former) {
        Sector found = null;
        for (Match<Organisation> m : orgs) {
            if (m.first() >= from && m.first() < to) {
                found = m.value().sector();
                break;
            }
        }
        if (found == null) {
            List<Match<Sector>> words = new ArrayList<>();
            for (Match<SectorWords.Agent> m : sectorWords.find(tokens.subList(from, to))) {
                Match<Sector> shifted = new Match<>(m.value().sector(), m.first() + from, m.last() + from);
                if (shifted.value() != null && !inside(shifted, places) && !inside(shifted, orgs)) {
                    words.add(shifted);
                }
            }
            found = words.stream().map(Match::value).filter(SPECIFIC::contains).findFirst()
                    .orElse(words.isEmpty() ? null : words.get(words.size() - 1).value());
            if (found == Sector.CVL && stateLeader(tokens, places, words.get(words.size() - 1))) {
                found = Sector.GOV;
            }
        }
        return former && found != null && OFFICIAL.contains(found) ? Sector.ELI : found;
    }

    /** Whether {@code word} is "leader" after a state's name or adjective ("North Korean leader", "Iran's leaders"). */
    private static boolean stateLeader(List<Token> tokens, List<Match<Place>> places, Match<Sector> word) {
        return PhraseTable.key(tokens.get(word.first()).text()).startsWith("leader")
                && places.stream().anyMatch(p -> p.last() < word.first()
                && (p.value().kind() == Kind.NAME || p.value().kind() == Kind.ADJECTIVE));
    }

    /** The sector of a text that is a single place and nothing else. */
    private static Sector onlyPlace(List<Token> tokens, List<Match<Place>> places) {
        int first = 0;
        while (first < tokens.size() && DETERMINERS.contains(PhraseTable.key(tokens.get(first).text()))) {
            first++;
        }
        if (places.size() != 1 || places.get(0).first() != first || places.get(0).last() != tokens.size() - 1) {
            return null;
        }
        Kind kind = places.get(0).value().kind();
        return switch (kind) {
            case CAPITAL -> Sector.GOV;
            case CITY, REGION -> Sector.CVL;
            case BREAKAWAY -> Sector.PRE;
            case NAME, ADJECTIVE -> null;
        };
    }

    /** Where the head of the phrase ends: the first preposition, comma or relative pronoun after a word. */
    private static int headEnd(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (BOUNDARIES.contains(PhraseTable.key(tokens.get(i).text()))) {
                return i;
            }
        }
        return tokens.size();
    }

    private static boolean inside(Match<?> m, List<? extends Match<?>> others) {
        for (Match<?> o : others) {
            if (m.first() >= o.first() && m.last() <= o.last() && o != m) {
                return true;
            }
        }
        return false;
    }
}
