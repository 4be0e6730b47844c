package org.dateline.facts;

import org.dateline.model.Actor;

import java.util.List;
import java.util.Optional;

/**
 * The actors of one article and where each is mentioned.
 *
 * @param actors   one per real-world entity, in order of first mention
 * @param mentions every mention tied to an actor, in text order
 */
public record ArticleActors(List<Actor> actors, List<ActorMention> mentions) {
    public ArticleActors {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
    }

    public Optional<Actor> byId(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The mention that covers token {@code token} of sentence {@code sentence}, if any. */
    public Optional<ActorMention> mentionAt(int sentence, int token) {
        return mentions.stream().filter(m -> m.covers(sentence, token)).findFirst();
    }
}
