package org.dateline.facts;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Sector;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.resources.TsvResource;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.dateline.facts.Triggers.lemma;

/**
 * Turns the tokens {@link ClauseSyntax} finds into the {@link Party} records of one sentence's events: the actor
 * a word or a pronoun stands for, its country and sector ({@link PartyCoding}), the country of a target a state
 * acts on at home, and the implied recipient of a protest that names none.
 */
final class Parties {
    /** Named-entity classes of a party whose country is its own, not its counterpart's. */
    private static final Set<String> NAMED_ELSEWHERE = Set.of("PERSON", "LOCATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE", "NATIONALITY");
    /** Lemmas of the pronouns of a person ("he", "him", "she", "her"), resolved by the passage they are in. */
    private static final Set<String> THIRD_PERSON = Set.of("he", "she");
    /** Possessives of a person, which stand for "he" and "she" ({@link #possessivePerson}). */
    private static final Set<String> THIRD_PERSON_POSSESSIVES = Set.of("his", "her");
    /**
     * Pronouns that are the speaker of a quote they are in ("'We are trying to help,' the agency quoted him as
     * saying") or of a quote in their sentence.
     */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Map<String, Set<String>> NOT_PARTY = TsvResource.wordsByTag(Parties.class,
            "not-party-words.tsv", Set.of("abstract", "document", "act", "weapon"));
    /**
     * Common nouns that are never a party: an idea, a claim, a right, a medium ("the idea", "through radio"), a
     * decision or course of action ("Pyongyang's decision", "its policy"), a weapon ("the missiles", "a defense
     * system"); with a nationality adjective they stand for its state ({@link ClauseSyntax#nationalOwner}).
     */
    private static final Set<String> ABSTRACT = union(NOT_PARTY.get("abstract"), NOT_PARTY.get("act"),
            NOT_PARTY.get("weapon"));
    /** Heads of a law, bill or report, named or not ("the Hong Kong Democracy Act"): never a party. */
    private static final Set<String> DOCUMENTS = NOT_PARTY.get("document");
    /** Named-entity classes of an amount or a number, which is never a party ("1 million pounds"). */
    private static final Set<String> AMOUNTS = Set.of("MONEY", "NUMBER", "PERCENT", "ORDINAL");

    private final Sentence s;
    private final ArticleActors actors;
    private final List<Quote> quotes;
    private final SpeakerResolver persons;
    private final UnnamedPersons unnamed;
    private final GroupAntecedents groups;
    private final PartyCoding coding;
    private final ClauseSyntax syntax;
    private final Countries countries = Countries.get();
    private final Organisations organisations = Organisations.get();

    /**
     * @param actors the article's actors, which words and phrases resolve to
     * @param quotes  the article's quotes, whose speakers "I" and "we" stand for
     * @param persons the persons "he" and "she" stand for
     * @param unnamed the unnamed persons they stand for where the passage gives no name
     * @param groups  the named actors "they" stands for
     */
    Parties(Sentence s, ArticleActors actors, List<Quote> quotes, SpeakerResolver persons, UnnamedPersons unnamed,
            GroupAntecedents groups, PartyCoding coding, ClauseSyntax syntax) {
        this.s = s;
        this.actors = actors;
        this.quotes = quotes;
        this.persons = persons;
        this.unnamed = unnamed;
        this.groups = groups;
        this.coding = coding;
        this.syntax = syntax;
    }

    /**
     * The source at token {@code src} (null: none) of a clause headed by {@code verb}, located in the clause's
     * place ({@link PartyCoding#located}); {@code Party(null, null)} when there is none or it cannot act (words
     * that code nothing and are no kind of actor: "a woman" can act, "the tie-up" cannot).
     */
    Party source(Integer src, int verb) {
        Party source = src == null ? new Party(null, null) : coding.located(party(src), verb);
        return PartyCoding.agent(source) || syntax.actorKind(src) ? source : new Party(null, null);
    }

    /**
     * The target at token {@code tgt} (null: none) of a clause headed by {@code verb}, located in the clause's
     * place; null when there is none, when it names nothing, or when it is the source itself (its actor, or the
     * same words that a pronoun was taken for: "detectives said they were investigating whether she lost control
     * of the van").
     */
    Party target(Integer tgt, int verb, Party source) {
        Party target = tgt == null ? null : coding.located(party(tgt), verb);
        if (target == null || target.name() == null) {
            return null;
        }
        boolean itself = target.actor() != null ? target.actor().equals(source.actor())
                : source.actor() == null && target.name().equals(source.name());
        return itself ? null : target;
    }

