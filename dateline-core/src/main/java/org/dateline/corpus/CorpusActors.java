package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Ids;
import org.dateline.model.Sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges the per-article actors of many articles into one actor per real-world entity of the corpus.
 *
 * <p>Rules, applied in this order; each merge is recorded with its reason ({@link Merge}):
 * <ol>
 *   <li>{@code same-id}: actors with the same per-article id (a content hash) are one actor.</li>
 *   <li>{@code same-name}: same type and the same name once case, diacritics and punctuation are folded
 *       ("BAKU" / "Baku", "Nagorno Karabakh" / "Nagorno-Karabakh", "François" / "Francois Hollande": accents are
 *       dropped, not read as the Azerbaijani and Turkish letters the name keys read them as); for persons only when
 *       their countries agree or one is unknown. A known state, place or organisation has one name in every article
 *       (the facts stage gives every mention of it the entity's name), so its actors share their id.</li>
 *   <li>{@code transliteration}: two persons whose given name and surname have the same {@link NameKey}
 *       (Sergey / Sergei Lavrov, Serzh Sarkisian / Sargsyan) and whose countries agree (or one is unknown).</li>
 *   <li>{@code surname-only}: a person named by one word joins the full-name person whose surname key is
 *       equal, when exactly one such person of compatible country exists in the corpus. With two or more
 *       candidates (two different Aliyevs) it stays apart. Because the key keeps the feminine ending,
 *       "Aliyeva" never joins Ilham Aliyev, and different words (Mammadov / Mammadyarov) never match.</li>
 *   <li>{@code same-key}: groups left apart by these rules whose corpus ids (below) agree are one actor: a one-word
 *       person name written in two ways that fold alike ("Lesovia" / "LESOVIA"), or an earlier run's corpus actor
 *       met again in a new batch.</li>
 * </ol>
 * A person is never merged with another of a different given-name key, so people who share a surname stay
 * apart. Titles are unioned, so an actor whose title changed over the years keeps all of them.
 *
 * <p>Corpus ids are a hash of the type and the key of the merged group (the name key and country for
 * persons, the folded name otherwise), so the same entity keeps its id whichever spelling arrived first. Stateless and
 * thread-safe.
 */
public final class CorpusActors {

    /**
     * Why two actors became one.
     *
     * @param from     the per-article actor id that was merged
     * @param to       the per-article actor id it was merged into (the group's first actor)
     * @param rule     {@code same-id}, {@code same-name}, {@code transliteration}, {@code surname-only} or {@code same-key}
     * @param evidence the names compared and the keys that matched, for a reader
     */
    public record Merge(String from, String to, String rule, String evidence) {
    }

    /**
     * The corpus actors.
     *
     * @param actors     one per entity, most mentioned first
     * @param corpusIdOf per-article actor id → corpus actor id, for every input actor
     * @param merges     every merge made, in the order made
     */
    public record Result(List<Actor> actors, Map<String, String> corpusIdOf, List<Merge> merges) {
        public Result {
            actors = List.copyOf(actors);
            corpusIdOf = Map.copyOf(corpusIdOf);
            merges = List.copyOf(merges);
        }
    }

    /** Merges the actors of these articles. */
    public Result merge(List<AnalyzedArticle> articles) {
        return merge(List.of(), articles);
    }

    /**
     * Merges the actors of these articles into the corpus actors of an earlier run ({@code known}, read back
     * from its {@code actors.jsonl}): {@link Result#corpusIdOf()} then maps the known ids too, to the id of the
     * actor each now belongs to. A known actor keeps its id unless this batch gives it a fuller name or a
     * country it lacked (the id hashes the group's name key and country); the map says where it went.
     */
    public Result merge(List<Actor> known, List<AnalyzedArticle> articles) {
        Map<String, List<Actor>> occurrences = new LinkedHashMap<>();
        List<Merge> merges = new ArrayList<>();
        List<List<Actor>> sources = new ArrayList<>();
        sources.add(known);
        articles.forEach(a -> sources.add(a.actors()));
        for (List<Actor> actors : sources) {
            for (Actor actor : actors) {
                List<Actor> seen = occurrences.computeIfAbsent(actor.id(), id -> new ArrayList<>());
                if (seen.size() == 1) {
                    merges.add(new Merge(actor.id(), actor.id(), "same-id",
                            "\"" + actor.name() + "\" has the same id in more than one article"));
                }
                seen.add(actor);
            }
        }
        Map<String, Actor> byId = new LinkedHashMap<>();
        occurrences.forEach((id, all) -> byId.put(id, all.get(0)));
        Groups groups = new Groups(byId.keySet());
        List<Actor> persons = new ArrayList<>();
        Map<String, String> firstByName = new HashMap<>();
        for (Actor actor : byId.values()) {
            if (actor.type() == ActorType.PERSON) {
                persons.add(actor);
                continue;
            }
            String folded = actor.type() + "|" + String.join(" ", NameKey.words(actor.name()));
            String first = firstByName.putIfAbsent(folded, actor.id());
            if (first != null) {
                groups.join(actor.id(), first, merges, "same-name",
                        "\"" + actor.name() + "\" = \"" + byId.get(first).name() + "\" once case and punctuation are folded");
            }
        }
        Map<String, List<Actor>> byPlain = new HashMap<>();
        for (Actor p : persons) {
            if (NameKey.words(p.name()).size() < 2) {
                continue;
            }
            List<Actor> earlier = byPlain.computeIfAbsent(NameKey.plain(p.name()), k -> new ArrayList<>());
            joinable(earlier, p, groups).ifPresent(o -> groups.join(p.id(), o.id(), merges, "same-name",
                    "\"" + p.name() + "\" = \"" + o.name() + "\" once case, accents and punctuation are folded"));
            earlier.add(p);
        }
        Map<String, List<Actor>> byKey = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>();
        for (Actor p : persons) {
            PersonKey key = PersonKey.of(p.name());
            if (key.given() == null) {
                continue;
            }
            keyOf.put(p.id(), key.full());
            List<Actor> earlier = byKey.computeIfAbsent(key.full(), k -> new ArrayList<>());
            joinable(earlier, p, groups).ifPresent(o ->
                    groups.join(p.id(), o.id(), merges, NameKey.words(o.name()).equals(NameKey.words(p.name()))
                                    ? "same-name" : "transliteration",
                            "\"" + p.name() + "\" ~ \"" + o.name() + "\" (key " + key.full() + ")"));
            earlier.add(p);
        }
        for (Actor p : persons) {
            PersonKey key = PersonKey.of(p.name());
            if (key.given() != null || key.surname().isEmpty()) {
                continue;
            }
            Set<String> candidates = persons.stream()
                    .filter(o -> {
                        PersonKey k = PersonKey.of(o.name());
                        return k.given() != null && k.surname().equals(key.surname()) && compatible(o.country(), p.country());
                    })
                    .map(o -> groups.root(o.id())).collect(Collectors.toCollection(LinkedHashSet::new));
            if (candidates.size() == 1) {
                String to = candidates.iterator().next();
                groups.join(p.id(), to, merges, "surname-only", "\"" + p.name() + "\" is the surname of \""
                        + byId.get(to).name() + "\", the only full-name person with key " + key.surname());
                keyOf.put(p.id(), keyOf.get(to));
            }
        }
        Map<String, List<Actor>> members = new LinkedHashMap<>();
        occurrences.forEach((id, all) -> members.computeIfAbsent(groups.root(id), r -> new ArrayList<>()).addAll(all));
        Map<String, List<Actor>> byCorpusId = new LinkedHashMap<>();
        for (List<Actor> group : members.values()) {
            Actor merged = combine(group, keyOf);
            List<Actor> same = byCorpusId.computeIfAbsent(merged.id(), id -> new ArrayList<>());
            if (!same.isEmpty()) {
                merges.add(new Merge(group.get(0).id(), same.get(0).id(), "same-key", "\"" + merged.name()
                        + "\" has the key of \"" + same.get(0).name() + "\" (" + merged.type() + ", country " + merged.country() + ")"));
            }
            same.addAll(group);
        }
        List<Actor> out = new ArrayList<>();
        Map<String, String> corpusIdOf = new HashMap<>();
        for (List<Actor> group : byCorpusId.values()) {
            Actor merged = combine(group, keyOf);
            out.add(merged);
            group.forEach(a -> corpusIdOf.put(a.id(), merged.id()));
        }
        out.sort(Comparator.comparingInt(Actor::mentions).reversed().thenComparing(Actor::name).thenComparing(Actor::id));
        return new Result(out, corpusIdOf, merges);
    }

    /** The first of {@code earlier} whose group (among {@code earlier}) has no country other than {@code p}'s. */
    private static Optional<Actor> joinable(List<Actor> earlier, Actor p, Groups groups) {
        return earlier.stream().filter(o -> earlier.stream().filter(x -> groups.root(x.id()).equals(groups.root(o.id())))
                .allMatch(x -> compatible(x.country(), p.country()))).findFirst();
    }

    private static boolean compatible(String country, String other) {
        return country == null || other == null || country.equals(other);
    }

    /** One actor for a group: the fullest, most mentioned name; all other names become aliases. */
    private static Actor combine(List<Actor> group, Map<String, String> keyOf) {
        Actor canonical = group.stream().max(Comparator.<Actor>comparingInt(a -> NameKey.words(a.name()).size())
                .thenComparingInt(Actor::mentions)).orElseThrow();
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        int mentions = 0;
        String country = canonical.country();
        Sector sector = canonical.sector();
        for (Actor a : group) {
            aliases.add(a.name());
            aliases.addAll(a.aliases());
            titles.addAll(a.titles());
            mentions += a.mentions();
            country = country != null ? country : a.country();
            sector = sector != null ? sector : a.sector();
        }
        aliases.remove(canonical.name());
        String key = keyOf.getOrDefault(canonical.id(), String.join(" ", NameKey.words(canonical.name())))
                + (canonical.type() == ActorType.PERSON ? "|" + country : "");
        return new Actor(Ids.of(canonical.type() + "|" + key), canonical.name(), canonical.type(), List.copyOf(aliases),
                List.copyOf(titles), country, sector, mentions);
    }

    /**
     * The keys of a person's name: given name (first word; null for a one-word name) and surname (last word).
     * Middle names and patronymics are ignored.
     */
    record PersonKey(String given, String surname) {
        static PersonKey of(String name) {
            List<String> words = NameKey.words(name);
            if (words.isEmpty()) {
                return new PersonKey(null, "");
            }
            String surname = NameKey.of(words.get(words.size() - 1));
            return new PersonKey(words.size() == 1 ? null : NameKey.of(words.get(0)), surname);
        }

        String full() {
            return given + " " + surname;
        }
    }

    /** Union-find over actor ids; the root is the group's first actor. */
    private static final class Groups {
        private final Map<String, String> parent = new HashMap<>();

        Groups(Set<String> ids) {
            ids.forEach(id -> parent.put(id, id));
        }

        String root(String id) {
            String p = parent.get(id);
            while (!Objects.equals(p, parent.get(p))) {
                p = parent.get(p);
            }
            return p;
        }

        void join(String from, String to, List<Merge> merges, String rule, String evidence) {
            String a = root(from);
            String b = root(to);
            if (!a.equals(b)) {
                parent.put(a, b);
                merges.add(new Merge(from, to, rule, evidence));
            }
        }
    }
}
