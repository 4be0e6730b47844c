package org.dateline.facts;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.IsoDay;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Mention;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.dateline.facts.Triggers.lemma;

/**
 * Finds who did what to whom in the dependency parse and codes it in PLOVER with {@link EventVocabulary}.
 *
 * <ul>
 *   <li><b>Triggers</b> ({@link Triggers}): a verb or predicate adjective whose lemma (with a particle, a preposition or an
 *       object lemma) is in the vocabulary, or a trigger noun that is the object of a verb that is not a
 *       trigger itself ("held talks") or the subject or root with parties of its own ("talks between X and
 *       Y"). A trigger under another trigger through {@code xcomp}/{@code ccomp} is coded by the outer one
 *       only: "threatened to impose sanctions" is one THREATEN. A participle describing a noun ("the weapons
 *       seized last year") is no trigger.</li>
 *   <li><b>Source</b>: the subject, taken from the governing clause when the trigger has none ("ready to
 *       mediate", "arrived and met"), the {@code by}-agent of a passive, a possessor ("the envoy's visit"); a
 *       pronoun becomes the speaker of a quote in the same sentence. <b>Target</b>: the object (a passive's
 *       subject), or an oblique with with/to/against/on/at/from/toward, or the possessor of an object that
 *       names no party ("rejected Armenia's proposal"). Coordinated subjects with no target are the two
 *       sides of one event: "X and Y held talks" is X → Y. A protest naming no recipient is against the
 *       government of its country, an {@linkplain Party#implied() implied} party.</li>
 *   <li><b>Negation</b> ({@link Polarity}; "not", "never", "no talks", "failed to"): a negated cooperative event is coded
 *       REJECT ("will never agree"), any other negated event is dropped. <b>Modality</b> (will, would, may,
 *       could, or under ready/willing/plan/intend/hope/want/seek/expect...) makes a statement of intent, coded as
 *       CAMEO does: an announced cooperative act is AGREE with mode {@code intent} and the "express intent" code
 *       (039 for "ready to mediate"), an announced conflictual act, or any announced act on a condition ("will withdraw
 *       unless"), is THREATEN with mode {@code intent}; both get
 *       a lower confidence. <b>Obligation</b>: "X said Y must withdraw" is a REQUEST from X to Y, and the
 *       obliged act itself is not coded.</li>
 *   <li><b>Date</b>: the resolved time expression of the sentence nearest the trigger, else the dateline's
 *       date or the publication day, with what it rests on ({@link FactDate}). <b>Place</b>: a location named after "in", "at", "near", "throughout" or "across" in the sentence, else the
 *       dateline's place, else null.</li>
 * </ul>
 * Parties resolve to actors through {@link ArticleActors#mentionAt}; a pronoun in a reported clause is the
 * reporter ("Hungary said it will"), else ("I", "we", "he", "she") the speaker of a quote in the sentence;
 * an actor is never its own target; an unresolved party keeps the
 * words as written with a null actor. Confidence starts at 0.9 for a two-word pattern and 0.8 for one word, and falls with an unresolved or missing party, modality and the trigger's depth in the parse. The evidence runs from the first to the last word of the trigger's clause and
 * its parties. Stateless; one instance serves all threads.
 */
