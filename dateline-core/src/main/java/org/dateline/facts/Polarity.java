package org.dateline.facts;

import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.resources.TsvResource;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.dateline.facts.Triggers.lemma;

/**
 * How a clause reports its act: as done, negated, announced (intent), put on someone as a duty, or only
 * imagined (a hypothetical, which is no event).
 */
enum Polarity {
    PLAIN, NEGATED, INTENT, OBLIGED, HYPOTHETICAL;

    private static final Map<String, Set<String>> WORDS = TsvResource.wordsByTag(Polarity.class,
            "polarity-words.tsv", Set.of("negation", "negating-head", "modal", "possibility", "intent-head", "unlikely-head", "condition",
                    "hypothetical-mark", "obligation", "guess", "evidence"));
    private static final Set<String> NEGATIONS = WORDS.get("negation");
    private static final Set<String> NEGATING_HEADS = WORDS.get("negating-head");
    private static final Set<String> MODALS = WORDS.get("modal");
    private static final Set<String> INTENT_HEADS = WORDS.get("intent-head");
    /** would, could, might, may: an intent where the clause is reported, else a hypothetical. */
    private static final Set<String> POSSIBILITIES = WORDS.get("possibility");
    /** Heads that leave their complement a mere possibility: "unlikely to agree". */
    private static final Set<String> UNLIKELY_HEADS = WORDS.get("unlikely-head");
    /** Marks of a clause that states no fact: "if they meet", "whether it will sign". */
    private static final Set<String> HYPOTHETICAL_MARKS = WORDS.get("hypothetical-mark");
    /** Adverbs that make a clause a guess: "he probably dismissed it". */
    private static final Set<String> GUESSES = WORDS.get("guess");
    /** Nouns whose complement clause is what they would show: "no sign that he had pledged". */
    private static final Set<String> EVIDENCE = WORDS.get("evidence");
    /** Marks of a condition: "will withdraw unless ...". */
    private static final Set<String> CONDITIONS = WORDS.get("condition");
    /** Modals of obligation: "X said Y must withdraw" is X asking Y. */
    private static final Set<String> OBLIGATIONS = WORDS.get("obligation");

    /**
     * The polarity of the trigger at {@code trigger} whose clause is headed by {@code verb}: negated by
     * "not"/"never"/"no" on either, or by a negated or negating head above ("failed to"); obliged by
     * must/should/ought; hypothetical as what denied evidence would show ("there was no sign that he had pledged":
     * neither done nor refused), in an if/whether clause, with an adverb of a guess ("probably dismissed it"), in a counterfactual ("had they attacked"), under
     * an unlikely head ("unlikely to agree"), in an imperative ("Visit the show in October"), or with
     * would/could/might/may in a clause nobody is reported to have announced ("that would help the farmers"; but
     * "X would withdraw, the minister said" is an intent);
     * intent by a modal or an intent head above through xcomp ("ready to mediate"), or by an intent head whose
     * object the trigger noun is ("proposed talks", "sought a meeting").
     */
    static Polarity of(Sentence s, int trigger, int verb) {
        if (negated(s, trigger) || negated(s, verb)) {
            return NEGATED;
        }
        if (obliged(s, verb)) {
            return OBLIGED;
        }
        boolean intent = trigger != verb && s.token(trigger).isNoun() && INTENT_HEADS.contains(lemma(s, verb));
        boolean possible = false;
        int node = verb;
        while (true) {
            if (counterfactual(s, node) || s.children(node, "mark").stream()
                    .anyMatch(m -> HYPOTHETICAL_MARKS.contains(lemma(s, m)))
                    || s.children(node, "advmod").stream().anyMatch(a -> GUESSES.contains(lemma(s, a)))) {
                return HYPOTHETICAL;
            }
            for (int aux : s.children(node, "aux")) {
                intent |= MODALS.contains(lemma(s, aux));
                possible |= POSSIBILITIES.contains(lemma(s, aux));
            }
            Optional<Dependency> up = s.headEdge(node);
            if (up.isEmpty() || up.get().head() < 0 || !up.get().baseRelation().equals("xcomp")) {
                if (unevidenced(s, node)) {
                    return HYPOTHETICAL;
                }
                if (possible && !reported(s, node) || imperative(s, node)) {
                    return HYPOTHETICAL;
                }
                return intent || possible ? INTENT : PLAIN;
            }
            node = up.get().head();
            String head = lemma(s, node);
            if (NEGATING_HEADS.contains(head)) {
                return NEGATED;
            }
            if (UNLIKELY_HEADS.contains(head)) {
                return HYPOTHETICAL;
            }
            intent |= INTENT_HEADS.contains(head);
            for (Dependency d : s.children(node)) {
                if (d.baseRelation().equals("advmod") && NEGATIONS.contains(lemma(s, d.dependent()))) {
                    return NEGATED;
                }
            }
        }
    }

