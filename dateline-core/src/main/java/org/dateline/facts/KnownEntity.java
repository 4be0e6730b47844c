package org.dateline.facts;

import org.dateline.model.ActorType;

import java.util.List;

/**
 * A state, place or organisation the project's tables know by all its names ({@code countries.tsv},
 * {@code places.tsv}, {@code organisations.tsv}): every mention of one of its names is its one actor, with this
 * type whatever the tagger guessed for the mention.
 *
 * @param name    the usual name, the actor's name
 * @param country ISO 3166 alpha-3 of a state or place; null for an organisation (coded from its name)
 * @param names   every name it is known by, {@code name} first
 */
record KnownEntity(String name, ActorType type, String country, List<String> names) {
    KnownEntity {
        names = List.copyOf(names);
    }
}
