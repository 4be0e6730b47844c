package org.dateline.facts;

import org.dateline.model.Party;
import org.dateline.model.Sector;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.resources.TsvResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import static org.dateline.facts.Triggers.lemma;

/**
 * Which senses of a trigger word are events, by the rules of {@code trigger-senses.tsv} over the argument classes
 * of {@code argument-words.tsv} (their headers document the formats): a release needs persons released, an
 * attack a victim that can be hurt ("shot a video", "shot to fame" and "killed in a crash" are none), a refusal
 * something refused ("declined to comment" is none), a return something returned ("returned to Paris" is travel),
 * a permission a subject that can act ("the update allows users to" is none), a demand by "insist" a demanded act
 * ("insisted there was no fight" is an assertion), a warning a threat ("warned residents to stay indoors" is
 * advice), an interview is no consultation, an end or a cut is a sanction only of ties, aid, talks or trade ("ended
 * up in Tarsk" is none), a decline needs something declined ("his health declined" is none), a call asks for
 * something, a remark that "struck me as odd" is no attack, and in an article that is not about public affairs
 * ({@link ArticleTopic}) an ambiguous trigger ("beat", "sign", "release") needs a political party. A trigger whose
 * subject is the generic "you" ("you can charge the phone") is never an event. A charge of a sum or a fee is no
 * accusation, a rocket that blows up destroys nothing, a demonstration of strength is no protest, and only a subject
 * that is no thing threatens ("settlements threaten the peace plan" is a danger, no threat made). An agreement names
 * what is agreed, a partner or two sides ("the spokesman agreed" only assents). A recognition is of someone who can act
 * or of a polity ("recognized her mistake" is none), a deployment is of forces ("technologies are deployed" is none),
 * a signed letter or certificate is no agreement, a court hearing is no inquiry, a rally of markets ("stocks
 * rallied") is no protest, nor is a restraint demonstrated, even as a subject where the parser makes one of it. Immutable and shared.
 */
final class TriggerSenses {
    /** What a rule asks of a trigger's arguments. */
    enum Rule { NEEDS, NEVER, POLITICAL, OBJECT, BARE, AGENT, DIRECTIVE, MEDIA, THREAT, ANNOUNCES, TRANSITIVE, SEEMING, ABOUT,
        NO_CLAUSE, THING, ACCORD, ACTOR }

    /** One rule for a trigger lemma: {@code argumentClass} is a class of argument-words.tsv, null for none. */
    record Sense(Rule rule, String argumentClass) {
    }

    /** The class that named persons, personal pronouns and words with a sector belong to as well. */
    static final String PERSON = "person";
    /** Sectors of a party that makes an act political in any article: states, armed groups, parties, IGOs. */
    private static final Set<Sector> POLITICAL = Set.of(Sector.GOV, Sector.MIL, Sector.COP, Sector.SPY, Sector.JUD,
            Sector.LEG, Sector.PTY, Sector.OPP, Sector.REB, Sector.UAF, Sector.IGO, Sector.PRE);

    /** The class of things that cannot be hurt ("a video"), which are no persons whatever their phrase holds. */
    static final String NO_VICTIM = "no-victim";
    /** The class of what is charged for ("a fee"), which a sum of money is of too ("charged them $500"). */
    static final String AMOUNT = "amount";
    /** Named-entity classes of persons: "released Ana Lobo", "freed 200 Palestinians". */
    private static final Set<String> PERSONS = Set.of("PERSON", "NATIONALITY");
    /** Named-entity classes of a subject that can act besides persons: organisations and places standing for states. */
    private static final Set<String> AGENTS = Set.of("ORGANIZATION", "LOCATION", "COUNTRY", "STATE_OR_PROVINCE",
            "CITY", "GPE");

    /** Prepositions of an oblique that names what is demanded: "insisted on talks", "asked for aid". */
    private static final Set<String> DEMANDED = Set.of("on", "for");
    /** The preposition of a predicate that judges: "struck me as odd". */
    private static final Set<String> AS = Set.of("as");
    /** The preposition of what a talk is about, and those of the party it is held with. */
    private static final Set<String> ABOUT = Set.of("about");
    private static final Set<String> COUNTERPART = Set.of("with", "to");
    /** The prepositions of what is agreed on or of the party agreed with: "agreed on a truce", "agreed with Dravia". */
    private static final Set<String> ACCORDED = Set.of("on", "upon", "over", "to", "with");
    /** Pronouns that stand for two sides or more: "they agreed". */
    private static final Set<String> SIDES = Set.of("they", "we");
    /** Named-entity classes of a time, which a relative clause may describe ("the day they rallied"). */
    private static final Set<String> WHEN = Set.of("DATE", "TIME", "DURATION");
    /** Named-entity classes of a patient that is a quantity: "the index declined 0.3%". */
    private static final Set<String> QUANTITIES = Set.of("PERCENT", "MONEY", "NUMBER", "ORDINAL");
    /** Nouns that stand for a share of their of-phrase: "suspended part of its aid". */
    private static final Set<String> PARTITIVES = Set.of("part", "portion", "half", "rest", "bulk", "most", "some",
            "all", "much", "share");