    /**
     * The recipient of an act of type {@code event} by {@code source}: {@code target} (at token {@code tgt}), with
     * the source's country when a state acts at home ({@link #actingAtHome}), or for a protest with no recipient
     * that can be coded, the presumed one ({@link #presumedRecipient}).
     */
    Party recipient(Party target, Integer tgt, int verb, Party source, EventType event) {
        Party recipient = target;
        if (recipient != null && actingAtHome(source, recipient, tgt, verb)) {
            recipient = new Party(recipient.actor(), recipient.name(), source.country(), recipient.sector());
        }
        if (event == EventType.PROTEST && (recipient == null || recipient.country() == null
                && (!PartyCoding.agent(recipient) || Sector.state(recipient.sector())))) {
            recipient = presumedRecipient(verb, source, recipient);
        }
        return recipient;
    }

    /**
     * The named actors a subject "they" at token {@code i} stands for ({@link GroupAntecedents}), each a source of
     * its own; empty for any other word, for a "they" in a quote (whose speaker's side it may be) or in a reported
     * clause (the reporter: "the ministers said they would meet").
     */
    List<Party> group(int i) {
        Token t = s.token(i);
        if (!t.isPronoun() || !lemma(s, i).equals("they") || syntax.reportingSubject(i).isPresent()
                || quotes.stream().anyMatch(q -> q.start() <= t.start() && t.end() <= q.end())) {
            return List.of();
        }
        return groups.of(s, i);
    }

    /** Whether {@code p} is of the kind of source an {@link ActRules} rule asks for. */
    boolean is(Party p, ActRules.Source kind) {
        return switch (kind) {
            case ANY -> true;
            case STATE -> state(p);
            case MILITARY -> p.sector() == Sector.MIL;
            case PEACEKEEPERS -> p.sector() == Sector.MIL && p.name() != null
                    && p.name().toLowerCase(Locale.ROOT).contains("peacekeep");
        };
    }

    /** Whether {@code a} and {@code b} are one actor, or the same words where either has none. */
    static boolean same(Party a, Party b) {
        return b != null && (a.actor() != null && a.actor().equals(b.actor())
                || (a.actor() == null || b.actor() == null) && a.name() != null && a.name().equals(b.name()));
    }

    /** Whether the party at {@code i} is the actor of one of {@code sources} ("he" for the speaker). */
    boolean sameActor(int i, List<Integer> sources) {
        String actor = party(i).actor();
        return actor != null && sources.stream().anyMatch(k -> actor.equals(party(k).actor()));
    }

