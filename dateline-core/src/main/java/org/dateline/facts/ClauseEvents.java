package org.dateline.facts;

import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The events of the triggers of one sentence: takes a trigger's parties from its clause ({@link ClauseSyntax}),
 * pairs sources with targets (a reciprocal pair, a complement clause's subject, a condition's subject, a
 * recipient searched further down when no slot names one (a slot whose noun is never a party and stands for no
 * state, "against the Council's resolutions", names none; a gerund or a pronoun that names nobody still fills it);
 * a kind of actor a slot gives, "the driver", only when neither names one; whom a threat's infinitive is done to,
 * "threatened to use tear gas on them", and whom a demand told in a participle after a clause of saying asks, "told
 * the warden, calling for an explanation"), drops what the clause's {@link Polarity} rules out and the present-tense verb of a heading, and codes each pair as a draft: its parties ({@link Parties}), its act ({@link ActRules}), the signals of its confidence
 * ({@link EventConfidence}) and the tokens of its evidence.
 */
final class ClauseEvents {
    /**
     * Types whose target may be the subject of their complement clause ("demanded that Y withdraw"; a kind of actor
     * there, "investigating whether the driver fell asleep", as a slot's kind is).
     */
    private static final Set<EventType> CLAUSE_TARGETS = EnumSet.of(EventType.REQUEST, EventType.ACCUSE,
            EventType.THREATEN, EventType.REJECT);

    /**
     * Types whose coordinated subjects with no target act on each other ("X and Y held talks"); the subjects
     * of any other act do it side by side ("Both X and Y called for restraint": two requests, neither to the other).
     */
    private static final Set<EventType> RECIPROCAL = EnumSet.of(EventType.AGREE, EventType.CONSULT,
            EventType.COOPERATE);

    /** Types of acts of force, whose purpose may name whom they are done to ({@link ClauseSyntax#purposeObject}). */
    private static final Set<EventType> FORCE = EnumSet.of(EventType.ASSAULT, EventType.COERCE);

    /** The last characters of a line of running text: a sentence's end, a closing quote or bracket. */
    private static final String LINE_ENDS = ".!?:;…\"'”’)]";

    /** Pronouns that stand for no person. */
    private static final Set<String> IMPERSONAL = Set.of("it", "this", "that", "these", "those", "which", "what");

    private final Sentence s;
    private final String text;
    private final ActRules rules;
    private final PartyCoding coding;
    private final ClauseSyntax syntax;
    private final Parties parties;
    private final ArticleTopic topic;
    private final List<Party> accusers;
    private final TriggerSenses senses = TriggerSenses.get();

    /**
     * @param persons what "he" or "she" stands for
     * @param unnamed what "he" or "she" stands for where the passage names the person by no name
     * @param groups  the named actors "they" stands for
     * @param day   the article's reference day, for office holders; null when unknown
     * @param coder the coder shared by all sentences
     * @param topic what the article is about, which decides whether an ambiguous trigger is refused
     * @param accusers the sources of the accusations the sentence before told, whom a rejection of "these
     *                 accusations" answers ({@link ClauseSyntax#earlierCharge})
     */
    ClauseEvents(Annotation annotation, Sentence s, ArticleActors actors, List<Quote> quotes, SpeakerResolver persons,
                 UnnamedPersons unnamed, GroupAntecedents groups, LocalDate day, ActorCoder coder, ActRules rules,
                 ArticleTopic topic, List<Party> accusers) {
        this.s = s;
        this.text = annotation.text();
        this.accusers = accusers;
        this.topic = topic;
        this.rules = rules;
        this.coding = new PartyCoding(annotation, s, day, coder);
        this.syntax = new ClauseSyntax(s, actors, coding);
        this.parties = new Parties(s, actors, quotes, persons, unnamed, groups, coding, syntax);
    }

    /** The drafts of the trigger at {@code trigger} coded by {@code p}: one per source and target pair, or none. */
    List<EventDraft> events(int trigger, EventPattern p) {
        if (heading(trigger) || !senses.fits(s, trigger, p.head(), this::person)) {
            return List.of();
        }
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        int verb = syntax.slots(trigger, p, sources, targets);
        sources.replaceAll(syntax::appositionHead);
        targets.replaceAll(syntax::appositionHead);
        syntax.expandConjuncts(sources);
        syntax.expandConjuncts(targets);
        targets.removeAll(sources);
        targets.removeIf(syntax::afterCompass);
        List<Integer> kinds = new ArrayList<>(targets.stream().filter(k -> !syntax.namesParty(k) && syntax.actorKind(k)).toList());
        targets.removeAll(kinds);
        if (targets.isEmpty() && kinds.isEmpty() && !p.noun()) {
            List<Integer> addressed = new ArrayList<>();
            (p.event() == EventType.THREATEN ? syntax.threatened(verb) : p.event() == EventType.REQUEST
                    ? syntax.toldAddressee(verb) : Optional.<Integer>empty()).ifPresent(addressed::add);
            syntax.expandConjuncts(addressed);
            addressed.removeAll(sources);
            addressed.forEach(k -> (syntax.namesParty(k) ? targets : kinds).add(k));
        }
        boolean reciprocal = targets.isEmpty() && sources.size() > 1 && RECIPROCAL.contains(p.event());
        if (reciprocal) {
            targets.addAll(sources.subList(1, sources.size()));
            sources.subList(1, sources.size()).clear();
        }
        boolean undergone = p.noun() && syntax.undergoer(trigger).isPresent();
        if (sources.isEmpty() && targets.size() > 1 && p.noun() && !undergone) {
            sources.add(targets.remove(0));
        }
        if (p.noun() && sources.isEmpty() && !undergone) {
            return List.of();
        }
        if (CLAUSE_TARGETS.contains(p.event()) && targets.isEmpty() && !p.noun()) {
            boolean kindless = kinds.isEmpty();
            for (int c : s.children(verb, "ccomp")) {
                for (int k : syntax.subjects(c)) {
                    if (sources.contains(k) || parties.sameActor(k, sources)) {
                        continue;
                    }
                    if (syntax.namesParty(k)) {
                        targets.add(k);
                    } else if (kindless && syntax.actorKind(k)) {
                        kinds.add(k);
                    }
                }
            }
        }
        if (targets.isEmpty() && (p.event() == EventType.THREATEN || Polarity.conditional(s, verb))) {
            syntax.conditionSubject(verb).filter(k -> !sources.contains(k)).ifPresent(targets::add);
        }
        if (targets.isEmpty() && FORCE.contains(p.event())) {
            syntax.purposeObject(verb).filter(k -> !sources.contains(k)).ifPresent(targets::add);
        }
        List<Party> answered = targets.isEmpty() && p.event() == EventType.REJECT && syntax.earlierCharge(verb)
                ? accusers : List.of();
        targets.removeIf(k -> Parties.notParty(s.token(k)) && parties.party(k).name() == null);
        boolean searched = false;
        if (targets.isEmpty() && !sources.isEmpty() && !reciprocal && answered.isEmpty()) {
            syntax.nearestCodedParty(verb, p.event(), sources, !kinds.isEmpty(), k -> PartyCoding.coded(parties.party(k)))
                    .ifPresent(targets::add);
            syntax.expandConjuncts(targets);
            targets.removeAll(sources);
            searched = !targets.isEmpty();
        }
        if (targets.isEmpty() && !reciprocal) {
            targets.addAll(kinds);
        }
        Polarity polarity = Polarity.of(s, trigger, verb);
        if (polarity == Polarity.OBLIGED || polarity == Polarity.HYPOTHETICAL || polarity == Polarity.NEGATED && !rules.cooperative(p.event())) {
            return List.of();
        }
        List<EventDraft> out = new ArrayList<>();
        for (Integer src : sources.isEmpty() ? Collections.<Integer>singletonList(null) : sources) {
            List<Party> group = src == null ? List.of() : parties.group(src);
            for (Integer tgt : targets.isEmpty() ? Collections.<Integer>singletonList(null) : targets) {
                for (Party member : group.isEmpty() ? Collections.<Party>singletonList(null) : group) {
                    for (Party answer : answered.isEmpty() ? Collections.<Party>singletonList(null) : answered) {
                        EventDraft draft = draft(trigger, verb, p, polarity, src, member, tgt, answer, reciprocal);
                        if (answer != null && Parties.same(answer, draft.source())
                                || senses.refused(topic, p.head(), draft.source(), draft.target())) {
                            continue;
                        }
                        out.add(searched ? draft.withSignal(EventConfidence.SEARCHED_TARGET) : draft);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "X said Y must withdraw": a REQUEST from the subject of the reporting verb to the subject of the
     * obliged clause {@code clause}; none when the clause is not reported.
     */
    List<EventDraft> obligation(int clause) {
        Optional<Dependency> up = s.headEdge(clause);
        if (up.isEmpty() || up.get().head() < 0 || !up.get().baseRelation().equals("ccomp")
                || !Polarity.obliged(s, clause)) {
            return List.of();
        }
        int reporter = up.get().head();
        List<Integer> sources = new ArrayList<>(syntax.subjects(reporter));
        List<Integer> targets = new ArrayList<>();
        for (int subject : syntax.subjects(clause)) {
            if (!s.token(subject).isPronoun()) {
                targets.add(subject);
            } else {
                syntax.addressee(reporter).ifPresent(targets::add);
            }
        }
        if (targets.isEmpty() && syntax.subjects(clause).stream().anyMatch(k -> s.token(k).isPronoun())) {
            return List.of();
        }
        syntax.expandConjuncts(sources);
        syntax.expandConjuncts(targets);
        if (sources.isEmpty()) {
            return List.of();
        }
        EventPattern obligation = rules.obligation();
        List<EventDraft> out = new ArrayList<>();
        for (int src : sources) {
            for (Integer tgt : targets.isEmpty() ? Collections.<Integer>singletonList(null) : targets) {
                out.add(draft(clause, reporter, obligation, Polarity.PLAIN, src, null, tgt, null, false));
            }
        }
        return out;
    }

    /**
     * Whether the trigger is the verb of a heading: in the simple present, on a line that ends with no mark of a
     * sentence's end ("North Korea fires missile towards Japan" over a related link, a digest's "Velmora bans phones
     * at the wheel"). Headings are page furniture, no report; a caption in the past ("a truck that ran into a
     * crowd"), a present with an auxiliary ("has fired") and a sentence that ends with its stop are kept.
     */
    private boolean heading(int trigger) {
        String pos = s.token(trigger).pos();
        if (!pos.equals("VBZ") && !pos.equals("VBP") || !s.children(trigger, "aux").isEmpty()) {
            return false;
        }
        int newline = text.indexOf('\n', s.token(trigger).end());
        int last = newline < 0 ? text.length() - 1 : newline - 1;
        while (last >= s.token(trigger).end() && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last >= 0 && LINE_ENDS.indexOf(text.charAt(last)) < 0;
    }

    /**
     * Whether the word at {@code k} stands for persons: a personal pronoun, or a phrase with a sector ("the
     * activists", "members of the opposition").
     */
    private boolean person(int k) {
        return s.token(k).isPronoun() && !IMPERSONAL.contains(Triggers.lemma(s, k)) || coding.code(k).sector() != null;
    }

    /**
     * The draft of one source and target pair; {@code member}, when not null, is the source "they" at {@code src}
     * stands for, and {@code answer}, when not null, the target a rejection answers from the sentence before.
     */
    private EventDraft draft(int trigger, int verb, EventPattern p, Polarity polarity, Integer src, Party member,
                             Integer tgt, Party answer, boolean reciprocal) {
        Party source = member != null ? member : parties.source(src, verb);
        Party target = answer != null ? answer : parties.target(tgt, verb, source);
        ActRules.Act act = rules.act(p, polarity, Polarity.conditional(s, verb), kind -> parties.is(source, kind));
        if (answer == null) {
            target = parties.recipient(target, tgt, verb, source, act.event());
        }
        List<String> signals = EventConfidence.signals(p, act, source, target, syntax.depth(verb), topic);
        BitSet span = s.subtree(verb);
        span.set(trigger);
        if (src != null) {
            span.or(coding.phrase(src));
        }
        if (tgt != null) {
            span.or(coding.phrase(tgt));
        }
        return new EventDraft(source, target, act.event(), act.mode(), act.cameo(), span, trigger, signals,
                reciprocal && target != null, syntax.telling(verb, trigger), syntax.timeScope(verb));
    }
}