    /**
     * Whether the clause at {@code clause} is the complement of a noun of evidence ("sign", "evidence", "indication")
     * that is denied: with "no" ("no evidence that they met") or under a negated verb ("there had not been any sign
     * that he had pledged").
     */
    private static boolean unevidenced(Sentence s, int clause) {
        return s.headEdge(clause).filter(e -> e.head() >= 0 && EVIDENCE.contains(lemma(s, e.head()))
                        && (e.relation().equals("acl") || e.baseRelation().equals("ccomp") || e.baseRelation().equals("dep")))
                .map(e -> negated(s, e.head()) || s.headEdge(e.head()).filter(h -> h.head() >= 0 && negated(s, h.head())).isPresent())
                .orElse(false);
    }

    /** Whether the word at {@code k} has a negation: "not", "never" or "no" as its adverb or determiner. */
    private static boolean negated(Sentence s, int k) {
        return s.children(k).stream().anyMatch(d -> (d.baseRelation().equals("advmod") || d.relation().equals("det"))
                && NEGATIONS.contains(lemma(s, d.dependent())));
    }

    /**
     * An imperative main clause, an instruction to the reader rather than a report: a verb in the base form with
     * no subject, auxiliary or mark, at the root or a conjunct of such a root ("Visit the fair and meet the
     * breeders").
     */
    private static boolean imperative(Sentence s, int clause) {
        Optional<Dependency> up = s.headEdge(clause);
        if (!s.token(clause).pos().equals("VB") || s.children(clause).stream().anyMatch(d ->
                d.baseRelation().startsWith("nsubj") || d.baseRelation().equals("expl")
                        || d.baseRelation().equals("aux") || d.baseRelation().equals("mark"))) {
            return false;
        }
        if (up.isEmpty() || up.get().head() < 0) {
            return true;
        }
        return up.get().baseRelation().equals("conj") && s.headEdge(up.get().head()).filter(d -> d.head() < 0).isPresent()
                && imperative(s, up.get().head());
    }

    /** "Had Japan shot down the missile": the auxiliary "had" before the clause's subject. */
    private static boolean counterfactual(Sentence s, int clause) {
        return s.children(clause, "aux").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("had")
                && s.children(clause).stream().anyMatch(d -> d.baseRelation().startsWith("nsubj") && d.dependent() > a));
    }

    /**
     * Whether someone is reported to say what the clause at {@code clause} states: it is the complement of a
     * verb ("said it would withdraw") or a clause under a speech verb ("quoted as saying he would be ready"), or a
     * reporting clause stands beside it ("would withdraw, the minister said"; "according to the ministry").
     */
    private static boolean reported(Sentence s, int clause) {
        int node = clause;
        Optional<Dependency> up = s.headEdge(node);
        while (up.isPresent() && up.get().head() >= 0) {
            String rel = up.get().baseRelation();
            if (rel.equals("ccomp") || rel.equals("parataxis")
                    || rel.equals("advcl") && QuoteExtractor.isSpeechVerb(lemma(s, up.get().head()))) {
                return true;
            }
            if (!rel.equals("conj") && !rel.equals("xcomp")) {
                break;
            }
            node = up.get().head();
            up = s.headEdge(node);
        }
        return s.children(node).stream().anyMatch(d -> d.baseRelation().equals("parataxis")
                || d.baseRelation().equals("advcl") && QuoteExtractor.isSpeechVerb(lemma(s, d.dependent()))
                || d.baseRelation().equals("obl") && s.children(d.dependent(), "case").stream()
                .anyMatch(c -> s.token(c).word().equalsIgnoreCase("according")));
    }

    /**
     * Whether the verb {@code lemma} makes its complement an intention ("ready to mediate", "vowed to shoot down"):
     * a trigger under such a verb is coded as the act announced ({@link Triggers}).
     */
    static boolean intentHead(String lemma) {
        return INTENT_HEADS.contains(lemma);
    }

    /** "will withdraw unless ...", "would meet if ...": an announcement on a condition is a threat. */
    static boolean conditional(Sentence s, int verb) {
        for (int clause : s.children(verb, "advcl")) {
            if (conditionClause(s, clause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause at {@code clause} announces something: it has a modal ("will", "could") or a
     * condition ("if they cross the line, ..."), and it is no guess at what is under way ("may be trying to split
     * the alliance"). "Warned that the talks will fail" does; "warned that migrants are at risk" does not.
     */
    static boolean announces(Sentence s, int clause) {
        boolean progressive = s.token(clause).pos().equals("VBG")
                && s.children(clause, "aux").stream().anyMatch(a -> lemma(s, a).equals("be"));
        return !progressive && s.children(clause, "aux").stream().anyMatch(a -> MODALS.contains(lemma(s, a))
                || POSSIBILITIES.contains(lemma(s, a))) || conditional(s, clause);
    }

    /** Whether {@code clause} is an if/unless clause. */
    static boolean conditionClause(Sentence s, int clause) {
        return s.children(clause, "mark").stream().anyMatch(m -> CONDITIONS.contains(lemma(s, m)));
    }

    /** Whether {@code clause} has a modal of obligation ("Y must withdraw"). */
    static boolean obliged(Sentence s, int clause) {
        return s.children(clause, "aux").stream().anyMatch(a -> OBLIGATIONS.contains(lemma(s, a)));
    }
}
