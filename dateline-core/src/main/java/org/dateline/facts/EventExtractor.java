package org.dateline.facts;

import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.TimeMention;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 *       names no party ("rejected Armenia's proposal"), named or a kind of actor ("killed the driver"); not the
 *       site of an act with an object nor where a shot came from; the subject of "faced criticism". Coordinated subjects with no target are the two
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
 *   <li><b>Date</b>: the resolved time expression of the trigger's own clause nearest it, one that times a verb before one that describes a noun ({@link ClauseSyntax#timeScope}; "since 2005" never dates a simple past), else for an act told again in the past (same verb, same undergoer) the day stated where it was first told, else the day of the clause reporting it, else for a simple past
 *       the day the sentence before names for the same party or the news day of the report, which also dates an act reported by a simple past ({@link EventDraft}), else the dateline's date or the
 *       publication day, with what it rests on ({@link FactDate}); a clause told as background
 *       ({@link ClauseSyntax.Telling}) with no time of its own has no date. <b>Place</b>: a location named after "in", "at", "near", "throughout" or "across" in the sentence, else the
 *       dateline's place, else null.</li>
 * </ul>
 * Parties resolve to actors through {@link ArticleActors#mentionAt}; a pronoun in a reported clause is the
 * reporter ("Hungary said it will"), else ("I", "we") the speaker of a quote in the sentence, else ("he", "him",
 * "she", "her") the person the passage is about, unnamed ({@link UnnamedPersons}: "a man ... He") or named
 * ({@link SpeakerResolver#antecedent}), and a subject "they" the named actors coordinated just before it, each a
 * source ({@link GroupAntecedents});
 * an actor is never its own target; an unresolved party keeps the
 * words as written with a null actor. The confidence is the chance that a reader judges the event real and
 * of the right type, from signals of its coding (pattern, modality, how the parties are known, depth in the parse,
 * type, the article's topic) weighed on judged events ({@link EventConfidence}). The evidence runs from the first to the last word of the trigger's clause and
 * its parties. Stateless; one instance serves all threads.
 *
 * <p>This class is the facade over the parts that do the work, one sentence at a time: {@link Triggers} finds
 * the triggers, {@link ClauseEvents} codes each one, taking its parties' tokens from {@link ClauseSyntax}, their
 * {@link Party} records from {@link Parties}, its act from the table of {@link ActRules} and the signals of its
 * confidence from {@link EventConfidence}; {@link EventDraft} fixes the evidence, date and place ({@link EventPlace}).
 */
public final class EventExtractor {
    private final Triggers triggers;
    private final ActRules rules = ActRules.get();
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
        ArticleTopic topic = ArticleTopic.of(annotation);
        List<QuotedSpans.Span> quotations = QuotedSpans.find(annotation.text());
        SpeakerResolver persons = new SpeakerResolver(article, annotation, actors, quotations);
        UnnamedPersons unnamed = new UnnamedPersons(annotation, actors, article.referenceDay(), coder);
        GroupAntecedents groups = new GroupAntecedents(annotation, actors);
        List<Party> accusers = List.of();
        for (Sentence s : annotation.sentences()) {
            ClauseEvents clause = new ClauseEvents(annotation, s, actors, quotes, persons, unnamed, groups,
                    article.referenceDay(), coder, rules, topic, accusers);
            int first = events.size();
            for (Token t : s.tokens()) {
                if (t.isVerb() || t.pos().startsWith("JJ")) {
                    clause.obligation(t.index()).forEach(draft -> events.add(draft.toEvent(article, annotation, s, times, actors, quotations)));
                }
                triggers.coding(s, t.index()).ifPresent(pattern -> clause.events(t.index(), pattern)
                        .forEach(draft -> events.add(draft.toEvent(article, annotation, s, times, actors, quotations))));
            }
            accusers = events.subList(first, events.size()).stream()
                    .filter(e -> e.event() == EventType.ACCUSE && e.source().name() != null)
                    .map(Event::source).distinct().toList();
        }
        events.removeIf(e -> e.source().name() == null && e.target() == null);
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event e : events) {
            byId.merge(e.id(), e, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return List.copyOf(byId.values());
    }
}
