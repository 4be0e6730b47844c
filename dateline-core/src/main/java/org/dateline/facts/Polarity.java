package org.dateline.facts;

import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.resources.TsvResource;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.dateline.facts.Triggers.lemma;

/** How a clause reports its act: as done, negated, announced (intent) or put on someone as a duty. */
enum Polarity {
    PLAIN, NEGATED, INTENT, OBLIGED;

    private static final Map<String, Set<String>> WORDS = TsvResource.wordsByTag(Polarity.class,
            "polarity-words.tsv", Set.of("negation", "negating-head", "modal", "intent-head", "condition", "obligation"));
    private static final Set<String> NEGATIONS = WORDS.get("negation");
    private static final Set<String> NEGATING_HEADS = WORDS.get("negating-head");
    private static final Set<String> MODALS = WORDS.get("modal");
    private static final Set<String> INTENT_HEADS = WORDS.get("intent-head");
    /** Marks of a condition: "will withdraw unless ...". */
    private static final Set<String> CONDITIONS = WORDS.get("condition");
    /** Modals of obligation: "X said Y must withdraw" is X asking Y. */
    private static final Set<String> OBLIGATIONS = WORDS.get("obligation");

    /**
     * The polarity of the trigger at {@code trigger} whose clause is headed by {@code verb}: negated by
     * "not"/"never"/"no" on either, or by a negated or negating head above ("failed to"); obliged by
     * must/should/ought; intent by a modal or an intent head above through xcomp ("ready to mediate").
     */
    static Polarity of(Sentence s, int trigger, int verb) {
        for (int node : new int[]{trigger, verb}) {
            for (Dependency d : s.children(node)) {
                if ((d.baseRelation().equals("advmod") || d.relation().equals("det"))
                        && NEGATIONS.contains(lemma(s, d.dependent()))) {
                    return NEGATED;
                }
            }
        }
        if (obliged(s, verb)) {
            return OBLIGED;
        }
        boolean intent = false;
        int node = verb;
        while (true) {
            for (int aux : s.children(node, "aux")) {
                intent |= MODALS.contains(lemma(s, aux));
            }
            Optional<Dependency> up = s.headEdge(node);
            if (up.isEmpty() || up.get().head() < 0 || !up.get().baseRelation().equals("xcomp")) {
                return intent ? INTENT : PLAIN;
            }
            node = up.get().head();
            String head = lemma(s, node);
            if (NEGATING_HEADS.contains(head)) {
                return NEGATED;
            }
            intent |= INTENT_HEADS.contains(head);
            for (Dependency d : s.children(node)) {
                if (d.baseRelation().equals("advmod") && NEGATIONS.contains(lemma(s, d.dependent()))) {
                    return NEGATED;
                }
            }
        }
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

    /** Whether {@code clause} is an if/unless clause. */
    static boolean conditionClause(Sentence s, int clause) {
        return s.children(clause, "mark").stream().anyMatch(m -> CONDITIONS.contains(lemma(s, m)));
    }

    /** Whether {@code clause} has a modal of obligation ("Y must withdraw"). */
    static boolean obliged(Sentence s, int clause) {
        return s.children(clause, "aux").stream().anyMatch(a -> OBLIGATIONS.contains(lemma(s, a)));
    }
}
