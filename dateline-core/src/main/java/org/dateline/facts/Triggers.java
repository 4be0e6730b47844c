package org.dateline.facts;

import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;
import org.dateline.resources.TsvResource;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which words of a parsed sentence trigger an event, and with which {@link EventVocabulary} pattern: a verb
 * or predicate adjective whose lemma (with a particle, a preposition or an object lemma) is in the vocabulary,
 * or a trigger noun that is the object of a verb, a subject or the root ({@link EventExtractor} finds the
 * parties). Stateless apart from the vocabulary.
 */
final class Triggers {
    /** Nouns that only count or frame the act in their of-phrase ("a wave of arrests", "a state of siege"). */
    private static final Set<String> CONTAINERS = TsvResource.words(Triggers.class, "trigger-containers.txt");
    /**
     * Verbs whose phrase with one of these prepositions names the act: "engaged in", "took part in", "put under
     * investigation", "placed under arrest", "remained on alert", "went on strike".
     */
    private static final Map<String, Set<String>> LIGHT_VERBS = TsvResource.table(Triggers.class, "light-verbs.tsv",
            prepositions -> Set.copyOf(TsvResource.forms(prepositions)));
    /** Verbs whose subject only saw or survived the act their object names: "who witnessed the attack". */
    private static final Set<String> OBSERVERS = TsvResource.words(Triggers.class, "observer-verbs.txt");
    /** Named-entity classes of an oblique that says when, not to whom ("fired on Friday" is no "fire on"). */
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");
    /** Open waters, where a shot hits no one: "fired a missile into the sea" is no "fire into". */
    private static final Set<String> OPEN_WATERS = Set.of("sea", "ocean", "water", "waters");
    private final EventVocabulary vocabulary;