    /**
     * The party token {@code i} names: none for a word of the dateline ({@link ClauseSyntax#datelined}), nor for
     * words that are never a party ({@link #notParty}) but the state whose act or claim they are by its nationality
     * ({@link ClauseSyntax#nationalOwner}: "protested against Israeli policies" protests against Israel); for a
     * gerund, the party its object names ("opposed sanctioning Iran" is against Iran, "opposed installing the
     * radar in Chile" against no one: the place of the act is no party); none for the name the article gives a
     * weapon ({@link PartyCoding#weaponName}: "condemned the deployment of Karvo"); a
     * first-person pronoun in a quote is its speaker; another pronoun (or a
     * wh-word) the subject of the reporting clause above it (not in a quote, where it is never the speaker:
     * {@link #speakerAround}), else ("we", "I") the speaker of a quote
     * around the sentence, else ("them") the plural party before it in the sentence ({@link
     * ClauseSyntax#pluralAntecedent}), else ("he", "him", "his", "she", "her") the unnamed person the passage is about
     * ({@link UnnamedPersons}: "a man", "the driver") or the named one ({@link SpeakerResolver#antecedent}: by
     * salience and gender, none when two compete); else the actor of its word or phrase (not of a place that only modifies a thing: "the
     * London tram" is no party London; "the Moscow police" are police coded by Moscow's country, not Moscow; "residents
     * of Hokkaido" are the residents, coded by the place's country; nor of its owner, {@link ClauseSyntax#ownerWord}:
     * "the Dorn-owned label" and "Hal Dorn's company" are the firm, not Dorn; nor of a name whose followers or
     * private persons it names, {@link ClauseSyntax#followedName}: "US lawyers", "a Daesh fanatic"), with
     * the actor's country and sector and what its
     * words code for what the actor lacks; else a nationality adjective's state; else, for a noun, its words as
     * written with what they code; else {@code Party(null, null)}.
     */
    Party party(int i) {
        Token t = s.token(i);
        if (syntax.datelined(i)) {
            return new Party(null, null);
        }
        if (notParty(t)) {
            return syntax.nationalOwner(i).map(this::party).orElse(new Party(null, null));
        }
        if (t.pos().equals("VBG") && !s.children(i, "obj").isEmpty()) {
            return party(s.children(i, "obj").get(0));
        }
        if (t.isProperNoun() && coding.weaponName(i)) {
            return new Party(null, null);
        }
        if (t.isPronoun() && FIRST_PERSON.contains(lemma(s, i))) {
            for (Quote q : quotes) {
                if (q.speaker() != null && q.speaker().actor() != null && q.start() <= t.start() && t.end() <= q.end()) {
                    return speaker(q);
                }
            }
        }
        if (t.isPronoun() || t.pos().startsWith("W") || possessivePerson(t)) {
            Optional<String> quoting = FIRST_PERSON.contains(lemma(s, i)) ? Optional.empty() : speakerAround(t);
            Optional<Integer> reporter = quoting.isPresent() ? Optional.empty() : syntax.reportingSubject(i);
            if (reporter.isPresent()) {
                return party(reporter.get());
            }
            for (Quote q : FIRST_PERSON.contains(lemma(s, i)) ? quotes : List.<Quote>of()) {
                if (q.speaker() != null && q.speaker().actor() != null && q.start() < s.end()
                        && q.end() > s.start()) {
                    return speaker(q);
                }
            }
            if (t.word().equalsIgnoreCase("them")) {
                return syntax.pluralAntecedent(i).map(this::party).orElse(new Party(null, null));
            }
            if (THIRD_PERSON.contains(lemma(s, i)) || possessivePerson(t)) {
                Optional<Actor> named = persons.antecedent(t.start(), t.word())
                        .filter(a -> quoting.map(q -> !q.equals(a.id())).orElse(true));
                return unnamed.of(s, i, named).orElseGet(() -> named.map(Parties::asParty).orElse(new Party(null, null)));
            }
        }
        Optional<ActorMention> m = actors.mentionAt(s.index(), i);
        BitSet phrase = coding.phrase(i);
        int at = i;
        for (int k = phrase.nextSetBit(0); k >= 0 && m.isEmpty(); k = phrase.nextSetBit(k + 1)) {
            m = coding.placeModifier(k) || syntax.ownerWord(k, i) || syntax.followedName(k, i) ? Optional.empty() : actors.mentionAt(s.index(), k);
            at = k;
        }
        if (m.isPresent()) {
            String id = m.get().actor();
            Optional<Actor> actor = actors.byId(id);
            ActorCoder.ActorCode words = coding.code(i);
            String country = actor.map(Actor::country).orElse(words.country());
            boolean place = coding.town(at) || actor.map(a -> a.type() == ActorType.LOCATION).orElse(false);
            if (at != i && !t.isProperNoun() && place) {
                return new Party(null, coding.words(phrase), country, words.sector());
            }
            boolean international = country == null && words.sector() == Sector.IGO;
            return new Party(id, actor.map(Actor::name).orElse(m.get().text()), country,
                    international ? Sector.IGO : actor.map(Actor::sector).orElse(words.sector()));
        }
        if (coding.nationality(i)) {
            return coding.twoWordNationality(i)
                    .map(c -> new Party(null, s.token(i - 1).word() + " " + t.word(), c, null))
                    .orElseGet(() -> new Party(null, t.word(), countries.byAdjective(t.word()).orElseThrow(), null));
        }
        if (!t.isNoun()) {
            return new Party(null, null);
        }
        ActorCoder.ActorCode words = coding.code(i);
        return new Party(null, coding.words(phrase), words.country(), words.sector());
    }

