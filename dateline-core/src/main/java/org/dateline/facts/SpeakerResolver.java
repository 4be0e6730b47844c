package org.dateline.facts;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Speaker;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.Gender;
import org.dateline.nlp.NameGender;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Token;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the subject of a reporting verb into a {@link Speaker}: the actor named in the subject phrase
 * (a name, or a role mention the {@link ActorResolver} tied to a person), for a third-person pronoun the
 * person most recently named before it outside quotation marks, and for "they" the group a plural subject
 * before it names (its actor, or its words as the name). What cannot be resolved keeps its words as the
 * mention with no actor.
 */
final class SpeakerResolver {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> PLURAL = Set.of("they", "them");
    /** Sentences before a plural pronoun searched for the group it stands for. */
    private static final int GROUP_REACH = 2;
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "flat", "det", "amod", "nmod:poss",
            "case", "nummod");


    private final Annotation annotation;
    private final ArticleActors actors;
    private final List<QuotedSpans.Span> quoted;

    SpeakerResolver(Annotation annotation, ArticleActors actors, List<QuotedSpans.Span> quoted) {
        this.annotation = annotation;
        this.actors = actors;
        this.quoted = quoted;
    }

    /** The speaker named by the phrase headed by token {@code head} of {@code s}. */
    Speaker resolve(Sentence s, int head) {
        BitSet phrase = phrase(s, head);
        int first = phrase.nextSetBit(0);
        int last = phrase.length() - 1;
        String mention = annotation.text().substring(s.token(first).start(), s.token(last).end());
        Optional<Actor> named = named(s, head, phrase);
        if (named.isPresent()) {
            return new Speaker(named.get().id(), named.get().name(), mention);
        }
        Token h = s.token(head);
        if (phrase.cardinality() == 1 && PERSONAL.contains(h.word().toLowerCase(Locale.ROOT))) {
            return antecedent(h.start(), h.word()).map(a -> new Speaker(a.id(), a.name(), mention))
                    .orElse(new Speaker(null, null, mention));
        }
        if (phrase.cardinality() == 1 && PLURAL.contains(h.word().toLowerCase(Locale.ROOT))) {
            return group(s, head).map(g -> new Speaker(g.actor(), g.name() != null ? g.name() : g.mention(), mention))
                    .orElse(new Speaker(null, null, mention));
        }
        return new Speaker(null, null, mention);
    }

    /** The speaker named by tokens {@code [first, last)} of {@code s}, a name or label as written. */
    Speaker resolve(Sentence s, int first, int last) {
        String mention = annotation.text().substring(s.token(first).start(), s.token(last - 1).end());
        for (int i = first; i < last; i++) {
            Optional<Actor> a = actors.mentionAt(s.index(), i).flatMap(m -> actors.byId(m.actor()));
            if (a.isPresent()) {
                return new Speaker(a.get().id(), a.get().name(), mention);
            }
        }
        return new Speaker(null, null, mention);
    }

    /** The head's own name words, leaving out relative clauses and other clausal modifiers. */
    private static BitSet phrase(Sentence s, int head) {
        BitSet out = new BitSet();
        out.set(head);
        for (Dependency d : s.children(head)) {
            if (PHRASE_RELATIONS.contains(d.relation()) && Math.abs(d.dependent() - head) <= 6) {
                out.or(phrase(s, d.dependent()));
            }
        }
        return out;
    }

    /**
     * The actor named in the phrase or in an apposition to its head; a possessor ("Trump's campaign",
     * "Russia's negotiator") is not the speaker, and a place or organisation only when it is the head
     * (not in "the Karabakh negotiator").
     */
    private Optional<Actor> named(Sentence s, int head, BitSet phrase) {
        Optional<Actor> best = Optional.empty();
        BitSet wider = (BitSet) phrase.clone();
        for (Dependency d : s.children(head)) {
            if (Set.of("appos", "flat", "dep").contains(d.relation())) {
                wider.or(s.subtree(d.dependent()));
            }
            if (d.relation().equals("nmod:poss")) {
                wider.andNot(s.subtree(d.dependent()));
            }
        }
        for (int i = wider.nextSetBit(0); i >= 0; i = wider.nextSetBit(i + 1)) {
            Optional<Actor> a = actors.mentionAt(s.index(), i).flatMap(m -> actors.byId(m.actor()));
            if (a.isPresent() && a.get().type() != ActorType.PERSON && i != head) {
                continue;
            }
            if (a.isPresent() && (best.isEmpty() || a.get().type() == ActorType.PERSON && i == head)) {
                best = a;
            }
            if (a.isPresent() && a.get().type() == ActorType.PERSON && phrase.get(i)) {
                return a;
            }
        }
        return best;
    }

    /**
     * The person a third-person pronoun at {@code offset} refers to: walking back over the persons named
     * outside quotation marks within the last three sentences, the nearest of compatible gender who is the
     * subject of a speech verb, else the nearest who is the subject of a clause, else the nearest of all.
     */
    Optional<Actor> antecedent(int offset, String pronoun) {
        Gender pronounGender = pronoun.equalsIgnoreCase("she") || pronoun.equalsIgnoreCase("her") ? Gender.FEMALE : Gender.MALE;
        int sentence = annotation.sentenceAt(offset);
        List<ActorMention> mentions = actors.mentions();
        Actor[] byRank = new Actor[3];
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.start() >= offset || insideQuote(m.start(), m.end())) {
                continue;
            }
            Optional<Actor> a = actors.byId(m.actor());
            if (a.isEmpty() || a.get().type() != ActorType.PERSON || gender(a.get()).contradicts(pronounGender)) {
                continue;
            }
            if (byRank[0] == null) {
                byRank[0] = a.get();
            }
            if (sentence - m.sentence() > 3) {
                break;
            }
            int rank = subjectRank(m);
            if (rank > 0 && byRank[rank] == null) {
                byRank[rank] = a.get();
            }
        }
        for (int rank = 2; rank >= 0; rank--) {
            if (byRank[rank] != null) {
                return Optional.of(byRank[rank]);
            }
        }
        return cataphor(offset, sentence, pronounGender);
    }

    /**
     * The group a plural pronoun ("they") at token {@code pronoun} of {@code s} stands for: the nearest plural
     * subject before it (a plural noun, or coordinated subjects) outside quotation marks, in its sentence or the
     * {@value #GROUP_REACH} before, the subject of a speech verb first ("Armenia's leaders insist that ... They
     * say ..."). As {@link #resolve(Sentence, int)} gives it: an actor when the phrase names one.
     */
    private Optional<Speaker> group(Sentence s, int pronoun) {
        int offset = s.token(pronoun).start();
        Speaker nearest = null;
        for (int k = s.index(); k >= Math.max(0, s.index() - GROUP_REACH); k--) {
            Sentence before = annotation.sentences().get(k);
            for (int t = before.tokens().size() - 1; t >= 0; t--) {
                Token tok = before.token(t);
                Optional<Dependency> edge = before.headEdge(t);
                if (tok.start() >= offset || insideQuote(tok.start(), tok.end()) || tok.isPronoun() || edge.isEmpty()
                        || edge.get().head() < 0 || !edge.get().baseRelation().equals("nsubj")
                        || !(tok.pos().endsWith("NNS") || tok.pos().equals("NNPS") || !before.children(t, "conj").isEmpty())) {
                    continue;
                }
                Speaker g = resolve(before, t);
                if (QuoteExtractor.isSpeechVerb(before.token(edge.get().head()).lemma())) {
                    return Optional.of(g);
                }
                nearest = nearest == null ? g : nearest;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /**
     * With nobody named before it, a pronoun that opens an article (a standfirst such as "'...,' he said"
     * above the lead) refers forward to the first person who is the subject of a speech verb within the
     * next three sentences.
     */
    private Optional<Actor> cataphor(int offset, int sentence, Gender pronounGender) {
        for (ActorMention m : actors.mentions()) {
            if (m.start() <= offset || insideQuote(m.start(), m.end())) {
                continue;
            }
            if (m.sentence() - sentence > 3) {
                break;
            }
            Optional<Actor> a = actors.byId(m.actor());
            if (a.isPresent() && a.get().type() == ActorType.PERSON && !gender(a.get()).contradicts(pronounGender)
                    && subjectRank(m) == 2) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** 2: the mention is the subject of a speech verb; 1: of another clause; 0: not a subject. */
    private int subjectRank(ActorMention m) {
        Sentence s = annotation.sentences().get(m.sentence());
        for (int t = m.firstToken(); t < m.lastToken(); t++) {
            Optional<Dependency> edge = s.headEdge(t);
            if (edge.isPresent() && edge.get().head() >= 0 && Set.of("appos", "flat", "compound").contains(edge.get().relation())) {
                edge = s.headEdge(edge.get().head());
            }
            if (edge.isPresent() && edge.get().baseRelation().equals("nsubj") && edge.get().head() >= 0) {
                return QuoteExtractor.isSpeechVerb(s.token(edge.get().head()).lemma()) ? 2 : 1;
            }
        }
        return 0;
    }

    /** The person's gender from honorifics, common first names and feminine surname endings. */
    private Gender gender(Actor a) {
        for (ActorMention m : actors.mentions()) {
            if (m.actor().equals(a.id())) {
                String w = (m.firstToken() > 0 ? annotation.sentences().get(m.sentence()).token(m.firstToken() - 1).word()
                        + " " : "").toLowerCase(Locale.ROOT) + m.text().toLowerCase(Locale.ROOT);
                if (w.matches("(.* )?(mrs|ms|madam)\\b.*")) {
                    return Gender.FEMALE;
                }
                if (w.matches("(.* )?mr\\b.*")) {
                    return Gender.MALE;
                }
            }
        }
        String[] words = a.name().split("\\s+");
        Gender byName = words.length > 1 ? NameGender.of(words[0]) : Gender.UNKNOWN;
        if (byName == Gender.FEMALE || words.length > 1
                && words[words.length - 1].toLowerCase(Locale.ROOT).matches(".*(ova|eva|ina|aya|yte)")) {
            return Gender.FEMALE;
        }
        return byName;
    }

    private boolean insideQuote(int start, int end) {
        return quoted.stream().anyMatch(q -> q.contains(start, end));
    }
}