public final class EventExtractor {
    private static final Set<String> TARGET_CASES = Set.of("with", "to", "against", "on", "at", "from", "toward",
            "towards", "into");
    /** Named-entity classes that never name a party. */
    private static final Set<String> NOT_PARTIES = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");
    /** Relations the search for a recipient further down a clause does not follow. */
    private static final Set<String> SEARCH_STOPS = Set.of("advcl", "parataxis", "csubj", "punct", "mark", "cc",
            "discourse", "vocative", "reparandum", "orphan", "list");
    /** Confidence factor for a recipient found by that search rather than in a slot of the trigger. */
    private static final double SEARCHED_TARGET = 0.85;
    /** Named-entity classes of a party whose country is its own, not its counterpart's. */
    private static final Set<String> NAMED_ELSEWHERE = Set.of("PERSON", "LOCATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE", "NATIONALITY");
    /** Cooperative types: negated, they are coded REJECT. */
    private static final Set<String> REVERSIBLE = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT");
    /** Conflictual types whose announcement is a threat ("will boycott", "would impose sanctions"). */
    private static final Map<String, String> THREAT_CAMEO = Map.of("PROTEST", "133", "SANCTION", "132", "COERCE",
            "137", "ASSAULT", "138", "MOBILIZE", "138");
    /** Pronouns that stand for the speaker of a quote around them ("I", "we"; "he" in "he said"). */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("i", "we", "he", "she");
    /** Pronouns that, inside a quote, are its speaker ("'We are trying to help,' the agency quoted him as saying"). */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    /** Types whose target may be the subject of their complement clause ("demanded that Y withdraw"). */
    private static final Set<String> CLAUSE_TARGETS = Set.of("REQUEST", "ACCUSE", "THREATEN", "REJECT");
    private static final EventPattern OBLIGATION = new EventPattern("must", null, false, "REQUEST", null, "100");
    /** CAMEO "express intent" codes for the cooperative types. */
    private static final Map<String, String> INTENT_CAMEO = Map.of("AGREE", "030", "CONSULT", "036", "SUPPORT",
            "032", "CONCEDE", "035", "COOPERATE", "031", "AID", "033", "RETREAT", "035");

    private final Triggers triggers;
    private final Countries countries = Countries.get();
    private final Organisations organisations = Organisations.get();
    private final ActorCoder coder = new ActorCoder();

    public EventExtractor() {
        this(EventVocabulary.get());
    }

    public EventExtractor(EventVocabulary vocabulary) {
        this.triggers = new Triggers(vocabulary);
    }