    Triggers(EventVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The pattern token {@code i} triggers as an event of its own: none when it is no trigger, when a verb
     * trigger above it codes it already, when it is a participle describing a noun, when it is a trigger noun
     * outside the slots that carry an act, or when it is a promise of an act that its complement names ("vowed to
     * shoot down the missiles" is coded by "shoot down", as announced).
     */
    Optional<EventPattern> coding(Sentence s, int i) {
        Optional<EventPattern> pattern = trigger(s, i);
        if (pattern.isEmpty() || underTrigger(s, i) || descriptive(s, i) || pattern.get().noun() && !nounSlot(s, i)
                || promisedAct(s, i)) {
            return Optional.empty();
        }
        return pattern;
    }

    /**
     * Whether {@code i} is a verb of intent ({@link Polarity#intentHead}: vow, pledge, promise) whose
     * complement names an act of its own: a verb trigger, or a verb whose object is a trigger noun ("vowed to
     * launch an attack").
     */
    private boolean promisedAct(Sentence s, int i) {
        return Polarity.intentHead(lemma(s, i)) && s.children(i).stream()
                .filter(d -> d.baseRelation().equals("xcomp") || d.baseRelation().equals("ccomp"))
                .map(Dependency::dependent)
                .anyMatch(c -> trigger(s, c).isPresent() || s.children(c, "obj").stream()
                        .anyMatch(o -> trigger(s, o).filter(EventPattern::noun).isPresent()));
    }

    /** The vocabulary pattern token {@code i} triggers, if any. */
    private Optional<EventPattern> trigger(Sentence s, int i) {
        Token t = s.token(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.isVerb() || t.pos().startsWith("JJ")) {
            return vocabulary.verb(lemma, w -> hasWord(s, i, w));
        }
        if (t.isNoun()) {
            return vocabulary.noun(lemma, w -> s.children(i).stream()
                    .anyMatch(d -> (d.baseRelation().equals("compound") || d.baseRelation().equals("amod"))
                            && lemma(s, d.dependent()).equals(w)));
        }
        return Optional.empty();
    }

    /**
     * A particle, an object's lemma or an oblique's preposition of verb {@code i} equals {@code word}; an oblique
     * of time or of open waters has none.
     */
    private static boolean hasWord(Sentence s, int i, String word) {
        if (word.equals(EventVocabulary.ANY_OBJECT)) {
            return !s.children(i, "obj").isEmpty();
        }
        for (Dependency d : s.children(i)) {
            switch (d.baseRelation()) {
                case "compound", "obj", "xcomp" -> {
                    if (lemma(s, d.dependent()).equals(word) || d.baseRelation().equals("obj")
                            && s.children(d.dependent(), "nmod").stream()
                            .anyMatch(n -> lemma(s, n).equals(word) && s.children(n, "case").stream()
                                    .anyMatch(c -> lemma(s, c).equals("of")))) {
                        return true;
                    }
                }
                case "obl" -> {
                    if (TIMES.contains(s.token(d.dependent()).ner()) || OPEN_WATERS.contains(lemma(s, d.dependent()))) {
                        continue;
                    }
                    for (int c : s.children(d.dependent(), "case")) {
                        if (lemma(s, c).equals(word)) {
                            return true;
                        }
                    }
                }
                default -> { }
            }
        }
        return false;
    }

    /**
     * Whether a verb trigger above {@code i} (through xcomp, ccomp and objects: "threatened to impose sanctions")
     * codes it already; a verb of intent does not ("vowed to impose sanctions": the sanction is coded, announced).
     */
    private boolean underTrigger(Sentence s, int i) {
        Optional<Dependency> up = s.headEdge(i);
        while (up.isPresent() && up.get().head() >= 0) {
            String rel = up.get().baseRelation();
            if (!rel.equals("xcomp") && !rel.equals("ccomp") && !rel.equals("obj")) {
                return false;
            }
            int head = up.get().head();
            if (trigger(s, head).filter(p -> !p.noun()).isPresent() && (rel.equals("obj") || !Polarity.intentHead(lemma(s, head)))) {
                return true;
            }
            up = s.headEdge(head);
        }
        return false;
    }

    /**
     * A participle describing a noun ("weapons seized last year", "the agreement signed in March") reports no new
     * act; a present participle after its noun does, with the noun as its agent ("students protesting the fees").
     */
    private static boolean descriptive(Sentence s, int i) {
        String rel = s.headEdge(i).map(Dependency::relation).orElse("root");
        return rel.equals("acl") && !s.token(i).pos().equals("VBG") || rel.equals("amod") || rel.equals("compound") || s.token(i).isVerb()
                && s.headEdge(i).filter(d -> d.head() >= 0 && rel.equals("nmod")).isPresent();
    }

    /**
     * A trigger noun counts as the object of a verb (or a conjunct of one) that does not only observe it ("who
     * witnessed the attack"), or as a subject or root.
     */
    private static boolean nounSlot(Sentence s, int i) {
        int slot = slot(s, i);
        String rel = s.headEdge(slot).map(Dependency::relation).orElse("root");
        if (rel.equals("obj") && OBSERVERS.contains(lemma(s, s.headEdge(slot).orElseThrow().head()))) {
            return false;
        }
        return rel.equals("obj") || rel.equals("root") || rel.startsWith("nsubj") || lightOblique(s, slot);
    }

    /**
     * The word whose place in the clause a trigger noun takes: itself, or the first of the conjuncts it belongs
     * to ("artillery, mortar and rocket fire"), or the object whose of-phrase it is when that object only counts or
     * frames it ("declared a state of siege", "launched a wave of arrests"; not "hailed the results of the visit").
     */
    static int slot(Sentence s, int i) {
        int slot = i;
        while (s.headEdge(slot).filter(d -> d.relation().equals("conj") && d.head() >= 0).isPresent()) {
            slot = s.headEdge(slot).orElseThrow().head();
        }
        Optional<Dependency> up = s.headEdge(slot);
        if (up.isPresent() && up.get().baseRelation().equals("nmod") && up.get().head() >= 0
                && CONTAINERS.contains(lemma(s, up.get().head()))
                && s.children(slot, "case").stream().anyMatch(c -> lemma(s, c).equals("of"))
                && s.headEdge(up.get().head()).filter(d -> d.relation().equals("obj")).isPresent()) {
            return up.get().head();
        }
        return slot;
    }

    /** A trigger noun in the phrase of a light verb carries the act: "engaged in ethnic cleansing", "put under arrest". */
    static boolean lightOblique(Sentence s, int i) {
        Optional<Dependency> up = s.headEdge(i).filter(d -> d.baseRelation().equals("obl") && d.head() >= 0);
        Set<String> cases = up.map(d -> LIGHT_VERBS.getOrDefault(lemma(s, d.head()), Set.of())).orElse(Set.of());
        return s.children(i, "case").stream().anyMatch(c -> cases.contains(lemma(s, c)));
    }

    /** The lemma of token {@code i}, in lower case. */
    static String lemma(Sentence s, int i) {
        return s.token(i).lemma().toLowerCase(Locale.ROOT);
    }
}