    private static final TriggerSenses DEFAULT = load();

    private final Map<String, List<Sense>> senses;
    private final Map<String, Set<String>> classes;

    private TriggerSenses(Map<String, List<Sense>> senses, Map<String, Set<String>> classes) {
        this.senses = senses;
        this.classes = classes;
    }

    static TriggerSenses get() {
        return DEFAULT;
    }

    /**
     * Whether the trigger at {@code trigger} with lemma {@code lemma} is used in an event's sense: its patient
     * is of the class a {@code needs} rule asks for, and none of its arguments of a class a {@code never} rule
     * rules out. {@code person} tells whether an argument token is a person beyond the listed words (a named
     * person, a pronoun, a word with a sector).
     */
    boolean fits(Sentence s, int trigger, String lemma, IntPredicate person) {
        if (genericYou(s, trigger)) {
            return false;
        }
        for (Sense sense : senses.getOrDefault(lemma, List.of())) {
            boolean fits = switch (sense.rule()) {
                case NEEDS -> patients(s, trigger).stream().anyMatch(k -> in(s, k, sense.argumentClass(), person));
                case NEVER -> arguments(s, trigger).stream().noneMatch(k -> in(s, k, sense.argumentClass(), person));
                case OBJECT -> !patients(s, trigger).isEmpty() || !travel(s, trigger);
                case BARE -> bare(s, trigger);
                case AGENT -> s.children(trigger, "nsubj").stream().allMatch(k -> agent(s, k, person));
                case DIRECTIVE -> directive(s, trigger);
                case THREAT -> threatens(s, trigger, person);
                case ANNOUNCES -> announces(s, trigger);
                case TRANSITIVE -> transitive(s, trigger);
                case SEEMING -> s.children(trigger).stream().noneMatch(d -> s.token(d.dependent()).pos().startsWith("JJ")
                        && hasCase(s, d.dependent(), AS));
                case ABOUT -> !obliqueWith(s, trigger, ABOUT) || obliqueWith(s, trigger, COUNTERPART)
                        || s.children(trigger, "nsubj").stream().anyMatch(k -> !s.children(k, "conj").isEmpty()
                        || !s.children(k, "nummod").isEmpty());
                case NO_CLAUSE -> s.children(trigger).stream().noneMatch(d -> d.baseRelation().equals("ccomp")
                        || d.baseRelation().equals("xcomp") || d.baseRelation().equals("dep") && s.token(d.dependent()).isVerb());
                case THING -> subjects(s, trigger).stream().noneMatch(k -> in(s, k, sense.argumentClass(), person));
                case ACCORD -> transitive(s, trigger) && !introducesSpeech(s, trigger) || obliqueWith(s, trigger, ACCORDED)
                        || subjects(s, trigger).stream().anyMatch(k -> sides(s, k));
                case ACTOR -> patients(s, trigger).stream().anyMatch(k -> agent(s, k, person)
                        || in(s, k, sense.argumentClass(), person));
                case POLITICAL, MEDIA -> true;
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an event of the trigger {@code lemma} between {@code source} and {@code target} (either null) is
     * refused in an article of topic {@code topic}: a non-political article, an ambiguous trigger, and no party
     * of a political sector; or a trigger of talk with the media on either side (an interview).
     */
    boolean refused(ArticleTopic topic, String lemma, Party source, Party target) {
        List<Sense> rules = senses.getOrDefault(lemma, List.of());
        if (rules.stream().anyMatch(x -> x.rule() == Rule.MEDIA) && (media(source) || media(target))) {
            return true;
        }
        return !topic.political() && rules.stream().anyMatch(x -> x.rule() == Rule.POLITICAL)
                && !political(source) && !political(target);
    }

    private static boolean media(Party p) {
        return p != null && p.sector() == Sector.MED;
    }

    /**
     * A subject that can act: a pronoun (which may stand for a state: "Iraq said it would allow"), a person (as
     * {@link #in} tells), an organisation or a place; not a thing ("the update allows users", "their proximity
     * provides protection").
     */
    private boolean agent(Sentence s, int k, IntPredicate person) {
        return s.token(k).isPronoun() || in(s, k, PERSON, person) || AGENTS.contains(s.token(k).ner());
    }

    /**
     * The trigger's subject, or the object of the verb whose complement it is ("this lets you charge"), is the
     * generic "you" of a guide or a review.
     */
    private static boolean genericYou(Sentence s, int trigger) {
        List<Integer> subjects = new ArrayList<>(s.children(trigger, "nsubj"));
        s.headEdge(trigger).filter(e -> e.baseRelation().equals("xcomp") && e.head() >= 0)
                .ifPresent(e -> subjects.addAll(s.children(e.head(), "obj")));
        return subjects.stream().anyMatch(k -> lemma(s, k).equals("you"));
    }

    /**
     * The trigger's subjects, a relative pronoun standing for the noun its clause describes ("rockets that threaten
     * the town"); a conjunct with none shares those of the word it is a conjunct of ("are illegal and threaten").
     */
    private static List<Integer> subjects(Sentence s, int trigger) {
        if (s.children(trigger, "nsubj").isEmpty()) {
            return s.headEdge(trigger).filter(e -> e.baseRelation().equals("conj") && e.head() >= 0)
                    .map(e -> subjects(s, e.head())).orElse(List.of());
        }
        List<Integer> out = new ArrayList<>();
        for (int k : s.children(trigger, "nsubj")) {
            out.add(s.token(k).pos().startsWith("W") || lemma(s, k).equals("that")
                    ? s.headEdge(trigger).filter(e -> e.relation().startsWith("acl") && e.head() >= 0)
                    .map(Dependency::head).orElse(k) : k);
        }
        return out;
    }

    /**
     * Whether the trigger moves its subject somewhere: an oblique with "to" or "from" ("returned to Paris from
     * Avignon") or "home".
     */
    private static boolean travel(Sentence s, int trigger) {
        return s.children(trigger).stream().anyMatch(d -> lemma(s, d.dependent()).equals("home")
                || d.baseRelation().equals("obl") && s.children(d.dependent(), "case").stream()
                .anyMatch(c -> lemma(s, c).equals("to") || lemma(s, c).equals("from")));
    }

    /**
     * Whether the trigger acts on nothing: no patient or complement clause ("demonstrated its skill", "restraint was
     * demonstrated", "the restraint they demonstrated", "demonstrated that it could" are none; an infinitive is a
     * purpose: "rallied to demand").
     */
    private static boolean bare(Sentence s, int trigger) {
        return patients(s, trigger).isEmpty() && s.children(trigger, "ccomp").isEmpty();
    }

    /**
     * Whether the trigger heads a relative clause whose noun is its object: the clause has a subject of its own and
     * no relative word, and the noun is no time ("the restraint they demonstrated", "whose computers the police
     * seized"; not "the senator who hailed from", "the square where they rallied", "the day they rallied").
     */
    private static boolean relativeObject(Sentence s, int trigger, Dependency up) {
        return up.relation().equals("acl:relcl") && !WHEN.contains(s.token(up.head()).ner())
                && !s.children(trigger, "nsubj").isEmpty() && s.children(trigger).stream().noneMatch(d -> wh(s, d.dependent()));
    }

    /** Whether the token at {@code k} is a relative or question word ("who", "that", "where", "whose"). */
    private static boolean wh(Sentence s, int k) {
        return s.token(k).pos().startsWith("W") || lemma(s, k).equals("that");
    }

    /**
     * Whether every complement clause of the trigger announces something ("warned that it will respond", "vowed
     * that it would retaliate", "warned that if they cross the line, ..."), so that it states no plain fact
     * ("warned that migrants are at risk", "vowed that his goal is parity").
     */
    private static boolean announces(Sentence s, int trigger) {
        return s.children(trigger, "ccomp").stream().allMatch(c -> Polarity.announces(s, c));
    }

    /**
     * Whether a warning is a threat: it gives no advice ("warned residents to stay indoors"), and every complement
     * clause announces a condition ("warned that if they cross the line, ...") or an act of a subject that can act,
     * a name among them ("warned that it will respond", "Velmora could close its border, the minister warned"),
     * not a forecast about things ("warned that the death toll could rise", "warned that the talks will fail").
     */
    private boolean threatens(Sentence s, int trigger, IntPredicate person) {
        return s.children(trigger, "xcomp").isEmpty() && s.children(trigger, "ccomp").stream()
                .allMatch(c -> Polarity.announces(s, c) && (Polarity.conditional(s, c)
                        || s.children(c, "nsubj").stream().allMatch(k -> s.token(k).pos().startsWith("NNP")
                        || agent(s, k, person))));
    }

    /**
     * Whether the trigger demands an act: an "on" or "for" oblique or noun modifier ("insisted on talks", "asked
     * Portugal for aid", "the call for talks"), an infinitive ("asked them to leave", "calls to halt the
     * deployment"), or a complement clause with a modal of obligation or in the subjunctive ("insisted that he
     * must go", "insisted that he resign"); not an assertion ("insisted there had been no fight"), a question
     * ("asked how it was possible", "asked the witness about the call", "asked on whose authority") or a call that
     * asks nothing ("made the necessary calls", "a judgement call").
     */
    private static boolean directive(Sentence s, int trigger) {
        if (!s.children(trigger, "xcomp").isEmpty() || obliques(s, trigger, DEMANDED).stream().anyMatch(k -> !question(s, k))
                || s.token(trigger).isNoun() && infinitiveAfter(s, trigger)) {
            return true;
        }
        return s.children(trigger, "ccomp").stream().anyMatch(c -> Polarity.obliged(s, c)
                || s.token(c).pos().equals("VB") && s.children(c, "aux").isEmpty());
    }

    /**
     * Whether a to-infinitive follows the noun at {@code noun} ("calls to halt the deployment"), wherever the parser
     * hung it (on the noun, or on the verb whose object the noun is).
     */
    private static boolean infinitiveAfter(Sentence s, int noun) {
        int to = noun + 1;
        return to < s.tokens().size() && s.token(to).pos().equals("TO")
                && s.headEdge(to).filter(d -> d.head() >= 0 && s.token(d.head()).isVerb()).isPresent();
    }

    /** Whether the trigger has an oblique or noun modifier with one of the prepositions {@code cases}. */
    private static boolean obliqueWith(Sentence s, int trigger, Set<String> cases) {
        return !obliques(s, trigger, cases).isEmpty();
    }

    /** The trigger's obliques and noun modifiers with one of the prepositions {@code cases}. */
    private static List<Integer> obliques(Sentence s, int trigger, Set<String> cases) {
        return s.children(trigger).stream().filter(d -> (d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))
                && hasCase(s, d.dependent(), cases)).map(Dependency::dependent).toList();
    }

    /** Whether the phrase at {@code k} is a question: it is or holds a question word ("on whose authority"). */
    private static boolean question(Sentence s, int k) {
        return s.token(k).pos().startsWith("W") || s.children(k).stream().anyMatch(d -> s.token(d.dependent()).pos().startsWith("W"));
    }

    private static boolean hasCase(Sentence s, int k, Set<String> cases) {
        return s.children(k, "case").stream().anyMatch(c -> cases.contains(lemma(s, c)));
    }

    /**
     * Whether the trigger acts on something: a complement clause ("declined to sign") or a patient that is no
     * number or amount ("declined the offer"; not "the index declined 0.3%", "his health declined").
     */
    private static boolean transitive(Sentence s, int trigger) {
        return !s.children(trigger, "xcomp").isEmpty() || !s.children(trigger, "ccomp").isEmpty()
                || patients(s, trigger).stream().anyMatch(k -> !s.token(k).pos().equals("CD")
                && !QUANTITIES.contains(s.token(k).ner()));
    }

    /** Whether a colon follows the trigger: what comes after it is what was said ("Smith agreed: ..."). */
    private static boolean introducesSpeech(Sentence s, int trigger) {
        return trigger + 1 < s.tokens().size() && s.token(trigger + 1).word().equals(":");
    }

    /**
     * Whether the subject at {@code k} is two sides or more: coordinated ("Dravia and Velmora agreed"), counted
     * ("the two leaders"), a plural noun or "they"/"we"; an agreement of one party that names nothing agreed and
     * no partner ("the spokesman agreed", "Smith agreed: ...") only assents to what was said.
     */
    private static boolean sides(Sentence s, int k) {
        return !s.children(k, "conj").isEmpty() || !s.children(k, "nummod").isEmpty()
                || s.token(k).pos().equals("NNS") || s.token(k).pos().equals("NNPS") || SIDES.contains(lemma(s, k));
    }

    private static boolean political(Party p) {
        return p != null && p.sector() != null && POLITICAL.contains(p.sector());
    }

    /** Whether {@code lemma} is one of the listed words of a person ("hostage", "son", "minister"). */
    boolean person(String lemma) {
        return classes.getOrDefault(PERSON, Set.of()).contains(lemma);
    }

    /**
     * Whether the argument at {@code k} is of class {@code name} (a numeral or a share by its of-phrase: "21 of the
     * girls", "part of its aid").
     */
    private boolean in(Sentence s, int k, String name, IntPredicate person) {
        Set<String> words = classes.getOrDefault(name, Set.of());
        if (words.contains(lemma(s, k)) || words.contains(s.token(k).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (name.equals(AMOUNT) && "MONEY".equals(s.token(k).ner())) {
            return true;
        }
        if (name.equals(PERSON) && !classes.getOrDefault(NO_VICTIM, Set.of()).contains(lemma(s, k))
                && (person.test(k) || PERSONS.contains(s.token(k).ner()))) {
            return true;
        }
        return (s.token(k).pos().equals("CD") || PARTITIVES.contains(lemma(s, k)))
                && s.children(k, "nmod").stream().anyMatch(n -> in(s, n, name, person));
    }

    /**
     * The patient of a trigger: its objects, a passive's subjects, a trigger noun's of-phrases and possessor, the
     * noun a participle describes ("images shot with the new phone") or the object a relative clause leaves out
     * ({@link #relativeObject}: "the restraint both sides demonstrated"); not the noun a relative clause's subject
     * stands for ("the senator, who hailed from the party": the senator acts).
     */
    private static List<Integer> patients(Sentence s, int trigger) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(trigger)) {
            String rel = d.relation();
            if (d.baseRelation().equals("obj") || rel.equals("nsubj:pass") || rel.equals("nsubj:xsubj")
                    || rel.equals("nmod:poss") && s.token(trigger).isNoun() || d.baseRelation().equals("nmod") && s.children(d.dependent(), "case").stream()
                    .anyMatch(c -> lemma(s, c).equals("of"))) {
                out.add(d.dependent());
            }
        }
        if (s.token(trigger).isVerb() && out.isEmpty()) {
            s.headEdge(trigger).filter(e -> e.head() >= 0 && (e.relation().startsWith("acl")
                            && s.children(trigger, "nsubj").isEmpty() || relativeObject(s, trigger, e)))
                    .ifPresent(e -> out.add(e.head()));
        }
        return out;
    }

    /**
     * Every argument of a trigger: its patients, complements, obliques and adverbial clauses with a
     * conjunction or "when" ("killed when the tram derailed"), and a trigger noun's modifiers ("a lunar probe").
     */
    private static List<Integer> arguments(Sentence s, int trigger) {
        List<Integer> out = patients(s, trigger);
        boolean noun = s.token(trigger).isNoun();
        for (Dependency d : s.children(trigger)) {
            String rel = d.baseRelation();
            if (rel.equals("xcomp") || rel.equals("obl") || rel.equals("ccomp")
                    || rel.equals("advcl") && s.children(d.dependent()).stream().anyMatch(c -> c.relation().equals("mark")
                    || c.relation().equals("advmod") && lemma(s, c.dependent()).equals("when"))
                    || noun && (rel.equals("amod") || rel.equals("compound"))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private static TriggerSenses load() {
        Map<String, Set<String>> classes = new HashMap<>();
        for (String[] row : TsvResource.rows(TriggerSenses.class, "argument-words.tsv", 2)) {
            if (classes.put(row[0], Set.copyOf(TsvResource.forms(row[1]))) != null) {
                throw new IllegalStateException("argument-words.tsv lists class " + row[0] + " twice");
            }
        }
        Map<String, List<Sense>> senses = new HashMap<>();
        for (String[] row : TsvResource.rows(TriggerSenses.class, "trigger-senses.tsv", 3)) {
            Sense sense = new Sense(Rule.valueOf(row[1].toUpperCase(Locale.ROOT)), row[2].equals("-") ? null : row[2]);
            if (sense.argumentClass() != null && !classes.containsKey(sense.argumentClass())) {
                throw new IllegalStateException("trigger-senses.tsv names an unknown class " + row[2]);
            }
            for (String lemma : TsvResource.forms(row[0])) {
                senses.computeIfAbsent(lemma, x -> new ArrayList<>()).add(sense);
            }
        }
        senses.replaceAll((k, v) -> List.copyOf(v));
        return new TriggerSenses(Map.copyOf(senses), Map.copyOf(classes));
    }
}
