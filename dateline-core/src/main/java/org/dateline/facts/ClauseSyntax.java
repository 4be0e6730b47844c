package org.dateline.facts;

import org.dateline.model.ActorType;
import org.dateline.model.EventType;
import org.dateline.model.Sector;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import static org.dateline.facts.Triggers.lemma;

/**
 * The syntax of the clauses of one sentence, read from its dependency parse: which tokens can be parties
 * ({@link #namesParty}), a clause's subjects, objects and target obliques, a trigger noun's parties, conjuncts and
 * appositions, complement and condition clauses, reporting clauses, and a clause's depth below the root. It
 * answers with token indices; {@link Parties} turns them into parties.
 */
final class ClauseSyntax {
    private static final Set<String> TARGET_CASES = Set.of("with", "to", "against", "on", "at", "from", "toward",
            "towards", "into");
    /** Named-entity classes that never name a party. */
    private static final Set<String> NOT_PARTIES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");
    /** Named-entity classes of a town, which a search for a recipient does not take after "in". */
    private static final Set<String> SITES = Set.of("CITY");
    /**
     * Points of the compass, whose of-phrase says where something is, never to whom an act is done ("fell 300
     * kilometres east of Cape Morrow").
     */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");
    /** Dashes that end a dateline ("NEW YORK —"). */
    private static final Set<String> DATELINE_ENDS = Set.of("—", "–", "--", "-");
    /** How many tokens a dateline before its dash may hold ("BRAGA , Portugal ( AP )"). */
    private static final int DATELINE_REACH = 8;
    /** Prepositions of where an act happens or goes: "fired into the Pacific Ocean", "opened fire in the city of Orlando". */
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "on", "into", "onto", "to", "toward", "towards",
            "near", "across", "along", "through", "inside", "outside", "around", "over", "from", "off");
    /** Relations the search for a recipient further down a clause does not follow. */
    private static final Set<String> SEARCH_STOPS = Set.of("advcl", "parataxis", "csubj", "punct", "mark", "cc",
            "discourse", "vocative", "reparandum", "orphan", "list");

    /** Types of acts fired or launched, whose from-phrase is where they came from, never a target. */
    private static final Set<EventType> LAUNCHED = EnumSet.of(EventType.ASSAULT, EventType.MOBILIZE);
    /** Nouns of a charge that a rejection may take up from an earlier sentence ({@link #earlierCharge}). */
    private static final Set<String> CHARGES = Set.of("accusation", "allegation", "claim", "charge", "criticism",
            "assertion");
    /** Determiners that point back to something told before: "these accusations", "such claims". */
    private static final Set<String> BACK = Set.of("this", "these", "that", "those", "such");
    /** Prepositions of where a fired or launched act is aimed ({@link #aimedBelow}). */
    private static final Set<String> AIMED_CASES = Set.of("toward", "towards", "at", "into", "against");
    /** Prepositions of the site of an act, which is no further target once the act has an object ("killed six people at a market"). */
    private static final Set<String> SITE_CASES = Set.of("at", "on", "in");
    /**
     * Verbs whose subject undergoes the act their object names, done by its from- or by-phrase: "Britain faced
     * criticism from rights groups", "the town suffered an attack by rebels", "received a visit from the envoy".
     */
    private static final Set<String> UNDERGOERS = Set.of("face", "suffer", "receive", "draw", "attract", "incur",
            "endure", "sustain", "weather");
    /**
     * Types whose pattern object is what the subject judges, not an act it shares in: the possessor of "opposes
     * North Korea's launches" is the target, where that of "held Russia's first talks" is a source.
     */
    private static final Set<EventType> JUDGED = EnumSet.of(EventType.ACCUSE, EventType.REJECT);
    /**
     * Stances taken on a measure whose on/against phrase is no target: whom the measure is aimed at ("backed sanctions
     * against X") is not the party backed. Not REJECT: "opposed sanctions on X" kept as aimed at X holds the PLOVER
     * target country F1 (0.792 without it, 0.794 with it).
     */
    private static final Set<EventType> STANCES = EnumSet.of(EventType.SUPPORT);
    /** Relations by which a noun phrase hangs in the clause of its verb ({@link #agentOfSummedAct}). */
    private static final Set<String> PHRASE_EDGES = Set.of("obj", "iobj", "obl", "nmod", "appos");
    /**
     * Types of an act on what a person said, did or holds, whose object's "his" or "her" is its target ("condemned his
     * comments", "demanded her resignation", "backed his bid"); of any other act it is not ("offered her spot to").
     */
    private static final Set<EventType> PERSONAL_OBJECTS = EnumSet.of(EventType.ACCUSE, EventType.REJECT,
            EventType.REQUEST, EventType.SUPPORT);
    /**
     * Verbs whose subject sees, suffers or tells of the act their object names, and does not do it: "X, who
     * witnessed the attack", "survived the raid", "recalled the talks".
     */
    private static final Set<String> OBSERVERS = Set.of("witness", "see", "watch", "film", "photograph", "record",
            "survive", "describe", "recall", "remember", "recount", "hear", "investigate", "escape", "flee",
            "report", "cover", "confirm", "detect", "determine", "track", "monitor", "verify");
    /**
     * Nouns of an act done to someone, whose possessor is the one it is done to: "Neu's arrest", "her release",
     * "the activist's killing" (where "Russia's invasion" names who invades).
     */
    private static final Set<String> PATIENT_NOUNS = Set.of("arrest", "detention", "release", "killing", "murder",
            "assassination", "execution", "abduction", "kidnapping", "capture", "expulsion", "deportation",
            "extradition", "indictment", "prosecution", "impeachment", "ouster", "overthrow", "dismissal", "sacking",
            "conviction", "sentencing", "imprisonment", "jailing", "torture", "beating", "rescue", "eviction");
    /**
     * Verbs whose subject (or the party it is the act of) draws the judgement or protest their object names, done by
     * its by- or from-phrase: "his remarks prompted criticism from the union", "the ruling sparked protests by farmers".
     */
    private static final Set<String> CAUSERS = Set.of("prompt", "spark", "provoke", "trigger");
    /**
     * Verbs of putting someone out of a body or a place, whose from-phrase in the passive names who does it: "was
     * expelled from the academy" is the academy's act ({@link #removedBy}).
     */
    private static final Set<String> REMOVALS = Set.of("expel", "ban", "bar", "oust", "dismiss", "sack", "suspend",
            "exclude", "eject", "disqualify");
    /** Named-entity classes of a town or region, which one is removed from but which does not remove: "banned from Paris". */
    private static final Set<String> REGIONS = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");
    /**
     * Types of a trigger noun whose from-phrase names who does it ("a request from Chile", "threats from rebels"),
     * not acts that move or strike from a place ("a withdrawal from the town", "an attack from the north").
     */
    private static final Set<EventType> FROM_AGENT = EnumSet.complementOf(EnumSet.of(EventType.RETREAT,
            EventType.ASSAULT, EventType.MOBILIZE, EventType.CONSULT));
    /**
     * Verbs whose subject answers the act their object names, which is aimed at it: "the minister approved a request
     * from Chile" is Chile's request to the minister.
     */
    private static final Set<String> ANSWERERS = Set.of("approve", "grant", "accept", "consider", "heed", "answer",
            "welcome", "reject", "deny", "refuse", "decline", "ignore", "dismiss");
    /** Types of acts a {@link #CAUSERS} verb's subject draws. */
    private static final Set<EventType> DRAWN = EnumSet.of(EventType.ACCUSE, EventType.REJECT, EventType.PROTEST);
    /**
     * Nouns of a gathering whose at-phrase is the occasion of an act and no party to it: "At the climate summit,
     * Ostria pledged to cut emissions".
     */
    private static final Set<String> GATHERINGS = Set.of("summit", "conference", "meeting", "forum", "session",
            "congress", "convention", "ceremony", "festival", "rally", "gathering", "games");
    /** Prepositions of a phrase that names who a group is or has among it: "leaders of", "artists like". */
    private static final Set<String> MEMBER_CASES = Set.of("of", "like", "including");
    /** Words that put an adverbial clause in a span before or after another act ("since he took office"). */
    private static final Set<String> SPAN = Set.of("since", "until", "till");
    /**
     * Words that put an adverbial clause before or after another act, which it does when a length of time says how
     * far ("days after the council passed sanctions"; not "shortly after" or a bare "after", which is often the same day).
     */
    private static final Set<String> SEQUENCE = Set.of("after", "before");
    /** Words that make an adverbial clause the cause of another act ("reported a loss as Apple has refused to pay"). */
    private static final Set<String> CAUSE = Set.of("as", "because");
    /** Adverbs of a habit or a long course ("has repeatedly backed", "has long opposed", "constantly threatens"). */
    private static final Set<String> HABITUAL = Set.of("repeatedly", "constantly", "long", "often", "always",
            "frequently", "regularly", "routinely", "continually", "continuously", "consistently", "persistently",
            "previously", "habitually", "traditionally", "usually", "daily", "nightly", "weekly", "monthly", "annually",
            "yearly");
    /** Adverbs that set an act in a time before the news or after another act: "once visited", "was eventually freed". */
    private static final Set<String> EARLIER = Set.of("once", "formerly", "eventually", "subsequently", "before");
    /** How a participle phrase hangs on the clause it adds to: on its verb, or on a noun ("protests demanding"). */
    private static final Set<String> PARTICIPLE_LINKS = Set.of("advcl", "dep", "acl");
    /**
     * Adjectives that set the act a trigger noun names before the news: "Lam's recent trip to Beijing", "noting
     * previous attacks" ({@link #telling(int, int)}); not "latest", which is the news itself.
     */
    private static final Set<String> BEFORE_NEWS = Set.of("recent", "earlier", "previous", "prior", "past", "former");
    /** Adverbs that tell an act as the next step of a story: "later asked", "then trimmed" ({@link Telling#SEQUEL}). */
    private static final Set<String> NEXT = Set.of("later", "then");
    /**
     * Nouns that count many acts ("dozens of tests", "a series of raids"): a perfect that tells so many has gathered
     * them over a span, not done them on the day of the report.
     */
    private static final Set<String> MANY = Set.of("dozen", "hundred", "thousand", "score", "number", "series",
            "string", "spate", "succession", "handful");
    /**
     * Verbs of a position held, whose perfect tells a stance kept over a span ("has adamantly opposed the plan", "has
     * resisted calls to resign"), in either voice.
     */
    private static final Set<String> POSITIONS = Set.of("oppose", "resist");
    /**
     * Verbs of a judgement whose perfect passive tells a standing charge or refusal, not an act of the day: "has been
     * accused of fraud", "has been rejected by the United States".
     */
    private static final Set<String> STANDING = Set.of("accuse", "reject");
    /** Adverbs that count an act's times: "has twice denied". */
    private static final Set<String> REPEATED = Set.of("twice", "thrice");
    /** Words that make a count of things a tally: "more than 80 tests", "over 80 raids". */
    private static final Set<String> TALLY = Set.of("more", "over", "nearly", "almost");
    /**
     * Nouns of a body of people with no sector of their own, which a possessor or of-phrase does not replace
     * ({@link #owner}): "the Kurdish group's fighters", "members of the alliance".
     */
    private static final Set<String> BODIES = Set.of("group", "community", "side", "team", "force", "coalition",
            "alliance", "organisation", "organization", "agency", "committee", "commission", "club", "network",
            "movement", "body", "member", "representative", "wing", "faction", "camp", "bloc", "country", "nation",
            "state", "people", "population", "public", "staff", "supporter", "follower", "ally", "rival", "enemy",
            "academy", "association", "society", "board", "foundation", "institution", "guild", "federation");
    /**
     * Nouns of a number or a share of their of-phrase, which is kept whole with what it says of place ("thousands of
     * nurses throughout Portugal", "most of the crew"): {@link #owner} does not replace them.
     */
    private static final Set<String> SHARES = Set.of("thousand", "hundred", "dozen", "million", "billion", "score",
            "number", "lot", "majority", "minority", "handful", "half", "part", "rest", "most", "some", "all", "many",
            "few", "couple", "dozens", "hundreds", "thousands", "millions", "ten", "tens", "scores");
    /**
     * Endings of nouns that may name a person or a body ("security chief", "the company's founder", "its
     * director", "the party's treasurer", "the group's servant"), which {@link #owner} keeps whole: better a whole
     * phrase than its possessor for the person.
     */
    private static final Set<String> PERSON_ENDINGS = Set.of("er", "or", "ist", "ian", "ant", "ent", "chief",
            "head", "boss", "crew", "kin");
    /**
     * Nouns of a person's kin, another person than the one whose kin they are: "Hal Dorn's father was convicted"
     * convicts the father, not Dorn ({@link #ownerWord}).
     */
    private static final Set<String> KIN = Set.of("father", "mother", "parent", "son", "daughter", "child", "wife",
            "husband", "brother", "sister", "sibling", "grandfather", "grandmother", "grandson", "granddaughter",
            "uncle", "aunt", "nephew", "niece", "cousin", "widow", "widower", "stepfather", "stepmother", "stepson",
            "stepdaughter", "girlfriend", "boyfriend", "fiancé", "fiancée", "fiance", "fiancee");
    /** Relations of a word that says whose a thing is by its nationality ("Azerbaijani", tagged either way). */
    private static final Set<String> MODIFIERS = Set.of("amod", "compound");
    /** Possessive pronouns of an object that stand for the subject: "closed its borders with Syria" is aimed at Syria. */
    private static final Set<String> OWN = Set.of("its", "their");
    /** Participles used as prepositions, which tell no act: "following the meeting", "including Japan". */
    private static final Set<String> PREPOSITIONS = Set.of("follow", "include", "regard", "concern", "accord",
            "exclude", "consider", "pend", "bar");
    /** Prepositions of the medium or place a statement was made in: "posted on Twitter", "in a letter". */
    private static final Set<String> MEDIUM_CASES = Set.of("on", "in", "via", "through");
    /** Relations that open a clause of its own, whose time expressions time its act and no other. */
    private static final Set<String> CLAUSES = Set.of("ccomp", "advcl", "acl", "parataxis", "csubj");
    /**
     * Nouns of an occasion on which an act is told or done, whose participle phrase gives the act its time: "In a
     * statement published Oct. 25, the group accused ...", "told an interview broadcast on Monday".
     */
    private static final Set<String> OCCASIONS = Set.of("statement", "interview", "speech", "letter", "video",
            "message", "post", "report", "address", "briefing", "conference", "broadcast", "communique", "tweet");
    /** Relations by which a reported clause hangs on the verb that reports it. */
    private static final Set<String> REPORTS = Set.of("ccomp", "dep");
    /** Verbs by which a person tells what he went through ({@link #recalled}): "says", "claims", "recalls". */
    private static final Set<String> RECALLING = Set.of("say", "claim", "recall", "allege", "insist", "remember",
            "recount", "admit");
    /** Verbs by which a person answers for an act of his ({@link #ownedUpTo}): "admitted to threatening". */
    private static final Set<String> OWNING_UP = Set.of("admit", "confess", "deny", "acknowledge");
    /** Verbs of saying that a reported clause may carry beside it ("..., officials said"). */
    static final Set<String> SAYING = Set.of("say", "tell", "add", "state", "announce", "write");
    /**
     * Participles that say who owns, backs or runs a thing ("the Dorn-owned label", "a Velmora-backed
     * militia"): the name under one is the owner, not the thing ({@link #ownerWord}).
     */
    private static final Set<String> OWNING = Set.of("owned", "backed", "funded", "financed", "sponsored",
            "controlled", "run", "linked", "affiliated", "aligned", "inspired", "based");
    /** Nouns of persons who follow a cause or a person without acting for it ("a Daesh fanatic", "Dorn supporters"). */
    private static final Set<String> FOLLOWERS = Set.of("fanatic", "supporter", "sympathiser", "sympathizer",
            "follower", "fan", "admirer");
    /** Sectors of persons who do not act for the state they are from ("US tourists", "US students"). */
    private static final Set<Sector> PRIVATE = EnumSet.of(Sector.CVL, Sector.BUS, Sector.MED, Sector.EDU, Sector.HLH);
    /** Nouns of persons who plead for others, not for the state they are from ("the US lawyers"). */
    private static final Set<String> COUNSEL = Set.of("lawyer", "attorney");
    /** Pronouns of one person, number and gender: a subject of another set stands for someone else. */
    private static final List<Set<String>> PRONOUN_PERSONS = List.of(Set.of("he", "him", "his", "himself"),
            Set.of("she", "her", "hers", "herself"), Set.of("it", "its", "itself"),
            Set.of("they", "them", "their", "theirs", "themselves"), Set.of("we", "us", "our", "ours", "ourselves"),
            Set.of("i", "me", "my", "mine", "myself"));
    /** Marks of an adverbial clause whose act is at the time of its main clause ("when the talks ended on Monday"). */
    private static final Set<String> AT_THE_TIME = Set.of("when", "as", "while");
    /** Prepositions before a participle clause that shares the time of its main clause: "by accusing", "on Twitter accusing". */
    private static final Set<String> MANNER = Set.of("by", "on", "in");

    private final Sentence s;
    private final ArticleActors actors;
    private final PartyCoding coding;
    private final Countries countries = Countries.get();
    private final TriggerSenses senses = TriggerSenses.get();

    ClauseSyntax(Sentence s, ArticleActors actors, PartyCoding coding) {
        this.s = s;
        this.actors = actors;
        this.coding = coding;
    }

    /**
     * Fills {@code sources} and {@code targets} with the tokens of the slots of the trigger at {@code trigger}
     * coded by {@code p}, and answers the head of its clause: for a verb, its subjects, its objects and target
     * obliques (for a visit, the in-phrase it goes to) and the parties of its pattern's object ("held talks with
     * X"); for a trigger noun, the subjects and targets of the verb it is the object of or the light-verb phrase of,
     * and its own parties ("Lavrov's visit to Baku").
     */
    int slots(int trigger, EventPattern p, List<Integer> sources, List<Integer> targets) {
        int verb = trigger;
        if (p.noun()) {
            int slot = Triggers.slot(s, trigger);
            String rel = s.headEdge(slot).map(Dependency::relation).orElse("root");
            if (rel.equals("obj") || Triggers.lightOblique(s, slot)) {
                verb = s.headEdge(slot).orElseThrow().head();
                if (rel.equals("obj") && (UNDERGOERS.contains(lemma(s, verb))
                        || CAUSERS.contains(lemma(s, verb)) && DRAWN.contains(p.event()))) {
                    undergone(trigger, verb, sources, targets);
                    return verb;
                }
                if (!OBSERVERS.contains(lemma(s, verb)) && !undergoer(trigger).isPresent() && !ownAgent(trigger, p.event())) {
                    sources.addAll(subjects(verb));
                } else if (fromAgent(trigger, p.event()).isPresent() && ANSWERERS.contains(lemma(s, verb))) {
                    targets.addAll(subjects(verb));
                }
                s.children(verb, "iobj").stream().filter(this::namesParty).forEach(targets::add);
                targets.addAll(obliques(verb, p.event()));
            }
            nominalParties(trigger, p.event(), sources, targets);
        } else {
            sources.addAll(subjects(verb));
            targets.addAll(objects(sharedObjectHead(verb), p));
            boolean patient = !targets.isEmpty();
            obliques(verb, p.event()).stream().filter(o -> !patient || SITE_CASES.stream().noneMatch(c -> coding.hasCase(o, c)))
                    .forEach(targets::add);
            if (p.event() == EventType.REQUEST) {
                s.children(verb, "obl").stream().filter(o -> coding.hasCase(o, "for")).map(this::askedOf)
                        .flatMap(Optional::stream).forEach(targets::add);
            }
            if ("visit".equals(p.mode())) {
                s.children(verb, "obl").stream().filter(o -> coding.hasCase(o, "in") && namesParty(o)).forEach(targets::add);
            }
            if (p.word() != null) {
                List<Integer> agents = JUDGED.contains(p.event()) ? targets : sources;
                s.children(verb, "obj").stream().filter(o -> lemma(s, o).equals(p.word()))
                        .forEach(o -> nominalParties(o, p.event(), agents, targets));
            }
            List<Integer> removers = removedBy(verb);
            if (!removers.isEmpty()) {
                sources.clear();
                sources.addAll(removers);
                targets.removeAll(removers);
            }
            if (downed(verb)) {
                targets.addAll(sources);
                sources.clear();
            }
        }
        return verb;
    }

    /**
     * The from-phrases that name who does the removal {@code verb} tells in the passive with no by-phrase: "was
     * expelled from the academy", and a bare participle after another ("was sacked from the studio, barred from the
     * guild": the parser may hang "banned" on an active verb and give it that verb's subject). Empty in the active
     * ("Ostria expelled the envoy from the capital") and for a from-phrase that names no party ("barred from the
     * stadium").
     */
    private List<Integer> removedBy(int verb) {
        Token t = s.token(verb);
        boolean bareParticiple = t.pos().equals("VBN") && s.children(verb, "aux").isEmpty()
                && s.children(verb, "nsubj").isEmpty() && s.children(verb, "obj").isEmpty();
        if (!REMOVALS.contains(lemma(s, verb)) || !(isPassive(verb) || bareParticiple)
                || s.children(verb).stream().anyMatch(d -> d.relation().equals("obl:agent")
                || d.baseRelation().equals("obl") && coding.hasCase(d.dependent(), "by"))) {
            return List.of();
        }
        return s.children(verb, "obl").stream().filter(o -> coding.hasCase(o, "from") && namesParty(o)
                && !REGIONS.contains(s.token(o).ner())).toList();
    }

    /**
     * Whether {@code verb} is "shot down" with no object, as headlines and statements tell a downing: "a Velmoran
     * helicopter shot down near the border" was shot down, its subject the target. "Rebels shot down a
     * helicopter" has an object and keeps its source.
     */
    private boolean downed(int verb) {
        return lemma(s, verb).equals("shoot") && s.children(verb, "obj").isEmpty() && !isPassive(verb)
                && s.children(verb).stream().anyMatch(d -> (d.relation().equals("compound:prt")
                || d.relation().equals("advmod")) && s.token(d.dependent()).word().equalsIgnoreCase("down"));
    }

    /**
     * The verb whose objects are {@code verb}'s: the verb it is a conjunct of when it has no object and that verb's
     * object follows both ("police shot and killed the driver": the parser hangs "the driver" on "shot" alone), else
     * {@code verb} itself.
     */
    private int sharedObjectHead(int verb) {
        Optional<Dependency> up = s.headEdge(verb);
        if (up.isEmpty() || up.get().head() < 0 || !up.get().baseRelation().equals("conj") || !s.children(verb, "obj").isEmpty()) {
            return verb;
        }
        int head = up.get().head();
        return s.children(head, "obj").stream().anyMatch(o -> o > verb) ? head : verb;
    }

    /**
     * The parties of a trigger noun that is the object of a verb of undergoing ({@link #UNDERGOERS}): the verb's
     * subjects that name a party or a kind of actor are its targets, else the {@link #owner} or "his" or "her" of a
     * thing subject ("his comments prompted criticism" is aimed at whom "his" stands for; "the new tax drew
     * criticism" at no one), the from- or by-phrases of the noun or the verb its sources.
     */
    private void undergone(int noun, int verb, List<Integer> sources, List<Integer> targets) {
        subjects(verb).stream().map(this::appositionHead)
                .map(k -> namesParty(k) || actorKind(k) ? Optional.of(k) : owner(k).or(() -> personalPossessor(k)))
                .flatMap(Optional::stream)
                .forEach(targets::add);
        List<Integer> phrases = new ArrayList<>(s.children(noun, "nmod"));
        phrases.addAll(s.children(verb, "obl"));
        phrases.stream().filter(k -> coding.hasCase(k, "from") || coding.hasCase(k, "by")).map(this::appositionHead)
                .filter(k -> namesParty(k) || actorKind(k)).forEach(sources::add);
    }

    /**
     * Subjects of {@code verb}, else of the clause it depends on: an infinitive's or conjunct's, a participle's that
     * adds to a clause ("scolded her label, accusing it of ...") or that describes the medium it was told in ("wrote in
     * a letter accusing ..."); a passive's subject is not one, nor a medium the parser took for the subject of a
     * participle ({@link #mediumSubject}: "posted on Twitter accusing ...").
     */
    List<Integer> subjects(int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("nsubj") && !parenthesised(d.dependent()) && !mediumSubject(verb, d.dependent())) {
                out.add(d.dependent());
            } else if (d.baseRelation().equals("obl") && d.relation().equals("obl:agent")
                    || d.baseRelation().equals("obl") && isPassive(verb) && coding.hasCase(d.dependent(), "by")) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty() && isPassive(verb)) {
            out.addAll(obliqueAgents(verb));
        }
        if (!out.isEmpty() || isPassive(verb)) {
            return relativePronouns(out);
        }
        Optional<Dependency> up = s.headEdge(verb);
        if (up.isPresent() && up.get().head() >= 0) {
            String rel = up.get().baseRelation();
            int head = up.get().head();
            if (rel.equals("xcomp") || rel.equals("conj")) {
                List<Integer> objects = s.children(head, "obj");
                return rel.equals("xcomp") && !objects.isEmpty() ? objects : subjects(head);
            }
            if (rel.equals("acl")) {
                return adjunctOf(verb, head).map(this::subjects).orElse(List.of(head));
            }
            if (rel.equals("advcl") && s.children(verb, "mark").stream().anyMatch(m -> lemma(s, m).equals("to"))
                    || (rel.equals("advcl") || rel.equals("dep")) && adjunct(verb)) {
                return subjects(head);
            }
        }
        return out;
    }

    /**
     * Whether the clause {@code verb} is a bare participle that adds to the clause above it, and is done by that
     * clause's subject: set off by a comma with no mark of its own ("scolded her label, accusing it of ...", "told the
     * director, repeatedly calling for ..."), or after the medium a statement was made in, which the parser read as
     * its mark and subject ({@link #mediumSubject}: "posted on Twitter accusing ..."). Not a participle with an
     * auxiliary ("is urging"), after a mark ("after meeting", "without providing"), the object of a verb the parser
     * mistook for one ("discussed deploying", "denied threatening"), or one used as a preposition
     * ({@link #PREPOSITIONS}).
     */
    private boolean adjunct(int verb) {
        if (!participle(verb) || PREPOSITIONS.contains(lemma(s, verb)) || !s.children(verb, "aux").isEmpty()) {
            return false;
        }
        List<Integer> marks = s.children(verb, "mark");
        return marks.isEmpty() ? afterComma(verb)
                : marks.stream().allMatch(m -> MEDIUM_CASES.contains(lemma(s, m)))
                && s.children(verb, "nsubj").stream().anyMatch(n -> mediumSubject(verb, n));
    }

    /** Whether {@code verb} is a present participle ("accusing"). */
    private boolean participle(int verb) {
        return s.token(verb).pos().equals("VBG");
    }

    /**
     * Whether {@code subject}, the subject the parser gave the participle {@code verb}, is a phrase of place or medium
     * it read as a clause: a mark "on", "in", "via" or "through" right before it ("posted on Twitter accusing the label
     * of ..." is the poster's accusation, not Twitter's).
     */
    private boolean mediumSubject(int verb, int subject) {
        int first = s.subtree(subject).nextSetBit(0);
        return participle(verb) && s.children(verb, "mark").stream()
                .anyMatch(m -> m == first - 1 && MEDIUM_CASES.contains(lemma(s, m)));
    }

    /**
     * The verb whose subject does what the clause {@code verb} describing the noun at {@code noun} tells, when that noun
     * names no party nor kind of actor and the parser hung the clause on it though it adds to that verb: the noun is
     * the verb's on/in/via/through phrase ("wrote in a letter accusing ...", "posted on its website denying ..."), or
     * its object or oblique with the participle after a comma ("attacked a convoy, killing six soldiers"). "Police
     * shot a man, wounding him" keeps the man.
     */
    private Optional<Integer> adjunctOf(int verb, int noun) {
        if (namesParty(noun) || actorKind(noun)) {
            return Optional.empty();
        }
        boolean afterComma = participle(verb) && verb > 0 && s.token(verb - 1).word().equals(",");
        return s.headEdge(noun).filter(e -> e.head() >= 0 && (e.baseRelation().equals("obl")
                        && MEDIUM_CASES.stream().anyMatch(c -> coding.hasCase(noun, c))
                        || afterComma && (e.baseRelation().equals("obj") || e.baseRelation().equals("obl"))))
                .map(Dependency::head);
    }

    /**
     * The by-phrase of a noun in an oblique of a passive that names no agent: "was arrested after an
     * investigation by the city police", "were killed in an attack by rebels".
     */
    private List<Integer> obliqueAgents(int verb) {
        List<Integer> out = new ArrayList<>();
        for (int o : s.children(verb, "obl")) {
            s.children(o, "nmod").stream().filter(n -> coding.hasCase(n, "by") && s.token(n).isNoun()).forEach(out::add);
        }
        return out;
    }

    /**
     * The nouns the relative pronouns among {@code subjects} stand for: the head of their relative clause, save that
     * "who" stands for no thing: when the parser hung the clause on one ("talks with the rebels, who have refused
     * to ..."), it is the nearest party before the pronoun in that noun's phrase.
     */
    private List<Integer> relativePronouns(List<Integer> subjects) {
        List<Integer> out = new ArrayList<>();
        for (int subj : subjects) {
            String pos = s.token(subj).pos();
            Optional<Dependency> relcl = pos.startsWith("W") ? findRelcl(subj) : Optional.empty();
            int head = relcl.map(Dependency::head).orElse(subj);
            out.add(head != subj && lemma(s, subj).equals("who") && thing(head) ? personBefore(head, subj).orElse(head) : head);
        }
        return out;
    }

    /** The nearest noun before {@code pronoun} in the phrase of {@code head} that names a party. */
    private Optional<Integer> personBefore(int head, int pronoun) {
        BitSet phrase = s.subtree(head);
        for (int k = pronoun - 1; k > head; k--) {
            if (phrase.get(k) && s.token(k).isNoun() && namesParty(k)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private Optional<Dependency> findRelcl(int pronoun) {
        return s.headEdge(pronoun).flatMap(e -> s.headEdge(e.head()))
                .filter(e -> e.baseRelation().equals("acl") && e.head() >= 0);
    }

    private boolean isPassive(int verb) {
        return s.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj:pass")
                || d.relation().equals("aux:pass"));
    }

    /**
     * Objects of {@code verb} that name a party (the person "whom" stands for: "Ana Ruiz, whom the court jailed"), a
     * passive's subject (the noun a relative pronoun stands for: "the girls who were kidnapped by rebels", unless a
     * {@link #thing} that "who" does not stand for, "the movie mogul, who was accused" being a person whatever the
     * noun: "a provocation which was condemned by Chile"
     * names no target, but a judgement on it targets the agent of the act it sums up: {@link #agentOfSummedAct})
     * or whom a demand asks ({@link #addressee}), else the possessor of an object or
     * its with/to/against/by/... phrase ("promised aid to X", "opposes launches by X"; "his" or "her" for the acts of
     * {@link #PERSONAL_OBJECTS}; not "its" or "their", which
     * stand for the subject: "closed its borders with Syria"), also of an object that is never a party itself
     * ("welcomed Pyongyang's decision": Pyongyang).
     */
    private List<Integer> objects(int verb, EventPattern p) {
        List<Integer> out = new ArrayList<>();
        strandedPassiveSubject(verb).or(() -> sharedPassiveSubject(verb)).map(this::appositionHead)
                .filter(o -> namesParty(o) || actorKind(o)).ifPresent(out::add);
        for (Dependency d : s.children(verb)) {
            boolean object = d.baseRelation().equals("obj") || d.baseRelation().equals("iobj")
                    || d.relation().equals("nsubj:pass");
            if (!object || lemma(s, d.dependent()).equals(p.word())) {
                continue;
            }
            boolean passive = d.relation().equals("nsubj:pass") || misreadRelative(verb, d);
            boolean whom = d.baseRelation().equals("obj") && s.token(d.dependent()).word().equalsIgnoreCase("whom");
            int subject = passive || whom ? relativePronouns(List.of(d.dependent())).get(0) : d.dependent();
            int o = appositionHead(subject);
            Optional<Integer> asked = p.event() == EventType.REQUEST && !passive && s.token(o).isNoun()
                    && !s.token(o).isProperNoun() && !kindWord(o) ? askedOf(o) : Optional.empty();
            if (asked.isPresent()) {
                out.add(asked.get());
                continue;
            }
            if (JUDGED.contains(p.event()) && !passive && lemma(s, o).equals("it")) {
                agentOfActBefore(o).ifPresent(out::add);
                continue;
            }
            if (passive && subject != d.dependent() && thing(o) && !lemma(s, d.dependent()).equals("who")) {
                if (JUDGED.contains(p.event())) {
                    agentOfSummedAct(o).ifPresent(out::add);
                }
                continue;
            }
            if ((namesParty(o) || actorKind(o) || addressee(verb, p.event(), o))
                    && (!Parties.notParty(s.token(o)) || nationalOwner(o).isPresent())
                    || passive) {
                out.add(o);
            } else {
                for (Dependency c : s.children(o)) {
                    int k = c.dependent();
                    if ((c.relation().equals("nmod:poss") && !OWN.contains(s.token(k).word().toLowerCase(Locale.ROOT)) || c.baseRelation().equals("nmod")
                            && (coding.hasCase(k, "of") || coding.hasCase(k, "by")
                            || TARGET_CASES.stream().anyMatch(x -> coding.hasCase(k, x)))
                            && !(STANCES.contains(p.event()) && aimedAgainst(k)))
                            && (namesParty(k) || PERSONAL_OBJECTS.contains(p.event()) && Parties.possessivePerson(s.token(k)))) {
                        out.add(k);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code d} is a relative pronoun the parser took for the object of the passive {@code verb} that has no
     * subject, which it is the subject of: "Ana Ruiz, who has been accused of fraud against investors" accuses Ruiz,
     * not the investors. The object of an active verb is one ("the man whom police arrested").
     */
    private boolean misreadRelative(int verb, Dependency d) {
        return d.baseRelation().equals("obj") && s.token(d.dependent()).pos().startsWith("W")
                && isPassive(verb) && s.children(verb, "nsubj").isEmpty()
                && findRelcl(d.dependent()).isPresent();
    }

    /**
     * The subject of the passive {@code verb} that the parser took for the object of the verb reporting it: "confirmed
     * the driver was killed by police" hangs "the driver" on "confirmed", and may hang the passive itself on another
     * verb of the sentence ("described the scene and confirmed the driver was killed"); the object of any verb that
     * ends right before the passive's first word, when the passive has no subject of its own.
     */
    private Optional<Integer> strandedPassiveSubject(int verb) {
        if (!isPassive(verb) || !s.children(verb, "nsubj:pass").isEmpty()) {
            return Optional.empty();
        }
        int first = s.subtree(verb).nextSetBit(0);
        return IntStream.range(0, first).filter(o -> s.headEdge(o).filter(e -> e.head() >= 0
                        && e.baseRelation().equals("obj")).isPresent() && s.subtree(o).length() == first)
                .boxed().findFirst();
    }

    /**
     * The passive subject of the verb that the bare participle {@code verb}, with no subject or object of its own but a
     * phrase of its own, is a conjunct of: "was fired from the studio, banned from the guild and expelled from the
     * academy" expels whom was fired, also when the parser hung it on an active verb below the passive ("was sacked
     * from the firm he had founded, barred from the guild"). Nothing for a conjunct with no passive above it
     * ("police have arrested and charged the man") or with no phrase, which may be active ("were attacked and fired
     * back").
     */
    private Optional<Integer> sharedPassiveSubject(int verb) {
        if (!s.token(verb).pos().equals("VBN") || !s.children(verb, "aux").isEmpty() || !s.children(verb, "obj").isEmpty()
                || s.children(verb, "obl").isEmpty() || s.children(verb).stream().anyMatch(d -> d.baseRelation().startsWith("nsubj"))) {
            return Optional.empty();
        }
        Optional<Dependency> up = s.headEdge(verb).filter(e -> e.head() >= 0 && e.baseRelation().equals("conj"));
        while (up.isPresent() && up.get().head() >= 0) {
            int head = up.get().head();
            Optional<Integer> subject = s.children(head).stream().filter(d -> d.relation().equals("nsubj:pass"))
                    .map(Dependency::dependent).findFirst();
            if (subject.isPresent()) {
                return Optional.of(relativePronouns(List.of(subject.get())).get(0));
            }
            up = s.headEdge(head);
        }
        return Optional.empty();
    }

    /**
     * The from-phrase that names whom a demand for the thing at {@code noun} (or a conjunct of it) is made of, a party,
     * a kind of actor or a plural ("demanding answers from the carriers", "called for better pay and respect from
     * the state government").
     */
    private Optional<Integer> askedOf(int noun) {
        List<Integer> things = new ArrayList<>(List.of(noun));
        things.addAll(s.children(noun, "conj"));
        return things.stream().flatMap(n -> s.children(n, "nmod").stream())
                .filter(k -> coding.hasCase(k, "from") && (namesParty(k) || actorKind(k) || s.token(k).pos().equals("NNS"))
                        && !Parties.notParty(s.token(k)))
                .map(this::appositionHead).findFirst();
    }

    /** The "his" or "her" of the thing at {@code i} ("his comments"), which stands for a person. */
    private Optional<Integer> personalPossessor(int i) {
        return thing(i) ? s.children(i).stream().filter(d -> d.relation().equals("nmod:poss"))
                .map(Dependency::dependent).filter(k -> Parties.possessivePerson(s.token(k))).findFirst()
                : Optional.empty();
    }

    /**
     * The agent of the act "it" at {@code pronoun} stands for when a judgement is passed on it: the possessor or
     * by-phrase naming a party of the nearest thing before it in the sentence that has one ("another reckless act by
     * the Velmoran regime, and we condemn it" condemns the regime). Nothing when no thing before it has an agent
     * ("we condemn it" of a launch the sentence names no one for).
     */
    private Optional<Integer> agentOfActBefore(int pronoun) {
        for (int k = pronoun - 1; k >= 0; k--) {
            if (!thing(k)) {
                continue;
            }
            for (Dependency d : s.children(k)) {
                int a = d.dependent();
                boolean possessor = d.relation().equals("nmod:poss") && !s.token(a).isPronoun();
                if ((possessor || d.baseRelation().equals("nmod") && coding.hasCase(a, "by")) && namesParty(a)) {
                    return Optional.of(appositionHead(a));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The agent of the act that the thing at {@code thing}, set in apposition after it (or hung on its verb as a
     * bare noun phrase, as the parser has it after a clause), sums up, for a judgement a which-clause passes on that
     * thing: the subject naming a party or a kind of actor of the verb whose clause the apposition's noun phrase is
     * in, when that verb is active ("the state fired a rocket over the strait, a
     * provocation which was condemned by Tokyo": the state). Nothing for a thing in no apposition ("it was a
     * provocation which was condemned by Tokyo") or one after a passive ("a rocket was fired, a provocation which").
     */
    private Optional<Integer> agentOfSummedAct(int thing) {
        Optional<Dependency> apposition = s.headEdge(thing).filter(e -> e.relation().equals("appos")
                || e.relation().equals("obl:npmod") && e.head() >= 0 && s.token(e.head()).isVerb());
        int k = apposition.map(Dependency::head).orElse(-1);
        Optional<Dependency> up = k < 0 ? Optional.empty() : s.headEdge(k);
        while (up.isPresent() && up.get().head() >= 0 && PHRASE_EDGES.contains(up.get().baseRelation())) {
            k = up.get().head();
            up = s.headEdge(k);
        }
        if (k < 0 || !s.token(k).isVerb() || isPassive(k)) {
            return Optional.empty();
        }
        return subjects(k).stream().map(this::appositionHead).filter(a -> namesParty(a) || actorKind(a)).findFirst();
    }

    /**
     * The word "them" at {@code pronoun} stands for: the nearest plural noun before it in the sentence that is no
     * thing ("messages urging them" are not urged), no time or amount ("for years") and, when a proper noun, a
     * party's name of one word ("Islamists"; not "Baltic Airways"), nor the noun "them" is a phrase of ("a crackdown
     * on Islamists, jailing thousands of them"; "the nurses cannot work because the ministry is blocking them";
     * "players who were removed after a steward accused them").
     */
    Optional<Integer> pluralAntecedent(int pronoun) {
        for (int k = pronoun - 1; k >= 0; k--) {
            String pos = s.token(k).pos();
            int head = k;
            boolean ofIt = s.headEdge(pronoun).filter(e -> e.head() == head).isPresent();
            boolean persons = pos.equals("NNS") && !thing(k) && !NOT_PARTIES.contains(s.token(k).ner())
                    || pos.equals("NNPS") && namesParty(k) && s.children(k, "compound").isEmpty();
            if (persons && !ofIt) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The party an act of force is done to when its clause names none, told by the object of its purpose: "officers
     * shot in an attempt to stop the driver", "fired tear gas to disperse the protesters" (an infinitive with "to"
     * below the verb or below one of its obliques). Nothing for a purpose with no object that names a party or a kind
     * of actor ("fired to clear the road").
     */
    Optional<Integer> purposeObject(int verb) {
        List<Integer> clauses = new ArrayList<>(s.children(verb, "advcl"));
        clauses.addAll(s.children(verb, "xcomp"));
        s.children(verb, "obl").forEach(o -> clauses.addAll(s.children(o, "acl")));
        return clauses.stream().filter(c -> s.children(c, "mark").stream().anyMatch(m -> lemma(s, m).equals("to")))
                .flatMap(c -> s.children(c, "obj").stream()).map(this::appositionHead)
                .filter(o -> namesParty(o) || actorKind(o)).findFirst();
    }

    /**
     * Obliques of {@code verb} with a target preposition that name a party or a kind of actor ("fired tear gas at
     * protesters", "held talks with regulators"); for an act of type {@code event} that is fired or launched, not
     * the place it came from ("fired missiles from the town of X").
     */
    private List<Integer> obliques(int verb, EventType event) {
        List<Integer> out = new ArrayList<>();
        for (int o : s.children(verb, "obl")) {
            if (TARGET_CASES.stream().anyMatch(c -> coding.hasCase(o, c)) && !circumstance(o)
                    && (namesParty(o) || actorKind(o) || coding.hasCase(o, "on") && addressee(verb, event, o))
                    && !(LAUNCHED.contains(event) && coding.hasCase(o, "from"))) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Whether the noun at {@code o}, an object or on-phrase of {@code verb}, is whom a demand of type {@code event}
     * asks to act even though it names no actor and no sector: with an active infinitive complement, a person, a body
     * or a plural ("urged the fans to stay home", "urged fanatics to strike"; not "ordered the strike to be carried
     * out"); with none, persons or bodies in the plural only ("urged voters, 'Look what I delivered'"; "demands
     * deployment" asks no one).
     */
    private boolean addressee(int verb, EventType event, int o) {
        boolean plural = s.token(o).pos().equals("NNS");
        boolean infinitive = s.children(verb, "xcomp").stream()
                .anyMatch(x -> !isPassive(x) && s.children(x, "mark").stream().anyMatch(m -> lemma(s, m).equals("to")));
        return event == EventType.REQUEST && s.token(o).isNoun() && !Parties.notParty(s.token(o))
                && (infinitive ? !thing(o) || plural : plural && !thing(o));
    }

    /**
     * A common noun that names a kind of actor by its sector ("the driver", "50 people", "officers", "the
     * crowd") or a person by the word for one ("a 57-year-old man", "the woman", "the suspect"): a party the clause
     * names, though by no name.
     */
    boolean actorKind(int i) {
        Token t = s.token(i);
        return t.isNoun() && !t.isProperNoun() && !NOT_PARTIES.contains(t.ner())
                && (coding.code(i).sector() != null || senses.person(lemma(s, i)));
    }

    /** Whether the common noun at {@code i} is by itself the word for a kind of actor ("residents", "the man"). */
    private boolean kindWord(int i) {
        Token t = s.token(i);
        return t.isNoun() && !t.isProperNoun() && (coding.wordSector(i) != null || senses.person(lemma(s, i)));
    }

    /**
     * Whether a trigger noun names who does it in its own words: a possessor that is no pronoun, a by-phrase, or a
     * nationality adjective. The subject of the verb above then is not its source: "Ana Ruiz believes Velmoran
     * threats against Ostria will fail" is Velmora's threat; "Velmora made its threats" and "the minister held talks"
     * are still the subject's.
     */
    private boolean ownAgent(int noun, EventType event) {
        return s.children(noun).stream().anyMatch(d -> !s.token(d.dependent()).pos().startsWith("PRP")
                && namesParty(d.dependent()) && (d.relation().equals("nmod:poss")
                || d.baseRelation().equals("nmod") && coding.hasCase(d.dependent(), "by")))
                || s.children(noun, "amod").stream().anyMatch(coding::nationality)
                || fromAgent(noun, event).isPresent();
    }

    /** The from-phrase of a trigger noun of type {@code event} that names who does it ({@link #FROM_AGENT}). */
    private Optional<Integer> fromAgent(int noun, EventType event) {
        return FROM_AGENT.contains(event) ? s.children(noun, "nmod").stream()
                .filter(c -> coding.hasCase(c, "from") && namesParty(c)).findFirst() : Optional.empty();
    }

    /**
     * Parties of a trigger noun: possessor or by-phrase as source, with/to/against/between phrases that name a party
     * or a kind of actor as targets ("talks with regulators").
     */
    private void nominalParties(int noun, EventType event, List<Integer> sources, List<Integer> targets) {
        Optional<Integer> undergoer = undergoer(noun);
        Optional<Integer> from = fromAgent(noun, event);
        undergoer.ifPresent(targets::add);
        for (Dependency d : s.children(noun)) {
            int c = d.dependent();
            boolean named = namesParty(c);
            if (undergoer.isPresent() && undergoer.get() == c) {
                continue;
            }
            if (named && (d.relation().equals("nmod:poss") || d.baseRelation().equals("nmod") && coding.hasCase(c, "by"))
                    || from.isPresent() && from.get() == c) {
                if (!sources.contains(c)) {
                    sources.add(c);
                }
            } else if (d.baseRelation().equals("nmod") && (named || actorKind(c))
                    && (coding.hasCase(c, "between") || TARGET_CASES.stream().anyMatch(k -> coding.hasCase(c, k)))) {
                targets.add(c);
            }
        }
        if (sources.isEmpty()) {
            s.children(noun, "amod").stream().filter(coding::nationality).findFirst().ifPresent(sources::add);
        }
    }

    /**
     * The possessor of a noun of an act done to someone ({@link #PATIENT_NOUNS}), who undergoes it: the target of
     * "Neu's arrest", which the subject of the verb above ("her father called her arrest political") does not do.
     */
    Optional<Integer> undergoer(int noun) {
        if (!s.token(noun).isNoun() || !PATIENT_NOUNS.contains(lemma(s, noun))) {
            return Optional.empty();
        }
        return s.children(noun).stream().filter(d -> d.relation().equals("nmod:poss")).map(Dependency::dependent)
                .filter(this::namesParty).findFirst();
    }

    /**
     * Adds the conjuncts of each party ("Chile and Peru"), and the second nationality of a party named by two
     * ("Chilean and Peruvian officials": the officials, coded Chilean, and "Peruvian"; "U.S. and South Korean forces").
     */
    void expandConjuncts(List<Integer> heads) {
        for (int k = 0; k < heads.size(); k++) {
            for (int c : s.children(heads.get(k), "conj")) {
                int head = appositionHead(c);
                if (!heads.contains(head) && namesParty(head)) {
                    heads.add(head);
                }
            }
            for (int c : misattachedList(heads.get(k))) {
                if (!heads.contains(c)) {
                    heads.add(c);
                }
            }
            for (Dependency d : s.children(heads.get(k))) {
                int a = d.dependent();
                if (d.relation().equals("amod") && coding.nationality(a)
                        || d.relation().equals("compound") && countries.byName(s.token(a).word()).isPresent()) {
                    s.children(a, "conj").stream().filter(c -> coding.nationality(c) && !heads.contains(c))
                            .forEach(heads::add);
                }
            }
        }
    }

    /**
     * The rest of a list whose first item the parser hung below the noun before it: in "lift embargoes in
     * late February to Iran, Libya and Sudan" Libya and Sudan come out as conjuncts of "February", not of
     * Iran. They are the conjuncts of {@code i}'s head that follow {@code i} and are named entities of
     * {@code i}'s class, when the head itself is not of that class.
     */
    private List<Integer> misattachedList(int i) {
        String ner = s.token(i).ner();
        Optional<Dependency> up = s.headEdge(i);
        if (ner.equals("O") || up.isEmpty() || up.get().head() < 0
                || !Set.of("nmod", "obl").contains(up.get().baseRelation())
                || s.token(up.get().head()).ner().equals(ner)) {
            return List.of();
        }
        return s.children(up.get().head(), "conj").stream()
                .filter(c -> c > i && s.token(c).ner().equals(ner) && namesParty(c)).toList();
    }

    /**
     * A token that can be a party: an actor's mention, a proper noun, a pronoun other than "it", or a phrase
     * with a named entity or a country's name or adjective, of one word or two ("her Chilean counterpart", "the
     * North Korean leadership") other than a place that
     * only modifies a thing ({@link PartyCoding#placeModifier}: "the London tram").
     */
    boolean namesParty(int i) {
        Token t = s.token(i);
        if (NOT_PARTIES.contains(t.ner())) {
            return false;
        }
        if (actors.mentionAt(s.index(), i).isPresent() || t.isProperNoun() || t.isPronoun()
                && !t.lemma().equalsIgnoreCase("it")) {
            return true;
        }
        BitSet phrase = coding.phrase(i);
        for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1)) {
            if (k != i && coding.placeModifier(k)) {
                continue;
            }
            boolean twoWords = phrase.get(k + 1)
                    && countries.byAnyForm(s.token(k).word() + " " + s.token(k + 1).word()).isPresent();
            if (actors.mentionAt(s.index(), k).isPresent() || !s.token(k).ner().equals("O")
                    && !NOT_PARTIES.contains(s.token(k).ner()) || countries.byAnyForm(s.token(k).word()).isPresent()
                    || twoWords) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word that names the party headed by {@code i}: for a word of the dateline the sentence opens with, the
     * party or kind of actor the parser hung below it ("NEW YORK — Actress Mara Quint has accused" is Quint's act,
     * "Lyon – Several hundred nurses marched" the nurses'; {@link #datelined});
     * {@code i} itself when it is an actor's mention;
     * else a resolved apposition ("the envoy, Ilsa Varnek"); else, for a head that names no party, its
     * of-phrase ("thousands of farmers", "leaders of the coalition", "a first contingent of NATO troops") or the
     * first example it gives ("artists like Ana Ruiz", "groups including Amnesty"), unless that is a town or region
     * and the head a kind of actor ("residents of Hokkaido" are the residents).
     */
    int appositionHead(int i) {
        if (datelined(i)) {
            return s.children(i).stream().filter(d -> d.baseRelation().equals("appos") || d.baseRelation().equals("dep"))
                    .map(Dependency::dependent).filter(a -> !datelined(a) && (namesParty(a) || actorKind(a)))
                    .findFirst().orElse(i);
        }
        if (actors.mentionAt(s.index(), i).isPresent()) {
            return i;
        }
        Optional<Integer> apposition = s.children(i).stream()
                .filter(d -> d.baseRelation().equals("appos") || d.baseRelation().equals("dep"))
                .map(Dependency::dependent).filter(a -> actors.mentionAt(s.index(), a).isPresent())
                .findFirst();
        if (apposition.isPresent()) {
            return apposition.get();
        }
        Optional<Integer> owner = owner(i);
        if (owner.isPresent() || namesParty(i)) {
            return owner.orElse(i);
        }
        return s.children(i, "nmod").stream().filter(n -> MEMBER_CASES.stream().anyMatch(c -> coding.hasCase(n, c))
                        && namesParty(n) && !(place(n) && kindWord(i))).findFirst().orElse(i);
    }

    /**
     * The party a phrase headed by a thing names through its possessor (not "its" or "their", which stand for the
     * subject) or its by- or of-phrase that names one or a kind of actor: "condemned Velmora's firing of a rocket"
     * condemns Velmora, "a response to Ostria's latest test" answers Ostria, "the actions of the regime" are the
     * regime's (but "the killing of civilians", an act done to someone, is not the civilians'). Only a {@link #thing}
     * ("Ostria's foreign minister", "the senator's family", "Cairo's security chief", "Lima's film academy" stay
     * whole) that is no number or share ({@link #SHARES}) and has no nationality adjective, which already says whose
     * it is ("the Iraqi city of Basra" is coded Iraqi).
     */
    private Optional<Integer> owner(int i) {
        if (!thing(i) || SHARES.contains(lemma(s, i)) || s.children(i).stream().anyMatch(d -> MODIFIERS.contains(
                d.baseRelation()) && countries.byAdjective(s.token(d.dependent()).word()).isPresent())) {
            return Optional.empty();
        }
        for (Dependency d : s.children(i)) {
            int k = d.dependent();
            boolean possessor = d.relation().equals("nmod:poss") && !OWN.contains(s.token(k).word().toLowerCase(Locale.ROOT));
            boolean phrase = d.baseRelation().equals("nmod") && (coding.hasCase(k, "by") || coding.hasCase(k, "of"));
            boolean kind = actorKind(k) && (possessor || !PATIENT_NOUNS.contains(lemma(s, i)));
            if ((possessor || phrase) && (namesParty(k) || kind) && !Parties.notParty(s.token(k))) {
                return Optional.of(appositionHead(k));
            }
        }
        return Optional.empty();
    }

    /**
     * The word that says whose idea, claim or course of action the common noun at {@code i} is
     * ({@link Parties#abstractNoun}), when it is a nationality adjective (tagged either way, of one word or two):
     * "Israeli policies" are Israel's, "North Korean missiles" North Korea's. A country's
     * name before it is not ("the Ukraine scandal", "the China policy" of another state), nor is a nationality before a
     * document ("the British report").
     */
    Optional<Integer> nationalOwner(int i) {
        if (!Parties.abstractNoun(s.token(i))) {
            return Optional.empty();
        }
        return s.children(i).stream().filter(d -> MODIFIERS.contains(d.baseRelation())
                        && (countries.byAdjective(s.token(d.dependent()).word()).isPresent()
                        || coding.twoWordNationality(d.dependent()).isPresent()))
                .map(Dependency::dependent).findFirst();
    }

    /**
     * Whether {@code i} is a common noun of a thing: an idea, claim or medium ({@link Parties#abstractNoun}: "comment"
     * and "statement" are no persons for their ending), or a noun with no named entity, no actor's mention, no sector
     * by itself, and no person or body ({@link #BODIES}, {@link #PERSON_ENDINGS}).
     */
    private boolean thing(int i) {
        Token t = s.token(i);
        String lemma = lemma(s, i);
        return Parties.abstractNoun(t) || t.isNoun() && !t.isProperNoun() && t.ner().equals("O")
                && actors.mentionAt(s.index(), i).isEmpty() && coding.wordSector(i) == null && !senses.person(lemma)
                && !BODIES.contains(lemma) && PERSON_ENDINGS.stream().noneMatch(lemma::endsWith);
    }

    /**
     * Whether the token at {@code i} is in the dateline the sentence opens with: a word in capitals, then words in
     * capitals or capitalised, commas and a credit in parentheses, up to a dash ("NEW YORK —", "BRAGA, Portugal (AP)
     * —"); or, as some outlets write it, opening the article, the name of a place not in capitals, then only
     * place names and commas, up to a dash and a capitalised word ("Tolvar – Several thousand nurses marched"; not
     * "Velmora – which hosts the talks – said", a place named as the subject). A dateline says where the news was
     * filed, and names no party.
     */
    boolean datelined(int i) {
        String first = s.token(0).word();
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0))) {
            return false;
        }
        boolean capitals = first.equals(first.toUpperCase(Locale.ROOT));
        for (int k = 0; k < Math.min(s.tokens().size(), DATELINE_REACH + 1); k++) {
            String w = s.token(k).word();
            if (DATELINE_ENDS.contains(w)) {
                return k > 0 && i < k && (capitals || s.index() == 0 && k + 1 < s.tokens().size()
                        && Character.isUpperCase(s.token(k + 1).word().charAt(0)));
            }
            boolean allowed = capitals ? Character.isUpperCase(w.charAt(0)) || w.equals("(") || w.equals(")")
                    : PartyCoding.PLACE_TYPES.contains(s.token(k).ner()) || coding.townName(k);
            if (!allowed && !w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The recipient a clause names further down when no slot gave one ("offered to hand over to Britain",
     * "lifted a curfew in Montenegro", "threatened to break relations with Russia"): the party nearest to
     * {@code verb} in the parse, below it but outside its subjects, adverbial, paratactic and relative clauses
     * ("the railway that carries freight from Russia" describes the railway), "according to" attributions
     * and a clause of saying after the act ({@link #reportingClause}), that
     * is a named actor or is coded with a country or as an international organisation: {@code coded} says which.
     * The from-phrase of an act of type {@code event} that is fired or launched is where it came from, and is not
     * searched ("fired from the town of X"), but for a state it is aimed at that the parser hung below it
     * ({@link #aimedBelow}); nor, when the clause has a {@code patient} (a kind of actor as its
     * object), its at/on/in phrases, which are the site ("killed six people at a concert on the Strip"); nor the of-phrase of a
     * point of the compass ("fell 300 kilometres east of Cape Morrow", {@link #DIRECTIONS}). A place
     * that is no state (a town, region or sea) in a phrase of place or direction is where the act happened or went,
     * never its recipient ("fired a missile into the Pacific Ocean", "opened fire in a club in the city of Orlando",
     * "asked the driver to take her to Manhattan"); a country there still is ("offered to hand them over to Britain"),
     * and so is the place a protest is staged at, which it addresses ("a hunger strike outside Parliament"); the
     * town or region of a kind of actor is where they are ("urged residents of Hokkaido and Tohoku"), not searched. A
     * demand asks none of those its demanded act is aimed at ({@link #demandedAgainst}); nor is a verb conjunct with a
     * subject of its own or after "but", which tells another act ({@link #contrastedAct}).
     */
    Optional<Integer> nearestCodedParty(int verb, EventType event, List<Integer> sources, boolean patient,
                                        IntPredicate coded) {
        BitSet excluded = new BitSet();
        sources.forEach(k -> excluded.or(s.subtree(k)));
        BitSet sites = new BitSet();
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(verb));
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (Dependency d : s.children(i)) {
                int k = d.dependent();
                if (PLACE_CASES.stream().anyMatch(c -> coding.hasCase(k, c))) {
                    sites.or(s.subtree(k));
                }
                if (LAUNCHED.contains(event) && coding.hasCase(k, "from") && !excluded.get(k)) {
                    Optional<Integer> aimed = aimedBelow(k, coded);
                    if (aimed.isPresent()) {
                        return aimed;
                    }
                    continue;
                }
                if (excluded.get(k) || SEARCH_STOPS.contains(d.baseRelation()) || d.relation().equals("acl:relcl")
                        || reportingClause(d) || contrastedAct(d)
                        || patient && i == verb && SITE_CASES.stream().anyMatch(c -> coding.hasCase(k, c))
                        || afterCompass(k)
                        || i == verb && d.baseRelation().startsWith("nsubj") || coding.hasCase(k, "accord") // "according to": its lemma is "accord"
                        || circumstance(k) || d.baseRelation().equals("nmod") && place(k) && kindWord(i)
                        || whereAThingIs(d, verb)) {
                    continue;
                }
                if (i != verb && namesParty(k) && (event == EventType.REQUEST && demandedAgainst(d)
                        || STANCES.contains(event) && aimedAgainst(k))) {
                    return Optional.empty();
                }
                if (s.token(k).isNoun() && namesParty(k) && coded.test(k) && !modifierOrSite(d)
                        && !(event != EventType.PROTEST && sites.get(k) && place(k))) {
                    return Optional.of(appositionHead(k));
                }
                queue.add(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code d} leads to a clause of saying after the act, with a subject that can speak (not "the move
     * announced by X", which the parser may give "move" as subject), which the parser hung below it
     * by whatever relation (a quote's "..., Ana Ruiz said" read as a phrase of its last noun, "Portugal condemned the
     * raids, and Ana Ruiz said ..."): its subject is who tells of the act or of another, never whom it is done to.
     */
    private boolean reportingClause(Dependency d) {
        int k = d.dependent();
        return k > d.head() && s.token(k).isVerb() && SAYING.contains(lemma(s, k))
                && s.children(k, "nsubj").stream().anyMatch(n -> !thing(n));
    }

    /**
     * Whether {@code verb} has as object a charge told before, pointed back to by a demonstrative or "such": "rejected
     * these accusations", "denied such claims" (not "rejected the accusations of X" or "rejected the proposal").
     */
    boolean earlierCharge(int verb) {
        return s.children(verb, "obj").stream().anyMatch(o -> CHARGES.contains(lemma(s, o))
                && s.children(o).stream().anyMatch(d -> (d.relation().equals("det") || d.relation().equals("amod"))
                && BACK.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))));
    }

    /**
     * A state that a fired or launched act is aimed at, which the parser hung below the from-phrase at {@code from}
     * ("fired missiles from the town of X toward Japan"): a toward/at/into/against phrase in it that names a
     * coded party that is no town, region or sea ("from X into the Caspian Sea" names none).
     */
    private Optional<Integer> aimedBelow(int from, IntPredicate coded) {
        return s.subtree(from).stream().filter(j -> j != from && s.token(j).isNoun() && namesParty(j) && coded.test(j)
                        && !place(j) && AIMED_CASES.stream().anyMatch(c -> coding.hasCase(j, c)))
                .boxed().findFirst().map(this::appositionHead);
    }

    /**
     * Whether {@code d}, below a demand's verb, may lead to whom the demanded act is aimed at, who is not asked: the
     * search for whom it asks ({@link #nearestCodedParty}) ends with none when it names a party (but goes on through
     * a thing: "calls to halt the deployment of a Velmoran radar" ask Velmora); the
     * object of a verb of the demanded act or an on/against phrase ("called for more pressure on Velmora", "urged
     * them to stop the rebels", "asked for a war against the cartel").
     */
    private boolean demandedAgainst(Dependency d) {
        return d.baseRelation().equals("obj") || aimedAgainst(d.dependent());
    }

    /** Whether the phrase at {@code k} is an on- or against-phrase: whom a measure is aimed at ("sanctions on X"). */
    private boolean aimedAgainst(int k) {
        return coding.hasCase(k, "on") || coding.hasCase(k, "against");
    }

    /**
     * Whether the token at {@code k} is the name of a town or region ({@link PartyCoding#townName}) or names an actor
     * that is a place and no country (a town, a region, a sea), where the tagger found it or elsewhere in the article.
     */
    private boolean place(int k) {
        String word = s.token(k).word();
        return coding.townName(k) || actors.mentionAt(s.index(), k).flatMap(m -> actors.byId(m.actor()))
                .map(a -> a.type() == ActorType.LOCATION)
                .orElseGet(() -> actors.actors().stream().anyMatch(a -> a.type() == ActorType.LOCATION && a.name().equals(word)));
    }

    /**
     * Whether the phrase at {@code k} says in whose name, on what occasion or with what going on an act is done, and
     * names no party to it: "on behalf of the American people", "at the climate summit", an absolute with-phrase after
     * a comma ("rejected the offer, with its chief executive arguing that ..."; not "exchanged fire with officers
     * using a pistol").
     */
    private boolean circumstance(int k) {
        return lemma(s, k).equals("behalf") || coding.hasCase(k, "at") && GATHERINGS.contains(lemma(s, k))
                || coding.hasCase(k, "with") && afterComma(k) && (s.children(k).stream().anyMatch(d -> (d.baseRelation().equals("amod")
                || d.baseRelation().equals("acl")) && s.token(d.dependent()).pos().matches("VB[GN]")) || namedGerund(k));
    }

    /**
     * Whether {@code k} is a participle the tagger took for a noun, with the name of who does it compounded before it:
     * "with Foreign Minister Ilsa Varnek warning of ..." (an absolute clause: Varnek warns).
     */
    private boolean namedGerund(int k) {
        return s.token(k).isNoun() && s.token(k).word().endsWith("ing")
                && s.children(k, "compound").stream().anyMatch(c -> s.token(c).isProperNoun() && namesParty(c));
    }

    /**
     * Whether the phrase headed by {@code k} is the of-phrase of a point of the compass ("east of Cape Morrow"),
     * by the words before it, however the parser hung it: where something is, never a party.
     */
    boolean afterCompass(int k) {
        int first = s.subtree(k).nextSetBit(0);
        return first > 0 && s.token(first).word().equalsIgnoreCase("of")
                && DIRECTIONS.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT));
    }

    /** Whether the phrase headed by {@code k} follows a comma, as an absolute phrase does. */
    private boolean afterComma(int k) {
        int first = s.subtree(k).nextSetBit(0);
        return first > 0 && s.token(first - 1).word().equals(",");
    }

    /** Whether the word at {@code k} is set in parentheses, as a news agency's credit is ("(Reuters) Ostria fired ..."). */
    private boolean parenthesised(int k) {
        List<Integer> marks = s.children(k, "punct");
        return marks.stream().anyMatch(m -> m < k && s.token(m).word().equals("("))
                && marks.stream().anyMatch(m -> m > k && s.token(m).word().equals(")"));
    }

    /**
     * Whether {@code d} is the in-phrase of a noun further below {@code verb} than its own phrases, which says where
     * that thing is and names no recipient of the act ("raided the house of a man in Tolvar", "released a video made
     * for an audience in France"); the in-phrases of the trigger noun, its object ("lifted the curfew in Serbia") and
     * its obliques ("killed four shepherds in a raid in Mali") are still searched.
     */
    private boolean whereAThingIs(Dependency d, int verb) {
        int noun = d.head();
        return d.baseRelation().equals("nmod") && coding.hasCase(d.dependent(), "in") && s.token(noun).isNoun()
                && noun != verb && s.headEdge(noun).filter(e -> e.head() == verb).isEmpty();
    }

    /**
     * A word that only modifies another ("the London tram", "the Ukraine scandal"), names the town where
     * something happens ("the attack in Nice") or the country of a town it follows ("in Nice, France"): no recipient.
     */
    private boolean modifierOrSite(Dependency d) {
        return d.baseRelation().equals("compound") || d.baseRelation().equals("amod")
                || SITES.contains(s.token(d.dependent()).ner()) && coding.hasCase(d.dependent(), "in")
                || d.baseRelation().equals("appos") && place(d.head());
    }

    /**
     * The party a threat is aimed at through its condition: the subject of an if/unless clause under
     * {@code verb} or its complements ("threatened to walk out if the United States goes ahead").
     */
    Optional<Integer> conditionSubject(int verb) {
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(verb));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int clause : s.children(v, "advcl")) {
                if (Polarity.conditionClause(s, clause)) {
                    Optional<Integer> subject = subjects(clause).stream().filter(this::namesParty)
                            .filter(k -> !s.token(k).isPronoun()).findFirst();
                    if (subject.isPresent()) {
                        return subject;
                    }
                }
            }
            queue.addAll(s.children(v, "xcomp"));
        }
        return Optional.empty();
    }

    /**
     * Whom a reporting verb addresses ("told Iraq", "sent a warning to Iraq"): its indirect or direct object,
     * or a to-phrase of it or of its object, when that names a party. "X told Y that it must ..." asks Y; with
     * no addressee, "X said it must ..." is X's own duty and asks nobody.
     */
    Optional<Integer> addressee(int reporter) {
        List<Integer> candidates = new ArrayList<>(s.children(reporter, "iobj"));
        candidates.addAll(s.children(reporter, "obj"));
        s.children(reporter, "obl").stream().filter(o -> coding.hasCase(o, "to")).forEach(candidates::add);
        for (int o : s.children(reporter, "obj")) {
            s.children(o, "nmod").stream().filter(n -> coding.hasCase(n, "to")).forEach(candidates::add);
        }
        return candidates.stream().filter(k -> namesParty(k) && !s.token(k).isPronoun()).findFirst();
    }

    /**
     * "Hungary said it will...": the subject of the reporting clause above a pronoun, if not a pronoun itself; none
     * past a clause between whose subject is a pronoun of another person, number or gender ("detectives said they
     * were investigating whether he ignored a red signal": "he" is not the detectives), nor for "he" or "she" when
     * that subject cannot be one person ({@link #onePerson}: "the Courier says he was arrested" is no arrest of the
     * paper).
     */
    Optional<Integer> reportingSubject(int pronoun) {
        Optional<Dependency> clause = s.headEdge(pronoun).flatMap(e -> s.headEdge(e.head()));
        String word = s.token(pronoun).word().toLowerCase(Locale.ROOT);
        boolean personal = PRONOUN_PERSONS.get(0).contains(word) || PRONOUN_PERSONS.get(1).contains(word);
        while (clause.isPresent() && clause.get().head() >= 0 && clause.get().baseRelation().equals("ccomp")) {
            for (int subj : s.children(clause.get().head(), "nsubj")) {
                if (!s.token(subj).isPronoun()) {
                    return personal && !onePerson(subj) ? Optional.empty() : Optional.of(subj);
                }
                if (!samePerson(subj, pronoun)) {
                    return Optional.empty();
                }
            }
            clause = s.headEdge(clause.get().head());
        }
        return Optional.empty();
    }

    /**
     * Whether the subject at {@code k} may be one person, whom "he" or "she" can stand for: not a plural, nor an
     * actor that is no person (a firm, an outlet, a state, a place), nor a named entity of another kind.
     */
    private boolean onePerson(int k) {
        Token t = s.token(k);
        boolean other = actors.mentionAt(s.index(), k).flatMap(m -> actors.byId(m.actor()))
                .map(a -> a.type() != ActorType.PERSON).orElse(!t.ner().equals("O") && !t.ner().equals("PERSON"));
        return !t.pos().endsWith("S") && !other;
    }

    /**
     * Whether {@code d} joins a verb that tells an act of its own: a conjunct with its own subject or after "but"
     * ("conducted dozens of tests, but it has not sent any over Japan", "conducted tests, but firing them over
     * Japan"), whose parties are not the first act's ("met the envoy and signed a deal with Peru" still searches).
     */
    private boolean contrastedAct(Dependency d) {
        int k = d.dependent();
        return d.baseRelation().equals("conj") && s.token(k).isVerb() && (!s.children(k, "nsubj").isEmpty()
                || s.children(k, "cc").stream().anyMatch(c -> lemma(s, c).equals("but")));
    }

    /** Whether the pronouns at {@code a} and {@code b} are of one person, number and gender ("they" and "their"). */
    private boolean samePerson(int a, int b) {
        String x = s.token(a).word().toLowerCase(Locale.ROOT);
        String y = s.token(b).word().toLowerCase(Locale.ROOT);
        return PRONOUN_PERSONS.stream().noneMatch(set -> set.contains(x) != set.contains(y));
    }

    /**
     * Whom a demand told by a bare participle adding to a clause of saying asks ({@link #adjunct}): the addressee of
     * that clause ({@link #addressee}: "told the warden, repeatedly calling for an explanation" asks the warden,
     * "wrote to the council, urging it to ..."). None under any other verb ("arrested the man, calling for calm").
     */
    Optional<Integer> toldAddressee(int verb) {
        Optional<Dependency> up = s.headEdge(verb);
        if (up.isEmpty() || up.get().head() < 0 || !Set.of("advcl", "dep").contains(up.get().baseRelation())
                || !adjunct(verb) || !SAYING.contains(lemma(s, up.get().head()))) {
            return Optional.empty();
        }
        return addressee(up.get().head());
    }

    /**
     * Whom a threat says it will act on, when the threat's clause names no one: the object or target phrase of its
     * infinitive complement that names a party or a kind of actor ("threatened to use tear gas on them",
     * "threatened to sue the newspaper"; not "threatened to use force", "threatened to close the strait").
     */
    Optional<Integer> threatened(int verb) {
        for (int x : s.children(verb, "xcomp")) {
            if (isPassive(x) || s.children(x, "mark").stream().noneMatch(m -> lemma(s, m).equals("to"))) {
                continue;
            }
            Optional<Integer> object = s.children(x, "obj").stream().map(this::appositionHead)
                    .filter(o -> (namesParty(o) || actorKind(o)) && !Parties.notParty(s.token(o))).findFirst();
            if (object.isPresent()) {
                return object;
            }
            List<Integer> obliques = obliques(x, EventType.THREATEN);
            if (!obliques.isEmpty()) {
                return Optional.of(obliques.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the name at {@code k}, compounded before the common noun at {@code head}, only says whom the persons
     * there follow or where they are from: before followers ({@link #FOLLOWERS}: "a suspected Daesh fanatic" is no
     * act of Daesh) or, for a country, before persons of a private sector or counsel ("US lawyers", "Velmora
     * tourists"). The persons are the party, coded with the name's country; a country's officials, forces or police
     * and a group's fighters still stand for it ("US officials", "Daesh fighters").
     */
    boolean followedName(int k, int head) {
        Token t = s.token(head);
        if (k == head || !t.isNoun() || t.isProperNoun()
                || !s.headEdge(k).filter(e -> e.head() == head && e.baseRelation().equals("compound")).isPresent()) {
            return false;
        }
        String noun = lemma(s, head);
        boolean country = actors.mentionAt(s.index(), k).flatMap(m -> actors.byId(m.actor()))
                .map(a -> a.type() == ActorType.COUNTRY).orElse(false);
        return FOLLOWERS.contains(noun)
                || country && (PRIVATE.contains(coding.wordSector(head)) || COUNSEL.contains(noun));
    }

    /**
     * Whether the name at {@code k}, a word of the phrase headed by {@code head}, only says who owns the thing the
     * phrase names: it is under a participle of owning ({@link #OWNING}: "the Dorn-owned company", "a Velmora-backed
     * militia"), or is a person's possessive before a firm or an outlet that is no person ("Hal Dorn's company",
     * "Ana Ruiz's newspaper"; not "Hal Dorn's lawyers", "Ana Ruiz's spokesman", "Velmora's ministry") or before a
     * word of kin ({@link #KIN}: "Hal Dorn's father"). The thing or the kin is the party, not its owner.
     */
    boolean ownerWord(int k, int head) {
        for (int i = k; i != head && i >= 0; i = s.headEdge(i).map(Dependency::head).orElse(-1)) {
            String word = s.token(i).word().toLowerCase(Locale.ROOT);
            if (i != k && OWNING.contains(word) || OWNING.contains(word.substring(word.lastIndexOf('-') + 1))
                    && word.contains("-")) {
                return true;
            }
            boolean possessor = s.headEdge(i).filter(e -> e.head() == head && e.relation().equals("nmod:poss")).isPresent();
            if (possessor) {
                Sector sector = coding.wordSector(head);
                String noun = lemma(s, head);
                return s.token(i).ner().equals("PERSON") && (KIN.contains(noun) || (sector == Sector.BUS || sector == Sector.MED)
                        && !senses.person(noun) && PERSON_ENDINGS.stream().noneMatch(noun::endsWith));
            }
        }
        return false;
    }

    /** How a clause tells its act, which decides what may date it ({@link FactDate}). */
    enum Telling {
        /**
         * Background: a past perfect ("had been charged", "had agreed"; not in a reported clause, where it is the
         * tense of the report shifted back: "said the army had been ordered"), a perfect progressive ("has been holding
         * talks"), a perfect that tallies its acts ("has conducted dozens of tests", "has twice denied"), says how long
         * they have lasted ("have been arrested since the coup", "have protested for eight years") or holds a position
         * ("has adamantly opposed", "has been accused of", also "is accused of") or is joined to a description of its
         * subject ("is one of the loudest critics and has accused"), a present perfect in a relative clause ("the
         * authority, which has rejected the plan") or in a clause of cause ("as Apple has refused to pay"), an adverbial clause set before or after another act ("days after the council passed
         * sanctions"), a simple past set before a present ("is higher than before Velmora imposed tariffs",
         * {@link #beforePresent}) or recalled by a person in the present ("Ruiz says she accused", {@link #recalled}),
         * a gerund a verb of admitting or denying answers for ("admitted to threatening", {@link #ownedUpTo}),
         * or an adverb of habit or of an earlier time ("has repeatedly backed", "constantly threatens", "had met
         * before"); also an act a trigger noun of an earlier time names ("her recent trip",
         * {@link #telling(int, int)}). Only a time expression it states dates it, never the publication day.
         */
        BACKGROUND,
        /** A simple past ("fired", "was arrested", "did not attend"), which a day named just before may date. */
        PAST,
        /**
         * A simple past told as the next step of a story ("sold the rights, though he later asked for them back", "drove
         * the car, then asked her to drive it"): a {@link #PAST} where its sentence or the one before states a time,
         * or where it opens the text; else background, an act of a past told with nothing saying when.
         */
        SEQUEL,
        /**
         * Another tense reported by a simple past ("said it will retaliate", "\"We have lodged a protest,\" the
         * minister said", "said troops are attacking"): told on the day of the report, which the day of the news
         * named before may date.
         */
        REPORTED,
        /**
         * A simple present not reported by a past ("he pledges allegiance", "they are shot dead by police"): the news
         * of the day, unless the text around it sets it in an earlier time (a timeline told in the present).
         */
        PRESENT,
        /** Any other tense. */
        OTHER
    }

    /**
     * How the act of the trigger at {@code trigger}, in the clause headed by {@code verb}, is told: as background when
     * the trigger is a noun an adjective of an earlier time describes ({@link #BEFORE_NEWS}), else as its clause
     * tells it ({@link #telling(int)}).
     */
    Telling telling(int verb, int trigger) {
        boolean earlier = s.token(trigger).isNoun() && s.children(trigger, "amod").stream()
                .anyMatch(a -> BEFORE_NEWS.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
        return earlier ? Telling.BACKGROUND : telling(verb);
    }

    /**
     * How the clause headed by {@code verb} tells its act. A conjunct verb with no subject and no auxiliary of its
     * own shares the tense of the verb it is joined to ("conducted a search and later arrested", "had been
     * arrested and charged"), and an infinitive complement with no auxiliary that of the verb it completes when that
     * verb is told in the past or as background ("who joined the navy to search the port": a simple past); a bare
     * participle set off by a comma that of the simple past it adds to ({@link #participleOfPast}).
     */
    Telling telling(int verb) {
        int first = clauseHead(verb);
        if (first != verb && s.children(verb, "aux").isEmpty()
                && s.children(verb).stream().noneMatch(c -> c.baseRelation().startsWith("nsubj"))) {
            Telling shared = telling(first);
            return shared == Telling.PAST && toldNext(first, verb) ? Telling.SEQUEL : shared;
        }
        Optional<Dependency> up = s.headEdge(first);
        if (up.isPresent() && up.get().head() >= 0 && up.get().baseRelation().equals("xcomp")
                && s.token(up.get().head()).isVerb() && s.children(first, "aux").isEmpty()
                && s.children(first, "mark").stream().anyMatch(m -> lemma(s, m).equals("to"))) {
            Telling governing = telling(up.get().head());
            if (governing == Telling.PAST || governing == Telling.SEQUEL || governing == Telling.BACKGROUND) {
                return governing;
            }
        }
        if (participleOfBackground(verb)) {
            return Telling.BACKGROUND;
        }
        Telling added = participleOfPast(verb);
        if (added != null) {
            return added;
        }
        boolean withinAct = participleAdjunct(verb);
        if (s.children(verb, "advmod").stream().map(a -> s.token(a).word().toLowerCase(Locale.ROOT))
                .anyMatch(a -> HABITUAL.contains(a) && !withinAct || EARLIER.contains(a)) || sequenced(verb)
                || distanced(verb) || beforePresent(verb) || invertedPerfect(verb) || ownedUpTo(verb)) {
            return Telling.BACKGROUND;
        }
        List<Integer> aux = s.children(verb, "aux");
        boolean perfect = false;
        boolean progressive = false;
        for (int a : aux) {
            Token t = s.token(a);
            if (t.lemma().equalsIgnoreCase("have")) {
                if (t.pos().equals("VBD")) {
                    return countedOccasion(first) ? Telling.PAST : Telling.BACKGROUND;
                }
                if (clauseRelation(verb).equals("acl:relcl")) {
                    return Telling.BACKGROUND;
                }
                perfect = true;
            } else if (t.lemma().equalsIgnoreCase("be") && s.token(verb).pos().equals("VBG")) {
                progressive = true;
            }
        }
        // a fronted count may leave the participle tagged a past: "Only twice has Velmora fired"
        boolean participle = s.token(verb).pos().equals("VBN") || perfect && s.token(verb).pos().equals("VBD");
        if (perfect && (progressive || participle && (tallied(verb) || spanned(first) || held(verb) || described(verb)
                || givenAsCause(verb)))
                || simplePresent(s, verb) && standing(verb)) {
            return Telling.BACKGROUND;
        }
        boolean past = aux.isEmpty() ? simplePast(verb)
                : aux.stream().allMatch(a -> s.token(a).pos().equals("VBD") && !s.token(a).lemma().equalsIgnoreCase("have"));
        if (past) {
            return recalled(first) ? Telling.BACKGROUND : toldNext(verb, verb) ? Telling.SEQUEL : Telling.PAST;
        }
        if (reportedInPast(first)) {
            return Telling.REPORTED;
        }
        return simplePresent(s, verb) ? Telling.PRESENT : Telling.OTHER;
    }

    /**
     * Whether {@code verb} is a participle with no auxiliary that adds to a clause told as background, on its verb or
     * on one of its nouns ("Velmora had shelled the town, killing a dozen people", "since the army ousted him
     * following protests demanding his resignation"): its act is told within that clause's, not as the news.
     */
    private boolean participleOfBackground(int verb) {
        Optional<Dependency> up = s.headEdge(verb);
        if (!s.token(verb).pos().matches("VB[GN]") || !s.children(verb, "aux").isEmpty() || up.isEmpty()
                || up.get().head() < 0 || !PARTICIPLE_LINKS.contains(up.get().relation())) {
            return false;
        }
        int head = up.get().head();
        return telling(s.token(head).isVerb() ? head : anchor(head)) == Telling.BACKGROUND;
    }

    /**
     * How the clause that a bare participle set off by a comma adds to, on its verb or on one of its nouns, tells its
     * act when that is a simple past or the next step of a story ("Velmora shelled the port, killing a dozen people":
     * the killing is told as the shelling, and dated as it is); else null.
     */
    private Telling participleOfPast(int verb) {
        Optional<Dependency> up = s.headEdge(verb);
        if (!adjunct(verb) || up.isEmpty() || up.get().head() < 0 || !PARTICIPLE_LINKS.contains(up.get().relation())) {
            return null;
        }
        int head = up.get().head();
        Telling governing = telling(s.token(head).isVerb() ? head : anchor(head));
        return governing == Telling.PAST || governing == Telling.SEQUEL ? governing : null;
    }

    /**
     * Whether {@code verb} is a bare participle that adds to the verb above it ({@link #adjunct}: "told the warden,
     * repeatedly calling for an explanation"): an adverb of habit on it repeats the act within the occasion of that
     * verb, and does not set it apart as background.
     */
    private boolean participleAdjunct(int verb) {
        return s.headEdge(verb).filter(up -> up.head() >= 0 && s.token(up.head()).isVerb()
                && (up.baseRelation().equals("advcl") || up.baseRelation().equals("dep"))).isPresent() && adjunct(verb);
    }

    /**
     * Whether {@code verb} is a perfect whose auxiliary a fronted adverb of a count of times, of habit or of an earlier
     * time put before its subject ("Only twice before has Velmora fired rockets over Ostrian territory"), which the
     * parser reads as a main verb "has" bearing those adverbs with the act for its complement: an act so told is
     * counted or set before the news ({@link Telling#BACKGROUND}). A "have" with a subject or an object of its own is
     * no such auxiliary.
     */
    private boolean invertedPerfect(int verb) {
        Optional<Dependency> up = s.headEdge(verb);
        if (up.isEmpty() || up.get().head() < 0 || !up.get().baseRelation().equals("ccomp")) {
            return false;
        }
        int have = up.get().head();
        return have < verb && lemma(s, have).equals("have") && s.token(verb).pos().matches("VB[DN]")
                && s.children(have).stream().noneMatch(c -> c.baseRelation().startsWith("nsubj")
                        || c.baseRelation().equals("obj"))
                && s.children(have, "advmod").stream().map(a -> s.token(a).word().toLowerCase(Locale.ROOT))
                        .anyMatch(a -> HABITUAL.contains(a) || EARLIER.contains(a) || REPEATED.contains(a));
    }

    /**
     * Whether {@code verb} or a verb conjunct of {@code first} before it carries an adverb of the next step
     * ({@link #NEXT}): "pressed his team, then trimmed the figure and asked for more" tells "asked" next too; so
     * does a verb of recalling set off by commas before the clause, the adverb opening the sentence before its subject
     * ("Later, she claimed, she set up a meeting", which the parser hangs on "claimed"; not "Later, police said the
     * gunman fled", where "later" times the report).
     */
    private boolean toldNext(int first, int verb) {
        List<Integer> verbs = new ArrayList<>(List.of(verb));
        s.children(first, "conj").stream().filter(c -> c < verb && s.token(c).isVerb()).forEach(verbs::add);
        boolean next = verbs.stream().anyMatch(v -> s.children(v, "advmod").stream()
                .anyMatch(a -> NEXT.contains(s.token(a).word().toLowerCase(Locale.ROOT))));
        return next || s.headEdge(first).filter(up -> up.head() >= 0 && up.head() < first
                && (up.baseRelation().equals("parataxis") || up.baseRelation().equals("ccomp"))
                && RECALLING.contains(lemma(s, up.head())) && s.token(up.head() + 1).word().equals(","))
                .map(up -> up.head())
                .filter(say -> s.children(say, "advmod").stream().anyMatch(a -> a < say
                        && NEXT.contains(s.token(a).word().toLowerCase(Locale.ROOT))
                        && s.children(say).stream().anyMatch(c -> c.baseRelation().startsWith("nsubj")
                        && a < c.dependent()))).isPresent();
    }

    /**
     * Whether the perfect clause headed by {@code clause} (or one of its verb conjuncts) says how long its act has
     * lasted: a since-clause or since-phrase ("have been arrested since the army took power", "has been jailed since
     * July") or a for-phrase of a length of time ("have protested weekly for eight years").
     */
    private boolean spanned(int clause) {
        List<Integer> verbs = new ArrayList<>(List.of(clause));
        s.children(clause, "conj").stream().filter(c -> s.token(c).isVerb()).forEach(verbs::add);
        for (int v : verbs) {
            boolean since = s.children(v, "advcl").stream()
                    .anyMatch(c -> s.children(c, "mark").stream().anyMatch(m -> lemma(s, m).equals("since")));
            for (int o : s.children(v, "obl")) {
                since |= coding.hasCase(o, "since") || coding.hasCase(o, "for") && s.token(o).ner().equals("DURATION");
            }
            if (since) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the perfect participle {@code verb} tells a standing position: a verb of {@link #POSITIONS} in either
     * voice, or one of {@link #STANDING} in the passive ("has been accused of"); "has accused the minister of lying"
     * may be the day's news.
     */
    private boolean held(int verb) {
        return POSITIONS.contains(lemma(s, verb)) || standing(verb);
    }

    /**
     * Whether {@code verb} is a passive of {@link #STANDING}: "has been accused of", also in the simple present
     * ("is accused of leaking secrets"), which tells the charge he stands under, not the day it was made; "is charged
     * with" may be that day's news.
     */
    private boolean standing(int verb) {
        return STANDING.contains(lemma(s, verb)) && s.children(verb).stream().anyMatch(d -> d.relation().equals("aux:pass"));
    }

    /**
     * Whether the perfect {@code verb} is joined to a predicate that describes its subject with a present "be"
     * ("Velmora is the loudest critic of the dam and has accused Ostria of theft"): told beside how things stand,
     * the perfect is the subject's record, not the day's act.
     */
    private boolean described(int verb) {
        Optional<Dependency> up = s.headEdge(verb);
        if (up.isEmpty() || up.get().head() < 0 || !up.get().baseRelation().equals("conj")) {
            return false;
        }
        int head = up.get().head();
        return !s.token(head).isVerb() && s.children(head, "cop").stream()
                .anyMatch(c -> s.token(c).pos().equals("VBZ") || s.token(c).pos().equals("VBP"));
    }

    /**
     * Whether {@code verb} of {@code s} is a simple present, active or passive: "he pledges", "they are shot dead"
     * (not "is urging", "will meet", "has met").
     */
    static boolean simplePresent(Sentence s, int verb) {
        List<Integer> aux = s.children(verb, "aux");
        String pos = s.token(verb).pos();
        if (aux.isEmpty()) {
            return pos.equals("VBZ") || pos.equals("VBP");
        }
        return pos.equals("VBN") && aux.size() == 1 && s.token(aux.get(0)).lemma().equalsIgnoreCase("be")
                && (s.token(aux.get(0)).pos().equals("VBZ") || s.token(aux.get(0)).pos().equals("VBP"));
    }

    /**
     * Whether {@code verb} tells a tally of its acts, which a perfect gathers over a span: a count of times
     * ("has twice denied", "has met three times") or an object of many ("has conducted dozens of tests", "has carried
     * out more than 80 raids"). A plain count of things is not one: "has fired three missiles" may be today's salvo;
     * nor is a quantity named as one thing: "has rejected the number of refugees proposed".
     */
    private boolean tallied(int verb) {
        for (Dependency d : s.children(verb)) {
            int k = d.dependent();
            boolean times = d.baseRelation().equals("advmod") && REPEATED.contains(lemma(s, k))
                    || lemma(s, k).equals("time") && !s.children(k, "nummod").isEmpty();
            if (times || d.baseRelation().equals("obj") && many(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the noun {@code k} names many things: "dozens of tests" (not "the number of"), "more than 80 raids". */
    private boolean many(int k) {
        if (MANY.contains(lemma(s, k))) {
            return s.children(k, "nmod").stream().anyMatch(n -> coding.hasCase(n, "of"))
                    && s.children(k, "det").stream().noneMatch(t -> lemma(s, t).equals("the"));
        }
        return s.children(k, "nummod").stream()
                .anyMatch(n -> s.children(n, "advmod").stream().anyMatch(a -> TALLY.contains(lemma(s, a))));
    }

    /**
     * Whether the clause headed by {@code clause} is reported by a verb told in the simple past: it is that verb's
     * complement ({@code ccomp}, or the bare {@code dep} the parser gives a quote before "said"), or a verb of
     * saying in the simple past is set beside it ("Troops are attacking the border, officials said").
     */
    private boolean reportedInPast(int clause) {
        Optional<Dependency> up = s.headEdge(clause);
        if (up.isPresent() && up.get().head() >= 0 && REPORTS.contains(up.get().baseRelation())
                && s.token(up.get().head()).isVerb()) {
            return telling(up.get().head()) == Telling.PAST;
        }
        return s.children(clause, "parataxis").stream()
                .anyMatch(p -> SAYING.contains(lemma(s, p)) && telling(p) == Telling.PAST);
    }

    /**
     * Whether the simple past headed by {@code clause} is what a person recalls of himself in the present: a verb of
     * saying in the simple present whose subject is a person's name reports it ("Ana Ruiz says she accused the
     * director", "Once the guards left, Ruiz says, she warned him", "Novak claims that he felt betrayed"), and its own
     * subject is a personal pronoun. A memory told on the day of the report is not that day's act. Reports of
     * others' acts are not coded: "police say the gunman fled" is often the day's news.
     */
    private boolean recalled(int clause) {
        Optional<Dependency> up = s.headEdge(clause);
        if (up.isEmpty() || up.get().head() < 0 || !REPORTS.contains(up.get().baseRelation())) {
            return false;
        }
        int report = up.get().head();
        return RECALLING.contains(lemma(s, report)) && simplePresent(s, report)
                && s.children(report, "nsubj").stream().anyMatch(k -> s.token(k).ner().equals("PERSON"))
                && s.children(clause, "nsubj").stream().anyMatch(k -> s.token(k).pos().equals("PRP"));
    }

    /**
     * Whether {@code verb} (or the verb it is a conjunct of) is a gerund whose act a verb of admitting or denying
     * answers for ("admitted to threatening the girl and hiding her", "denies taking the money"): the act came
     * before the admission, whose day is not its own.
     */
    private boolean ownedUpTo(int verb) {
        int clause = clauseHead(verb);
        return s.token(clause).pos().equals("VBG") && s.headEdge(clause)
                .filter(up -> up.head() >= 0 && OWNING_UP.contains(lemma(s, up.head()))).isPresent();
    }

    /**
     * Whether {@code verb}, with no auxiliary, is a simple past: tagged so, or tagged a participle though it has a
     * subject of its own ("Officers arrested Ana Ruiz", which the tagger may read as "officers [who were]
     * arrested"): a participle without an auxiliary never has one.
     */
    private boolean simplePast(int verb) {
        String pos = s.token(verb).pos();
        return pos.equals("VBD") || pos.equals("VBN") && !s.children(verb, "nsubj").isEmpty();
    }

    /**
     * Whether the clause of {@code verb} (or the clause it is a conjunct of) is an adverbial clause that tells an
     * act apart in time from the one it depends on: "since he took office", "days after the council passed
     * sanctions" ({@link #SPAN}, {@link #SEQUENCE}).
     */
    private boolean sequenced(int verb) {
        int clause = clauseHead(verb);
        if (!clauseRelation(verb).equals("advcl")) {
            return false;
        }
        for (int m : s.children(clause, "mark")) {
            if (SPAN.contains(lemma(s, m)) || SEQUENCE.contains(lemma(s, m)) && (distance(clause) || distance(m))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause of {@code verb} (or the clause it is a conjunct of) is an adverbial clause that gives the
     * cause of the act it depends on ("as Apple has refused to pay", "because the rebels have rejected the deal"): a
     * perfect there tells how things stand, not an act of the day of the other. Not under "come", which sets the
     * news beside a recent act ("The move comes as China has denounced the ruling").
     */
    private boolean givenAsCause(int verb) {
        int clause = clauseHead(verb);
        return clauseRelation(verb).equals("advcl") && !lemma(s, s.headEdge(clause).orElseThrow().head()).equals("come")
                && s.children(clause, "mark").stream().anyMatch(m -> CAUSE.contains(lemma(s, m)));
    }

    /**
     * Whether {@code verb} is a simple past in a before-clause that hangs on a clause in the present ("revenue is
     * higher than the level before Ostria began imposing tariffs", "exports are lower than they were before Velmora
     * imposed sanctions"): the present tells how things stand on the day of the report, so what came before it is
     * background, not that day's news. Under a past ("arrested the man before he attacked a guard") both acts may be
     * that day's. The parser hangs such a clause on the predicate, on a noun of it ("the level before") or, after
     * "than", as its complement; any of these counts, and an act in the infinitive or gerund of the clause's verb
     * ("began imposing") is told as that verb tells it.
     */
    private boolean beforePresent(int verb) {
        int clause = clauseHead(verb);
        Optional<Dependency> up = s.headEdge(clause);
        while (up.isPresent() && up.get().head() >= 0 && up.get().baseRelation().equals("xcomp")) {
            clause = clauseHead(up.get().head());
            up = s.headEdge(clause);
        }
        return simplePast(clause) && up.isPresent() && up.get().head() >= 0
                && s.children(clause, "mark").stream().anyMatch(m -> lemma(s, m).equals("before"))
                && presentPredicate(anchor(up.get().head()));
    }

    /**
     * Whether the predicate {@code k} is in the simple present: a present verb, or a word with a present "be" ("is
     * lower"), also the "’s" of "that’s higher", which the tagger may read as a possessive hung on the predicate.
     */
    private boolean presentPredicate(int k) {
        if (s.children(k, "aux").stream().anyMatch(a -> !s.token(a).pos().matches("VB[ZP]"))) {
            return false;
        }
        return simplePresent(s, k) || s.children(k).stream().anyMatch(c -> c.baseRelation().equals("cop")
                && s.token(c.dependent()).pos().matches("VB[ZP]") || c.baseRelation().equals("dep")
                && s.token(c.dependent()).pos().equals("POS"));
    }

    /**
     * Whether the act of {@code verb} is set a length of time before or after another happening by an after- or
     * before-phrase: "was arrested three days after the confrontation", "two weeks before the vote".
     */
    private boolean distanced(int verb) {
        for (int o : s.children(verb, "obl")) {
            if (SEQUENCE.stream().anyMatch(c -> coding.hasCase(o, c))
                    && (distance(o) || s.children(o, "case").stream().anyMatch(this::distance))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a length of time hangs on {@code i} ("days after", "two weeks before"). */
    private boolean distance(int i) {
        return s.children(i).stream().anyMatch(d -> s.token(d.dependent()).ner().equals("DURATION"));
    }

    /**
     * Whether the clause headed by {@code first} describes a "time" that an ordinal counts and a past "be" predicates
     * ("It was the second time in two weeks the North had fired a missile over Rell"): the frame retells the act the
     * text has just told, so its past perfect is that act, not background.
     */
    private boolean countedOccasion(int first) {
        Optional<Dependency> up = s.headEdge(first);
        if (up.isEmpty() || up.get().head() < 0 || !up.get().baseRelation().matches("acl|dep")) {
            return false;
        }
        int noun = up.get().head();
        return lemma(s, noun).equals("time")
                && s.children(noun).stream().anyMatch(d -> s.token(d.dependent()).ner().equals("ORDINAL"))
                && s.children(noun, "cop").stream().anyMatch(c -> s.token(c).pos().equals("VBD"));
    }

    /** The relation of the clause of {@code verb} to its head, seen through the conjuncts it is one of ("which considers X and has rejected Y"). */
    private String clauseRelation(int verb) {
        return s.headEdge(clauseHead(verb)).map(Dependency::relation).orElse("root");
    }

    /** The first of the verb conjuncts {@code verb} belongs to. */
    private int clauseHead(int verb) {
        int clause = verb;
        Optional<Dependency> up = s.headEdge(clause);
        while (up.isPresent() && up.get().head() >= 0 && up.get().baseRelation().equals("conj") && s.token(up.get().head()).isVerb()) {
            clause = up.get().head();
            up = s.headEdge(clause);
        }
        return clause;
    }

    /**
     * Where the time expressions that may date the act of the clause of {@code verb} lie: {@code own} the tokens of
     * its clause (with the verbs it shares its subject with and its infinitive complements: "met on Monday and
     * agreed", "went on Monday to meet"), not those of the clauses below or beside it ("the council, which has
     * rejected the plan, met on Monday": Monday is the meeting's); {@code outer} those of the clause that reports
     * it ("said on Tuesday that ..."), that a relative clause describes a party of ("was filmed in December
     * slapping soldiers who refused to respond"), that an adverbial "when", "as" or "while" clause ("when" as
     * its mark or, as the parser may hang it, its adverb: "Talks last year failed when the rebels demanded a ransom")
     * or a bare participle clause ({@link #participleClause}) shares its time with, or that a bare "after" or "before" clause is set next to ("linked in 2014 after they met"), which
     * bound its day but not its hour. The time of a relative clause never dates its main clause.
     */
    TimeScope timeScope(int verb) {
        int anchor = anchor(verb);
        Optional<Dependency> up = s.headEdge(anchor);
        boolean bounded = up.isPresent() && up.get().head() >= 0 && (up.get().baseRelation().equals("ccomp")
                || up.get().baseRelation().equals("acl") || up.get().baseRelation().equals("advcl")
                && (s.children(anchor, "mark").stream().anyMatch(m -> AT_THE_TIME.contains(lemma(s, m))
                        || SEQUENCE.contains(lemma(s, m)) && !distance(m) && !distance(anchor))
                        || participleClause(anchor)
                        || s.children(anchor, "advmod").stream().anyMatch(m -> lemma(s, m).equals("when"))));
        int outer = bounded ? anchor(up.get().head()) : -1;
        BitSet own = new BitSet();
        BitSet outside = new BitSet();
        for (int k = 0; k < s.tokens().size(); k++) {
            int a = anchor(k);
            own.set(k, a == anchor);
            outside.set(k, a == outer);
        }
        return new TimeScope(own, outside);
    }

    /**
     * Whether the adverbial clause headed by {@code verb} is a bare present participle that tells what goes with the
     * act of its main clause ("posted on Twitter last week, accusing the label"; "by accusing"): no auxiliary, and no
     * mark but a preposition of manner, which the parser may take for a subject's ("posted on Twitter accusing", with
     * Twitter the subject of "accusing").
     */
    private boolean participleClause(int verb) {
        return s.token(verb).pos().equals("VBG") && s.children(verb, "aux").isEmpty()
                && s.children(verb, "mark").stream().allMatch(m -> MANNER.contains(lemma(s, m)));
    }

    /** The head of the clause {@code k} belongs to: up from {@code k} to the first word that opens a clause, or the root. */
    private int anchor(int k) {
        int i = k;
        Optional<Dependency> up = s.headEdge(i);
        while (up.isPresent() && up.get().head() >= 0 && !opensClause(up.get(), i)) {
            i = up.get().head();
            up = s.headEdge(i);
        }
        return i;
    }

    /**
     * Whether {@code i}, hanging on its head by {@code d}, opens a clause: a complement or adverbial clause (not a
     * gerund with no subject of its own, whose time the parser may hang on it: "charged with insulting the judges
     * on 2 February"; nor a participle phrase on a noun of an {@link #OCCASIONS occasion}, whose time is that of
     * the act told on it: "in a statement published Oct. 25, the group accused", "in a letter posted Tuesday", which
     * the tagger may read as a past), a conjunct verb with its own
     * subject, or a participle phrase on the object that the parser hung on the verb ({@link #misreadParticiple}).
     */
    private boolean opensClause(Dependency d, int i) {
        boolean subject = s.children(i).stream().anyMatch(c -> c.baseRelation().startsWith("nsubj"));
        if (d.baseRelation().equals("conj")) {
            return s.token(i).isVerb() && subject;
        }
        if (d.baseRelation().equals("dep")) {
            return misreadParticiple(d, i);
        }
        if (d.baseRelation().equals("advcl") && !subject && s.token(i).pos().equals("VBG")) {
            return false;
        }
        if (d.baseRelation().equals("acl") && !subject && s.token(i).pos().matches("VB[ND]")
                && OCCASIONS.contains(lemma(s, d.head()))) {
            return false;
        }
        return CLAUSES.contains(d.baseRelation());
    }

    /**
     * Whether {@code i}, hanging on the verb {@code d.head()} by a bare {@code dep}, is a participle phrase describing
     * that verb's object, which the parser read as a clause with the object for its subject: "condemned the move
     * announced on Monday" ({@code dep(condemned, announced)}, {@code nsubj(announced, move)}). A participle with no
     * auxiliary whose subject stands between the verb and it: its time is the move's, not the condemnation's.
     */
    private boolean misreadParticiple(Dependency d, int i) {
        return s.token(i).pos().equals("VBN") && s.token(d.head()).isVerb() && s.children(i, "aux").isEmpty()
                && s.children(i).stream().anyMatch(c -> c.baseRelation().startsWith("nsubj")
                        && c.dependent() > d.head() && c.dependent() < i);
    }

    /** The tokens whose time expressions may date an act: its own clause's, and the reporting or framing clause's ({@link #timeScope}). */
    record TimeScope(BitSet own, BitSet outer) {
        TimeScope {
            own = (BitSet) own.clone();
            outer = (BitSet) outer.clone();
        }
    }

    /** Edges from {@code i} up to the root: the main clause's event is the sentence's headline. */
    int depth(int i) {
        int depth = 0;
        Optional<Dependency> up = s.headEdge(i);
        while (up.isPresent() && up.get().head() >= 0 && depth < s.tokens().size()) {
            depth++;
            up = s.headEdge(up.get().head());
        }
        return depth;
    }
}
