package org.dateline.facts;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Party;
import org.dateline.nlp.Annotation;
import org.dateline.nlp.Sentence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The named actors a "they" stands for: the nearest coordination of two or more named persons, organisations,
 * groups or countries before it, in its sentence or the one before ("Velmora and Ostria signed the treaty. They
 * also criticised the plan"; "two senators, Ana Ruiz and Hal Dorn. They criticised the bank"). A plural subject
 * nearer to the pronoun ("the teachers") is what it stands for instead, and a coordination with anything else in it
 * ("Ana Ruiz and her lawyers") names no group of actors: both give none.
 */
final class GroupAntecedents {
    /** How many sentences before the pronoun's own the group may be named in. */
    private static final int REACH = 1;
    private static final Set<ActorType> AGENTS = EnumSet.of(ActorType.PERSON, ActorType.ORGANIZATION,
            ActorType.COUNTRY, ActorType.GROUP);

    private final Annotation annotation;
    private final ArticleActors actors;

    GroupAntecedents(Annotation annotation, ArticleActors actors) {
        this.annotation = annotation;
        this.actors = actors;
    }

    /** The parties the "they" at token {@code pronoun} of {@code s} stands for, in text order; empty for none. */
    List<Party> of(Sentence s, int pronoun) {
        for (int si = s.index(); si >= Math.max(0, s.index() - REACH); si--) {
            Sentence cur = annotation.sentences().get(si);
            for (int k = si == s.index() ? pronoun - 1 : cur.tokens().size() - 1; k >= 0; k--) {
                List<Actor> group = coordinated(cur, k);
                if (group.size() > 1) {
                    return group.stream().map(a -> new Party(a.id(), a.name(), a.country(), a.sector())).toList();
                }
                String pos = cur.token(k).pos();
                boolean subject = cur.headEdge(k).filter(d -> d.baseRelation().equals("nsubj")).isPresent();
                if (subject && (pos.equals("NNS") || pos.equals("NNPS") || cur.token(k).isPronoun())) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    /** The named agents of the coordination headed by token {@code k}: none unless every conjunct is one. */
    private List<Actor> coordinated(Sentence s, int k) {
        List<Integer> conjuncts = s.children(k, "conj");
        if (conjuncts.isEmpty()) {
            return List.of();
        }
        List<Integer> members = new ArrayList<>(List.of(k));
        members.addAll(conjuncts);
        List<Actor> out = new ArrayList<>();
        for (int m : members) {
            Optional<Actor> a = actors.mentionAt(s.index(), m).flatMap(x -> actors.byId(x.actor()))
                    .filter(x -> AGENTS.contains(x.type()));
            if (a.isEmpty()) {
                return List.of();
            }
            if (!out.contains(a.get())) {
                out.add(a.get());
            }
        }
        return out;
    }
}