    /**
     * The events of one article, in text order, each once (two triggers coding the same act on the same span keep
     * the more confident). An event needs at least one known party: a named actor, a
     * noun phrase as written, or a pronoun resolved to one; "what was agreed" or "the understanding is
     * growing" name nobody and give no event.
     *
     * @param annotation the annotation of (a prefix of) {@code article.text()}
     * @param actors     the article's actors as {@link ActorResolver} found them in {@code annotation}
     * @param quotes     its quotes, whose speakers stand for pronoun subjects
     * @param times      its resolved times
     */
    public List<Event> extract(Article article, Annotation annotation, ArticleActors actors, List<Quote> quotes,
                               List<TimeMention> times) {
        List<Event> events = new ArrayList<>();
        for (Sentence s : annotation.sentences()) {
            Clause clause = new Clause(annotation, s, actors, quotes, article.referenceDay());
            for (Token t : s.tokens()) {
                if (t.isVerb() || t.pos().startsWith("JJ")) {
                    clause.obligation(t.index()).forEach(draft -> events.add(draft.toEvent(article, annotation, s, times)));
                }
                triggers.coding(s, t.index()).ifPresent(pattern -> clause.events(t.index(), pattern)
                        .forEach(draft -> events.add(draft.toEvent(article, annotation, s, times))));
            }
        }
        events.removeIf(e -> e.source().name() == null && e.target() == null);
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event e : events) {
            byId.merge(e.id(), e, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return List.copyOf(byId.values());
    }


    /** The parties, modality and evidence of the triggers of one sentence. */
    private final class Clause {
        private final Annotation annotation;
        private final Sentence s;
        private final ArticleActors actors;
        private final List<Quote> quotes;
        private final PartyCoding coding;

        Clause(Annotation annotation, Sentence s, ArticleActors actors, List<Quote> quotes, LocalDate day) {
            this.annotation = annotation;
            this.s = s;
            this.actors = actors;
            this.quotes = quotes;
            this.coding = new PartyCoding(annotation, s, day, coder);
        }

        List<EventDraft> events(int trigger, EventPattern p) {
            int verb = trigger;
            List<Integer> sources = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            if (p.noun()) {
                int slot = Triggers.slot(s, trigger);
                String rel = s.headEdge(slot).map(Dependency::relation).orElse("root");
                if (rel.equals("obj") || Triggers.lightOblique(s, slot)) {
                    verb = s.headEdge(slot).orElseThrow().head();
                    sources.addAll(subjects(verb));
                    s.children(verb, "iobj").stream().filter(this::namesParty).forEach(targets::add);
                    targets.addAll(obliques(verb));
                }
                nominalParties(trigger, sources, targets);
            } else {
                sources.addAll(subjects(verb));
                targets.addAll(objects(verb, p));
                targets.addAll(obliques(verb));
                if ("visit".equals(p.mode())) {
                    s.children(verb, "obl").stream().filter(o -> coding.hasCase(o, "in") && namesParty(o)).forEach(targets::add);
                }
                if (p.word() != null) {
                    s.children(verb, "obj").stream().filter(o -> lemma(s, o).equals(p.word()))
                            .forEach(o -> nominalParties(o, sources, targets));
                }
            }
            sources.replaceAll(this::appositionHead);
            targets.replaceAll(this::appositionHead);
            expandConjuncts(sources);
            expandConjuncts(targets);
            targets.removeAll(sources);
            boolean reciprocal = targets.isEmpty() && sources.size() > 1;
            if (reciprocal) {
                targets.addAll(sources.subList(1, sources.size()));
                sources.subList(1, sources.size()).clear();
            }
            if (sources.isEmpty() && targets.size() > 1 && p.noun()) {
                sources.add(targets.remove(0));
            }
            if (p.noun() && sources.isEmpty()) {
                return List.of();
            }
            if (CLAUSE_TARGETS.contains(p.event()) && targets.isEmpty() && !p.noun()) {
                for (int c : s.children(verb, "ccomp")) {
                    subjects(c).stream().filter(k -> namesParty(k) && !sameActor(k, sources)).forEach(targets::add);
                }
                targets.removeAll(sources);
            }
            if (targets.isEmpty() && (p.event().equals("THREATEN") || Polarity.conditional(s, verb))) {
                conditionSubject(verb).filter(k -> !sources.contains(k)).ifPresent(targets::add);
            }
            boolean searched = false;
            if (targets.isEmpty() && !sources.isEmpty() && !reciprocal) {
                nearestCodedParty(verb, sources).ifPresent(targets::add);
                expandConjuncts(targets);
                targets.removeAll(sources);
                searched = !targets.isEmpty();
            }
            Polarity polarity = Polarity.of(s, trigger, verb);
            if (polarity == Polarity.OBLIGED || polarity == Polarity.NEGATED && !REVERSIBLE.contains(p.event())) {
                return List.of();
            }
            List<EventDraft> out = new ArrayList<>();
            List<Integer> sourceList = sources.isEmpty() ? Collections.singletonList(null) : sources;
            List<Integer> targetList = targets.isEmpty() ? Collections.singletonList(null) : targets;
            for (Integer src : sourceList) {
                for (Integer tgt : targetList) {
                    EventDraft draft = draft(trigger, verb, p, polarity, src, tgt, reciprocal);
                    out.add(searched ? draft.withConfidence(draft.confidence() * SEARCHED_TARGET) : draft);
                }
            }
            return out;
        }

        /** Whether the party at {@code i} is the actor of one of {@code sources} ("he" for the speaker). */
        private boolean sameActor(int i, List<Integer> sources) {
            String actor = party(i).actor();
            return actor != null && sources.stream().anyMatch(k -> actor.equals(party(k).actor()));
        }

        /**
         * The recipient a clause names further down when no slot gave one ("offered to hand over to Britain",
         * "lifted a curfew in Montenegro", "threatened to break relations with Russia"): the party nearest to
         * {@code verb} in the parse, below it but outside its subjects, adverbial and paratactic clauses and
         * "according to" attributions, that
         * is a named actor or is coded with a country or as an international organisation.
         */
        private Optional<Integer> nearestCodedParty(int verb, List<Integer> sources) {
            BitSet excluded = new BitSet();
            sources.forEach(k -> excluded.or(s.subtree(k)));
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(verb));
            while (!queue.isEmpty()) {
                int i = queue.poll();
                for (Dependency d : s.children(i)) {
                    int k = d.dependent();
                    if (excluded.get(k) || SEARCH_STOPS.contains(d.baseRelation())
                            || i == verb && d.baseRelation().startsWith("nsubj") || coding.hasCase(k, "accord")) { // "according to": its lemma is "accord"
                        continue;
                    }
                    if (s.token(k).isNoun() && namesParty(k) && PartyCoding.coded(party(k))) {
                        return Optional.of(appositionHead(k));
                    }
                    queue.add(k);
                }
            }
            return Optional.empty();
        }


        private EventDraft draft(int trigger, int verb, EventPattern p, Polarity polarity, Integer src, Integer tgt,
                                 boolean reciprocal) {
            Party source = src == null ? new Party(null, null) : coding.located(party(src), verb);
            if (!PartyCoding.agent(source)) {
                source = new Party(null, null);
            }
            Party target = tgt == null ? null : coding.located(party(tgt), verb);
            if (target != null && target.name() == null) {
                target = null;
            }
            if (target != null && target.actor() != null && target.actor().equals(source.actor())) {
                target = null;
            }
            Act act = act(p, polarity, source, verb);
            if (target != null && actingAtHome(source, target, tgt, verb)) {
                target = new Party(target.actor(), target.name(), source.country(), target.sector());
            }
            if (act.event().equals("PROTEST") && (target == null || target.country() == null
                    && (!PartyCoding.agent(target) || Sector.state(target.sector())))) {
                target = presumedRecipient(verb, source, target);
            }
            double confidence = (p.word() != null ? 0.9 : 0.8) * act.certainty();
            if (source.actor() == null) {
                confidence *= source.name() == null ? 0.6 : 0.9;
            }
            if (target == null || target.implied()) {
                confidence *= 0.9;
            }
            if (!political(source) && (target == null || !political(target))) {
                confidence *= 0.8;
            }
            confidence *= Math.pow(0.85, depth(verb));
            BitSet span = s.subtree(verb);
            span.set(trigger);
            if (src != null) {
                span.or(coding.phrase(src));
            }
            if (tgt != null) {
                span.or(coding.phrase(tgt));
            }
            return new EventDraft(source, target, act.event(), act.mode(), act.cameo(), span, trigger, confidence,
                    reciprocal && target != null);
        }

        /**
         * What the pattern's act is as the clause reports it: a state's obstruction is coercion, a military
         * "visit" a deployment (or aid, for peacekeepers), a negated cooperative act a rejection, an announced
         * one a statement of intent or a threat; {@code certainty} is the confidence factor that goes with it.
         */
        private Act act(EventPattern p, Polarity polarity, Party source, int verb) {
            String event = p.event();
            String mode = p.mode();
            String cameo = p.cameo();
            if ("obstruct".equals(mode) && state(source)) {
                event = "COERCE";
                mode = "restrict";
                cameo = "191";
            } else if ("visit".equals(mode) && "MIL".equals(source.sector())) {
                boolean peacekeeping = source.name() != null && source.name().toLowerCase(Locale.ROOT).contains("peacekeep");
                event = peacekeeping ? "AID" : "MOBILIZE";
                mode = peacekeeping ? null : "troops";
                cameo = peacekeeping ? "074" : "154";
            }
            if (polarity == Polarity.NEGATED) {
                return new Act("REJECT", event.equals("CONSULT") ? "meet" : null, event.equals("CONSULT") ? "125" : "120",
                        0.8);
            }
            if (polarity == Polarity.INTENT && REVERSIBLE.contains(event) && !Polarity.conditional(s, verb)) {
                return new Act("AGREE", "intent", "third-party".equals(mode) ? "039" : INTENT_CAMEO.get(event), 0.8);
            }
            if (polarity == Polarity.INTENT && (THREAT_CAMEO.containsKey(event) || REVERSIBLE.contains(event))) {
                return new Act("THREATEN", "intent", THREAT_CAMEO.getOrDefault(event, "130"), 0.8);
            }
            return new Act(event, mode, cameo, 1);
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
            return source.country() != null && Sector.state(source.sector()) && !Sector.MIL.name().equals(source.sector())
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

        /** Whether a party is coded with a country or a sector: a state, an organisation, a group with a role. */
        private static boolean political(Party p) {
            return p.country() != null || p.sector() != null;
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
                    Sector.GOV.name(), true);
        }

        /**
         * The party a threat is aimed at through its condition: the subject of an if/unless clause under
         * {@code verb} or its complements ("threatened to walk out if the United States goes ahead").
         */
        private Optional<Integer> conditionSubject(int verb) {
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

        /** Edges from {@code i} up to the root: the main clause's event is the sentence's headline. */
        private int depth(int i) {
            int depth = 0;
            Optional<Dependency> up = s.headEdge(i);
            while (up.isPresent() && up.get().head() >= 0 && depth < s.tokens().size()) {
                depth++;
                up = s.headEdge(up.get().head());
            }
            return depth;
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
            List<Integer> sources = new ArrayList<>(subjects(reporter));
            List<Integer> targets = new ArrayList<>();
            for (int subject : subjects(clause)) {
                if (!s.token(subject).isPronoun()) {
                    targets.add(subject);
                } else {
                    addressee(reporter).ifPresent(targets::add);
                }
            }
            if (targets.isEmpty() && subjects(clause).stream().anyMatch(k -> s.token(k).isPronoun())) {
                return List.of();
            }
            expandConjuncts(sources);
            expandConjuncts(targets);
            if (sources.isEmpty()) {
                return List.of();
            }
            List<EventDraft> out = new ArrayList<>();
            for (int src : sources) {
                for (Integer tgt : targets.isEmpty() ? Collections.<Integer>singletonList(null) : targets) {
                    out.add(draft(clause, reporter, OBLIGATION, Polarity.PLAIN, src, tgt, false));
                }
            }
            return out;
        }

        /** Subjects of {@code verb}, else of the clause it depends on; a passive's subject is not one. */
        private List<Integer> subjects(int verb) {
            List<Integer> out = new ArrayList<>();
            for (Dependency d : s.children(verb)) {
                if (d.relation().equals("nsubj")) {
                    out.add(d.dependent());
                } else if (d.baseRelation().equals("obl") && d.relation().equals("obl:agent")
                        || d.baseRelation().equals("obl") && isPassive(verb) && coding.hasCase(d.dependent(), "by")) {
                    out.add(d.dependent());
                }
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
                    return List.of(head);
                }
                if (rel.equals("advcl") && s.children(verb, "mark").stream().anyMatch(m -> lemma(s, m).equals("to"))) {
                    return subjects(head);
                }
            }
            return out;
        }

        /** "the minister, who met X": the relative pronoun stands for the noun the clause hangs on. */
        private List<Integer> relativePronouns(List<Integer> subjects) {
            List<Integer> out = new ArrayList<>();
            for (int subj : subjects) {
                String pos = s.token(subj).pos();
                Optional<Dependency> relcl = pos.startsWith("W") ? findRelcl(subj) : Optional.empty();
                out.add(relcl.map(Dependency::head).orElse(subj));
            }
            return out;
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
         * Objects of {@code verb} that name a party or a passive's subject, else the possessor of an object or
         * its with/to/against/... phrase ("promised aid to X").
         */
        private List<Integer> objects(int verb, EventPattern p) {
            List<Integer> out = new ArrayList<>();
            for (Dependency d : s.children(verb)) {
                boolean object = d.baseRelation().equals("obj") || d.baseRelation().equals("iobj")
                        || d.relation().equals("nsubj:pass");
                if (!object || lemma(s, d.dependent()).equals(p.word())) {
                    continue;
                }
                int o = appositionHead(d.dependent());
                if (namesParty(o) || d.relation().equals("nsubj:pass")) {
                    out.add(o);
                } else {
                    for (Dependency c : s.children(o)) {
                        int k = c.dependent();
                        if ((c.relation().equals("nmod:poss") || c.baseRelation().equals("nmod")
                                && (coding.hasCase(k, "of") || TARGET_CASES.stream().anyMatch(x -> coding.hasCase(k, x))))
                                && namesParty(k)) {
                            out.add(k);
                            break;
                        }
                    }
                }
            }
            return out;
        }

        /** Obliques of {@code verb} with a target preposition that name a party. */
        private List<Integer> obliques(int verb) {
            List<Integer> out = new ArrayList<>();
            for (int o : s.children(verb, "obl")) {
                if (TARGET_CASES.stream().anyMatch(c -> coding.hasCase(o, c)) && namesParty(o)) {
                    out.add(o);
                }
            }
            return out;
        }

        /** Parties of a trigger noun: possessor or by-phrase as source, with/to/against phrases as targets. */
        private void nominalParties(int noun, List<Integer> sources, List<Integer> targets) {
            for (Dependency d : s.children(noun)) {
                int c = d.dependent();
                if (!namesParty(c)) {
                    continue;
                }
                if (d.relation().equals("nmod:poss") || d.baseRelation().equals("nmod") && coding.hasCase(c, "by")) {
                    if (!sources.contains(c)) {
                        sources.add(c);
                    }
                } else if (d.baseRelation().equals("nmod") && coding.hasCase(c, "between")) {
                    targets.add(c);
                } else if (d.baseRelation().equals("nmod") && TARGET_CASES.stream().anyMatch(k -> coding.hasCase(c, k))) {
                    targets.add(c);
                }
            }
            if (sources.isEmpty()) {
                s.children(noun, "amod").stream().filter(coding::nationality).findFirst().ifPresent(sources::add);
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
         * with a named entity or a country's name or adjective ("her Chilean counterpart").
         */
        private boolean namesParty(int i) {
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
                if (actors.mentionAt(s.index(), k).isPresent() || !s.token(k).ner().equals("O")
                        && !NOT_PARTIES.contains(s.token(k).ner()) || countries.byAnyForm(s.token(k).word()).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The word that names the party headed by {@code i}: {@code i} itself when it is an actor's mention;
         * else a resolved apposition ("the envoy, Ilsa Varnek"); else, for a head that names no party, its
         * of-phrase ("thousands of farmers", "leaders of the coalition", "a first contingent of NATO troops").
         */
        private int appositionHead(int i) {
            if (actors.mentionAt(s.index(), i).isPresent()) {
                return i;
            }
            Optional<Integer> apposition = s.children(i).stream()
                    .filter(d -> d.baseRelation().equals("appos") || d.baseRelation().equals("dep"))
                    .map(Dependency::dependent).filter(a -> actors.mentionAt(s.index(), a).isPresent())
                    .findFirst();
            if (apposition.isPresent() || namesParty(i)) {
                return apposition.orElse(i);
            }
            return s.children(i, "nmod").stream().filter(n -> coding.hasCase(n, "of") && namesParty(n)).findFirst()
                    .orElse(i);
        }

        /**
         * Adds the conjuncts of each party ("Chile and Peru"), and the second nationality of a party named by two
         * ("Chilean and Peruvian officials": the officials, coded Chilean, and "Peruvian").
         */
        private void expandConjuncts(List<Integer> heads) {
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
                for (int a : s.children(heads.get(k), "amod")) {
                    if (coding.nationality(a)) {
                        s.children(a, "conj").stream().filter(c -> coding.nationality(c) && !heads.contains(c))
                                .forEach(heads::add);
                    }
                }
            }
        }

        private Party party(int i) {
            Token t = s.token(i);
            if (t.isPronoun() && FIRST_PERSON.contains(lemma(s, i))) {
                for (Quote q : quotes) {
                    if (q.speaker() != null && q.speaker().actor() != null && q.start() <= t.start() && t.end() <= q.end()) {
                        return speaker(q);
                    }
                }
            }
            if (t.isPronoun() || t.pos().startsWith("W")) {
                Optional<Integer> reporter = reportingSubject(i);
                if (reporter.isPresent()) {
                    return party(reporter.get());
                }
                for (Quote q : SPEAKER_PRONOUNS.contains(lemma(s, i)) ? quotes : List.<Quote>of()) {
                    if (q.speaker() != null && q.speaker().actor() != null && q.start() < s.end()
                            && q.end() > s.start()) {
                        return speaker(q);
                    }
                }
            }
            Optional<ActorMention> m = actors.mentionAt(s.index(), i);
            BitSet phrase = coding.phrase(i);
            for (int k = phrase.nextSetBit(0); k >= 0 && m.isEmpty(); k = phrase.nextSetBit(k + 1)) {
                m = actors.mentionAt(s.index(), k);
            }
            if (m.isPresent()) {
                String id = m.get().actor();
                Optional<Actor> actor = actors.byId(id);
                ActorCoder.ActorCode words = coding.code(i);
                String country = actor.map(Actor::country).orElse(words.country());
                boolean international = country == null && words.sector() == Sector.IGO;
                return new Party(id, actor.map(Actor::name).orElse(m.get().text()), country,
                        international ? Sector.IGO.name() : actor.map(Actor::sector).orElse(words.sectorCode()));
            }
            if (coding.nationality(i)) {
                return new Party(null, t.word(), countries.byAdjective(t.word()).orElseThrow(), null);
            }
            if (!t.isNoun()) {
                return new Party(null, null);
            }
            ActorCoder.ActorCode words = coding.code(i);
            return new Party(null, coding.words(phrase), words.country(), words.sectorCode());
        }

        /** The speaker of {@code q} (resolved to an actor) as a party, with the actor's country and sector. */
        private Party speaker(Quote q) {
            Optional<Actor> speaker = actors.byId(q.speaker().actor());
            return new Party(q.speaker().actor(), q.speaker().name(), speaker.map(Actor::country).orElse(null),
                    speaker.map(Actor::sector).orElse(null));
        }


        /**
         * Whom a reporting verb addresses ("told Iraq", "sent a warning to Iraq"): its indirect or direct object,
         * or a to-phrase of it or of its object, when that names a party. "X told Y that it must ..." asks Y; with
         * no addressee, "X said it must ..." is X's own duty and asks nobody.
         */
        private Optional<Integer> addressee(int reporter) {
            List<Integer> candidates = new ArrayList<>(s.children(reporter, "iobj"));
            candidates.addAll(s.children(reporter, "obj"));
            s.children(reporter, "obl").stream().filter(o -> coding.hasCase(o, "to")).forEach(candidates::add);
            for (int o : s.children(reporter, "obj")) {
                s.children(o, "nmod").stream().filter(n -> coding.hasCase(n, "to")).forEach(candidates::add);
            }
            return candidates.stream().filter(k -> namesParty(k) && !s.token(k).isPronoun()).findFirst();
        }

        /** "Hungary said it will...": the subject of the reporting clause above a pronoun, if not a pronoun itself. */
        private Optional<Integer> reportingSubject(int pronoun) {
            Optional<Dependency> clause = s.headEdge(pronoun).flatMap(e -> s.headEdge(e.head()));
            while (clause.isPresent() && clause.get().head() >= 0 && clause.get().baseRelation().equals("ccomp")) {
                for (int subj : s.children(clause.get().head(), "nsubj")) {
                    if (!s.token(subj).isPronoun()) {
                        return Optional.of(subj);
                    }
                }
                clause = s.headEdge(clause.get().head());
            }
            return Optional.empty();
        }

    }


    /** An event's PLOVER type, mode and CAMEO code, and the confidence factor of how it was reported. */
    private record Act(String event, String mode, String cameo, double certainty) {
    }

    /** An event before its date, place and evidence offsets are fixed. */
    private record EventDraft(Party source, Party target, String event, String mode, String cameo, BitSet tokens,
                              int trigger, double confidence, boolean reciprocal) {
        EventDraft withConfidence(double c) {
            return new EventDraft(source, target, event, mode, cameo, tokens, trigger, c, reciprocal);
        }

        Event toEvent(Article article, Annotation annotation, Sentence s, List<TimeMention> times) {
            int first = tokens.nextSetBit(0);
            int last = tokens.length() - 1;
            while (last > first && s.token(last).pos().matches("[.,:]|``|''|-RRB-|-LRB-")) {
                last--;
            }
            int start = s.token(first).start();
            int end = s.token(last).end();
            String text = annotation.text().substring(start, end);
            int at = s.token(trigger).start();
            TimeMention stated = statedTime(s, times, at);
            FactDate date = FactDate.of(article, stated);
            String place = place(article, annotation, s, stated == null ? null : stated.value());
            String id = id(article.id() + "|" + start + "|" + end + "|" + event + "|" + source.name() + "|"
                    + (target == null ? "" : target.name()));
            return new Event(id, article.id(), source, target, event, mode, cameo, date.value(), date.basis(), place,
                    text, start, end, Math.round(confidence * 1000) / 1000.0, reciprocal);
        }

        /** The calendar time expression of the sentence nearest the trigger, or null. */
        private static TimeMention statedTime(Sentence s, List<TimeMention> times, int at) {
            TimeMention best = null;
            for (TimeMention t : times) {
                if (t.start() >= s.start() && t.end() <= s.end() && FactDate.onCalendar(t)
                        && (best == null || Math.abs(t.start() - at) < Math.abs(best.start() - at))) {
                    best = t;
                }
            }
            return best;
        }

        /**
         * The place named in the sentence ("in Baku"), else the dateline's place when the event happened
         * around the dateline's day (within {@value #DATELINE_DAYS} days, or undated): an event dated
         * elsewhere in time ("late last month") was not necessarily where the reporter was.
         */
        private static String place(Article article, Annotation annotation, Sentence s, String statedDate) {
            for (Mention m : annotation.mentions()) {
                if (m.sentence() == s.index() && PartyCoding.PLACE_TYPES.contains(m.type()) && m.firstToken() > 0
                        && PartyCoding.PLACE_CASES.contains(s.token(m.firstToken() - 1).word().toLowerCase(Locale.ROOT))) {
                    return m.text();
                }
            }
            if (article.dateline() == null || statedDate == null || statedDate.equals(article.dateline().date())) {
                return article.dateline() == null ? null : article.dateline().place();
            }
            LocalDate day = IsoDay.of(statedDate);
            LocalDate datelineDay = IsoDay.of(article.dateline().date());
            boolean near = day != null && datelineDay != null
                    && Math.abs(ChronoUnit.DAYS.between(day, datelineDay)) <= DATELINE_DAYS;
            return near ? article.dateline().place() : null;
        }

        private static final int DATELINE_DAYS = 3;

        private static String id(String key) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash).substring(0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }
    }
}
