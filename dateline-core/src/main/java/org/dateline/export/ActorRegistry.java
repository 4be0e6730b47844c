package org.dateline.export;

import org.dateline.model.Actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the actors of many articles by id, for {@code actors.jsonl}.
 * Two actors with the same id become one: aliases and titles are unioned (first-seen order), mentions are
 * summed, the longer name is kept as canonical (the other becomes an alias), and type, country and sector
 * keep the first non-null value. Thread-safe.
 */
public final class ActorRegistry {
    private final Map<String, Actor> byId = new LinkedHashMap<>();

    public synchronized void add(List<Actor> actors) {
        for (Actor actor : actors) {
            byId.merge(actor.id(), actor, ActorRegistry::merge);
        }
    }

    /** The merged actors, most mentioned first, then by name and id (a stable order for diffs). */
    public synchronized List<Actor> all() {
        List<Actor> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparingInt(Actor::mentions).reversed()
                .thenComparing(Actor::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Actor::id));
        return List.copyOf(all);
    }

    static Actor merge(Actor a, Actor b) {
        String name = longer(a.name(), b.name());
        Set<String> aliases = new LinkedHashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        for (String other : new String[] {a.name(), b.name()}) {
            if (other != null) {
                aliases.add(other);
            }
        }
        aliases.remove(name);
        Set<String> titles = new LinkedHashSet<>(a.titles());
        titles.addAll(b.titles());
        return new Actor(a.id(), name, firstNonNull(a.type(), b.type()), List.copyOf(aliases), List.copyOf(titles),
                firstNonNull(a.country(), b.country()), firstNonNull(a.sector(), b.sector()),
                a.mentions() + b.mentions());
    }

    private static String longer(String first, String second) {
        if (first == null) {
            return second;
        }
        return second != null && second.length() > first.length() ? second : first;
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