    /** An abstract noun, a medium, a document or an amount, which is never a party ("the idea", "radio"). */
    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> set : sets) {
            out.addAll(set);
        }
        return Set.copyOf(out);
    }

    /**
     * Whether {@code t} is "his" or "her" before a noun, which stands for a person as "he" and "she" do: "the women
     * condemned his comments" condemns whom "his" stands for.
     */
    static boolean possessivePerson(Token t) {
        return t.pos().equals("PRP$") && THIRD_PERSON_POSSESSIVES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code t} is a common noun of an idea, a claim, a medium or a course of action ("policies", "claims"). */
    static boolean abstractNoun(Token t) {
        return t.isNoun() && !t.isProperNoun() && ABSTRACT.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code t} is a common noun of a weapon ("missile", "system", "battery"). */
    static boolean weapon(Token t) {
        return t.isNoun() && !t.isProperNoun() && NOT_PARTY.get("weapon").contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code t} heads a phrase that is never a party: a document, an amount, an abstract common noun. */
    static boolean notParty(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return DOCUMENTS.contains(lemma) || AMOUNTS.contains(t.ner()) || abstractNoun(t);
    }

    /**
     * The actor who speaks the direct quote {@code t} is in, if any: a pronoun there other than "I" or "we" is never
     * the speaker ("'The police shot him,' Marek said" does not say Marek was shot).
     */
    private Optional<String> speakerAround(Token t) {
        return quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT && q.speaker() != null && q.speaker().actor() != null
                && q.start() <= t.start() && t.end() <= q.end()).map(q -> q.speaker().actor()).findFirst();
    }

    /** The speaker of {@code q} (resolved to an actor) as a party, with the actor's country and sector. */
    private Party speaker(Quote q) {
        Optional<Actor> speaker = actors.byId(q.speaker().actor());
        return new Party(q.speaker().actor(), q.speaker().name(), speaker.map(Actor::country).orElse(null),
                speaker.map(Actor::sector).orElse(null));
    }

    private static Party asParty(Actor a) {
        return new Party(a.id(), a.name(), a.country(), a.sector());
    }

    /**
     * Whether {@code target} (at token {@code tgt}) is of the source's own country because a civil arm of a
     * state acts on it: the source is a government, legislature, court, police or intelligence service of a
     * known country, the target has no country and is neither an international organisation (the
     * International Criminal Court is one, though its sector is JUD), nor a named
     * person or place (whose country is their own), nor words that cannot act, and the clause names no place
     * elsewhere. Police disperse, courts jail and ministries ban at home ("Kenyan police dispersed
     * demonstrators", "the Nicaraguan government ordered the opposition newspaper to close"); armies are left
     * out, as they act abroad as much as at home.
     */
    private boolean actingAtHome(Party source, Party target, int tgt, int verb) {
        return source.country() != null && Sector.state(source.sector()) && source.sector() != Sector.MIL
                && target.country() == null && organisations.cameoCountry(target.name(), null, target.sector()) == null
                && PartyCoding.agent(target) && !NAMED_ELSEWHERE.contains(s.token(tgt).ner())
                && actors.byId(target.actor()).map(a -> a.type() == ActorType.ORGANIZATION).orElse(true)
                && coding.placeCountry(verb).isEmpty();
    }

    /** Whether a party is a state (a country named as an actor) or an arm of one (government, army, police ...). */
    private boolean state(Party p) {
        return Sector.state(p.sector()) || actors.byId(p.actor())
                .map(a -> a.type() == ActorType.COUNTRY || a.type() == ActorType.LOCATION).orElse(false);
    }

    /**
     * The recipient of a protest that names none, or names an office of state without its country: PLOVER
     * requires a recipient for PROTEST, and a protest is against the government of the country it happens
     * in (the place of its clause, else the protesters' country). "Students throughout Indonesia staged
     * demonstrations" is against the government of Indonesia, implied; "a hunger strike outside
     * Parliament" by Algerians is against Algeria's parliament. {@code target} (a party that is no agent, an
     * office of state with no country, or null) itself when no country is known, or when the source is a
     * state or an arm of one ("Russia is blocking access" protests against nobody at home).
     */
    private Party presumedRecipient(int verb, Party source, Party target) {
        String country = coding.placeCountry(verb).orElse(source.country());
        if (country == null || state(source)) {
            return target;
        }
        if (target != null && Sector.state(target.sector())) {
            return new Party(target.actor(), target.name(), country, target.sector());
        }
        return new Party(null, "government of " + countries.nameOf(country).orElse(country), country,
                Sector.GOV, true);
    }
}
