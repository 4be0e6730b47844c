package org.dateline.corpus;

import org.dateline.facts.Countries;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Ids;
import org.dateline.model.Mention;
import org.dateline.model.MentionRule;
import org.dateline.model.Sector;
import org.dateline.resources.TsvResource;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Merges the per-article actors of many articles into one actor per real-world entity of the corpus.
 *
 * <p>First every name gets one type for the whole corpus ({@link NameTypes}): a name the tagger read as a person
 * here and an organisation there is one actor. Then rules, applied in this order; each merge is recorded with its
 * reason ({@link Merge}):
 * <ol>
 *   <li>{@code same-id}: actors with the same per-article id (a content hash) are one actor.</li>
 *   <li>{@code same-name}: same type and the same name once case, diacritics and punctuation are folded
 *       ("BAKU" / "Baku", "Nagorno Karabakh" / "Nagorno-Karabakh", "François" / "Francois Hollande": accents are
 *       dropped, not read as the Azerbaijani and Turkish letters the name keys read them as); for persons only when
 *       their countries agree or one is unknown. A known state, place or organisation has one name in every article
 *       (the facts stage gives every mention of it the entity's name), so its actors share their id. An
 *       organisation's company suffix is folded away too ("Apple Inc." / "Apple"), except a British suffix beside the
 *       same name with an American one in the corpus: "Equifax Ltd" is the UK unit of Equifax Inc., not Equifax.</li>
 *   <li>{@code place-prefix}: an organisation joins the only one whose name is a place of the corpus followed by
 *       its name ("Cubs" / "Chicago Cubs").</li>
 *   <li>{@code place-kind}: a place named by one word joins the only place of the corpus named by that word and a
 *       kind of place ("Pacific" / "Pacific Ocean").</li>
 *   <li>{@code nickname}: an actor named by a well-known nickname of the project's table joins the one actor
 *       named by its full name ("Red Planet" / Mars, "T-Swift" / Taylor Swift); the full name stays the name.</li>
 *   <li>{@code transliteration}: two persons whose given name and surname have the same {@link NameKey} and initials
 *       (Sergey / Sergei Lavrov, Serzh Sarkisian / Sargsyan) and whose countries agree (or one is unknown).</li>
 *   <li>{@code surname-only}: a person named by one word joins the full-name person whose surname key is
 *       equal (the same word, else a close spelling of five letters or more, {@link #similar}), when exactly one
 *       such person of compatible country exists in the corpus (a close spelling only where both have the same known
 *       country; without that evidence it links only within a story, {@link #withStories}). With two or more
 *       candidates (two different Aliyevs) it stays apart. Because the key keeps the feminine ending,
 *       "Aliyeva" never joins Ilham Aliyev, and different words (Mammadov / Mammadyarov) never match.</li>
 *   <li>{@code given-name}: a one-word person joins the one full-name person with that given name whom the same
 *       article names ("Quentin" beside "Tarantino").</li>
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
 *
 * <p>The merge runs in stages ({@link Occurrences}, {@link Shared}, {@link #joinBlock}, {@link #finish}), which
 * {@link BlockedActors} runs by blocks of actors with the same result.
 */
public final class CorpusActors {
    /** Suffixes of a company incorporated in the US manner, and of one in the British manner ({@link #UNIT_SUFFIXES}). */
    private static final Set<String> PARENT_SUFFIXES = Set.of("inc", "incorporated", "co", "corp", "corporation",
            "company", "llc");
    /**
     * Suffixes of a company in the British manner: beside the same name with a {@link #PARENT_SUFFIXES} suffix in the
     * corpus, a unit of its own ("Equifax Ltd", the UK arm of Equifax Inc.).
     */
    private static final Set<String> UNIT_SUFFIXES = Set.of("ltd", "limited", "plc");
    /** Words that say what kind of place a name is, which a text may leave out ("the Pacific"). */
    private static final Set<String> PLACE_KINDS = Set.of("ocean", "sea", "gulf", "bay", "strait", "river", "lake",
            "peninsula", "island", "islands", "mountains", "desert", "field", "stadium", "park", "square", "airport");
    /** Well-known nickname → full name, both {@link NameKey#plain plain} ({@code nicknames.tsv}, {@link #joinNicknames}). */
    private static final Map<String, String> NICKNAMES = TsvResource.table(CorpusActors.class, "nicknames.tsv", s -> s)
            .entrySet().stream().collect(Collectors.toUnmodifiableMap(e -> NameKey.plain(e.getKey()),
                    e -> NameKey.plain(e.getValue())));
    /** The full names of {@link #NICKNAMES}, {@link NameKey#plain plain}. */
    private static final Set<String> NICKNAMED = Set.copyOf(NICKNAMES.values());
    /** The shortest surname compared by {@link #similar} rather than letter for letter. */
    private static final int MIN_SIMILAR = 5;

    /**
     * Why two actors became one.
     *
     * @param from     the per-article actor id that was merged
     * @param to       the per-article actor id it was merged into (the group's first actor)
     * @param rule     {@code same-id}, {@code same-name}, {@code place-prefix}, {@code place-kind}, {@code nickname},
     *                 {@code transliteration}, {@code surname-only}, {@code given-name}, {@code same-key} or {@code story-name}
     * @param evidence the names compared and the keys that matched, for a reader
     */
    public record Merge(String from, String to, String rule, String evidence) implements Serializable {
    }

    /**
     * The corpus actors.
     *
     * @param actors     one per entity, most mentioned first
     * @param corpusIdOf per-article actor id → corpus actor id, for every input actor
     * @param merges     every merge made, in the order made
     * @param inArticle  article id + "|" + per-article actor id → corpus actor id, where a story linked the actor
     *                   of that one article elsewhere ({@link #withStories})
     */
    public record Result(List<Actor> actors, Map<String, String> corpusIdOf, List<Merge> merges,
                         Map<String, String> inArticle) {
        public Result {
            actors = List.copyOf(actors);
            corpusIdOf = Map.copyOf(corpusIdOf);
            merges = List.copyOf(merges);
            inArticle = Map.copyOf(inArticle);
        }

        /**
         * Whether a story linked {@code article}'s actor {@code actor}, a short name, to a full one ({@link
         * #withStories}): its corpus id is then that full name's, else {@link #corpusIdOf()}'s, else {@code actor}.
         */
        public boolean storyLinked(String article, String actor) {
            return inArticle.containsKey(article + "|" + actor);
        }

        /** The corpus actor id of {@code article}'s actor {@code actor}; see {@link #storyLinked}. */
        public String corpusId(String article, String actor) {
            String linked = inArticle.get(article + "|" + actor);
            return linked != null ? linked : corpusIdOf.getOrDefault(actor, actor);
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
        return merge(known, articles, NameTypes.of(known, articles));
    }

    /**
     * Merges as {@link #merge(List, List)} does, with the types of the names decided elsewhere: {@code types} must be
     * {@link NameTypes#of(Map)} of the sum of the known actors' and every article's votes ({@link NameTypes#votes}),
     * the known actors' types put over it, as {@link NameTypes#of(List, List)} decides them.
     */
    Result merge(List<Actor> known, List<AnalyzedArticle> articles, NameTypes types) {
        Occurrences seen = Occurrences.of(known, articles, types);
        return finish(seen, articles, List.of(joinBlock(seen.first(), Shared.of(seen))));
    }

    /**
     * Every actor of the corpus under its per-article id, retyped by the corpus's {@link NameTypes}, in the corpus's
     * order (the known actors first, then each article's), with a {@code same-id} merge for each id met more than once.
     *
     * @param byId per-article id → its occurrences; the first stands for the id in every rule
     */
    record Occurrences(Map<String, List<Actor>> byId, List<Merge> merges) {
        static Occurrences of(List<Actor> known, List<AnalyzedArticle> articles, NameTypes types) {
            Map<String, List<Actor>> occurrences = new LinkedHashMap<>();
            List<Merge> merges = new ArrayList<>();
            List<List<Actor>> sources = new ArrayList<>();
            sources.add(known);
            articles.forEach(a -> sources.add(a.actors()));
            for (List<Actor> actors : sources) {
                for (Actor found : actors) {
                    Actor actor = actors == known ? found : types.retype(found);
                    List<Actor> seen = occurrences.computeIfAbsent(actor.id(), id -> new ArrayList<>());
                    if (seen.size() == 1) {
                        merges.add(new Merge(actor.id(), actor.id(), "same-id",
                                "\"" + actor.name() + "\" has the same id in more than one article"));
                    }
                    seen.add(actor);
                }
            }
            occurrences.replaceAll((id, all) -> List.copyOf(all));
            return new Occurrences(Collections.unmodifiableMap(occurrences), List.copyOf(merges));
        }

        /** The first occurrence of each id, in the corpus's order. */
        List<Actor> first() {
            return byId.values().stream().map(all -> all.get(0)).toList();
        }
    }

    /**
     * The sets of the whole corpus that the rules of a block read, computed once: the company names with an American
     * suffix among every organisation's names and aliases ({@code same-name}'s units, {@link #parentsOf} of every
     * occurrence), and the places' names ({@code place-prefix}, {@link #placeOf} of every id's first occurrence).
     */
    public record Shared(Set<String> parents, Set<String> places) implements Serializable {
        public Shared {
            parents = Set.copyOf(parents);
            places = Set.copyOf(places);
        }

        static Shared of(Occurrences seen) {
            return new Shared(seen.byId().values().stream().flatMap(List::stream).flatMap(a -> parentsOf(a).stream())
                    .collect(Collectors.toSet()), seen.first().stream().flatMap(a -> placeOf(a).stream())
                    .collect(Collectors.toSet()));
        }

        /** The company names with an American suffix among the names of an occurrence of an organisation, folded. */
        public static List<String> parentsOf(Actor occurrence) {
            return occurrence.type() != ActorType.ORGANIZATION ? List.of()
                    : Stream.concat(Stream.of(occurrence.name()), occurrence.aliases().stream())
                    .filter(n -> suffixed(n, PARENT_SUFFIXES)).map(CorpusActors::companyKey).toList();
        }

        /** The folded name of a place or state (an id's first occurrence, retyped). */
        public static Optional<String> placeOf(Actor first) {
            return first.type() == ActorType.LOCATION || first.type() == ActorType.COUNTRY
                    ? Optional.of(String.join(" ", NameKey.words(first.name()))) : Optional.empty();
        }
    }

    /**
     * The joins of one block: its groups, its merges in the order made and the person keys ({@link PersonKey#full})
     * of its persons, a one-word person's being that of the full name it joined.
     */
    public record Joined(Groups groups, List<Merge> merges, Map<String, String> keyOf) implements Serializable {
        public Joined {
            merges = List.copyOf(merges);
            keyOf = Collections.unmodifiableMap(new HashMap<>(keyOf)); // a value is null where a joined root has no key
        }

        /** The ids of the block's actors. */
        Set<String> ids() {
            return groups.parent.keySet();
        }
    }

    /**
     * The rules from {@code same-name} to {@code surname-only}, in that order, over {@code actors} (first occurrences,
     * in the corpus's order): the whole corpus in a local merge, or one block of {@link BlockedActors}, whose keys
     * ({@link #blockKeys}) keep together every pair these rules may join or compare.
     */
    static Joined joinBlock(List<Actor> actors, Shared shared) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        Groups groups = new Groups(byId.keySet());
        List<Merge> merges = new ArrayList<>();
        List<Actor> persons = new ArrayList<>();
        Map<String, String> firstByName = new HashMap<>();
        for (Actor actor : actors) {
            if (actor.type() == ActorType.PERSON) {
                persons.add(actor);
                continue;
            }
            boolean unit = actor.type() == ActorType.ORGANIZATION && suffixed(actor.name(), UNIT_SUFFIXES)
                    && shared.parents().contains(orgKey(actor));
            String folded = actor.type() + "|" + orgKey(actor) + (unit ? "|unit" : "");
            String first = firstByName.putIfAbsent(folded, actor.id());
            if (first != null) {
                groups.join(actor.id(), first, merges, "same-name",
                        "\"" + actor.name() + "\" = \"" + byId.get(first).name()
                                + "\" once case, punctuation and a company suffix are folded");
            }
        }
        joinPlacePrefixed(actors, shared.places(), groups, merges);
        joinPlaceKinds(actors, groups, merges);
        joinNicknames(actors, groups, merges);
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
        FullNames fullNames = FullNames.of(persons);
        for (Actor p : persons) {
            PersonKey key = PersonKey.of(p.name());
            if (key.given() != null || key.surname().isEmpty()) {
                continue;
            }
            String word = NameKey.plain(p.name());
            Set<String> candidates = roots(fullNames.withLastWord(word), p, groups, o -> true);
            if (candidates.isEmpty() && p.country() != null) {
                candidates = roots(fullNames.withSurname(key.surname()), p, groups, o -> p.country().equals(o.country())
                        && similar(word, NameKey.plain(lastWord(o.name()))));
            }
            if (candidates.size() == 1) {
                String to = candidates.iterator().next();
                groups.join(p.id(), to, merges, "surname-only", "\"" + p.name() + "\" is the surname of \""
                        + byId.get(to).name() + "\", the only full-name person with that surname (key " + key.surname() + ")");
                keyOf.put(p.id(), keyOf.get(to));
            }
        }
        return new Joined(groups, merges, keyOf);
    }

    /**
     * The keys under which the rules of {@link #joinBlock} may join or compare this actor (a first occurrence, retyped)
     * with another: two actors one of those rules reads together share a key, so a block of every actor linked by a
     * shared key holds all that its rules read, besides the {@link Shared} sets. A person: the surname key of its last
     * word, and that of its {@link NameKey#plain plain} name (the last word {@code surname-only} and {@code same-name}
     * compare: "Çelikel" beside "Deniz Celikel"); an organisation: the last word of its name without a company suffix
     * ({@code same-name}, {@code place-prefix}); a place of two words whose second is a kind of place: its first word
     * ("Pacific Ocean" beside "Pacific"), any other name: its last word; and an actor named by a nickname of the table,
     * or by the full name of one: that full name, whatever the types ({@code nickname}: "Motor City" / Detroit).
     */
    static Set<String> blockKeys(Actor a) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> words = NameKey.words(a.name());
        String type = a.type() + "|";
        switch (a.type()) {
            case PERSON -> {
                keys.add(type + PersonKey.of(a.name()).surname());
                keys.add(type + PersonKey.of(NameKey.plain(a.name())).surname());
            }
            case ORGANIZATION -> keys.add(type + last(NameKey.words(companyKey(a.name()))));
            case LOCATION -> keys.add(type + (words.size() == 2 && PLACE_KINDS.contains(words.get(1)) ? words.get(0)
                    : last(words)));
            default -> keys.add(type + last(words));
        }
        String plain = NameKey.plain(a.name());
        if (NICKNAMES.containsKey(plain)) {
            keys.add("nickname|" + NICKNAMES.get(plain));
        }
        if (NICKNAMED.contains(plain)) {
            keys.add("nickname|" + plain);
        }
        return keys;
    }

    /** The last of these words; empty for none. */
    private static String last(List<String> words) {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /**
     * The passes over the whole corpus after the blocks ({@code blocks}: their groups over disjoint actors, together
     * every actor of {@code seen}, else an {@link IllegalArgumentException}): {@code given-name}, whose one-word person and full name cross blocks, then one
     * actor per group and {@code same-key} over the groups.
     */
    static Result finish(Occurrences seen, List<AnalyzedArticle> articles, List<Joined> blocks) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        seen.first().forEach(a -> byId.put(a.id(), a));
        if (blocks.stream().mapToInt(b -> b.ids().size()).sum() != byId.size()
                || !blocks.stream().allMatch(b -> byId.keySet().containsAll(b.ids()))) {
            throw new IllegalArgumentException("the blocks do not hold each actor of the articles once");
        }
        Groups groups = new Groups(byId.keySet());
        List<Merge> merges = new ArrayList<>(seen.merges());
        Map<String, String> keyOf = new HashMap<>();
        for (Joined block : blocks) {
            groups.absorb(block.groups());
            merges.addAll(block.merges());
            keyOf.putAll(block.keyOf());
        }
        List<Actor> persons = byId.values().stream().filter(a -> a.type() == ActorType.PERSON).toList();
        joinGivenNames(persons, FullNames.of(persons), articles, groups, merges, keyOf, byId);
        Map<String, List<Actor>> members = new LinkedHashMap<>();
        seen.byId().forEach((id, all) -> members.computeIfAbsent(groups.root(id), r -> new ArrayList<>()).addAll(all));
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
        return new Result(out, corpusIdOf, merges, Map.of());
    }

    /**
     * {@code merged} with the short names that a story explains linked to the full name, per article ({@code
     * story-name}). Within one article of a story, an actor named by one word whose corpus actor has no longer name
     * joins the one corpus actor of the same type that the story's articles name in full with that word:
     * <ul>
     *   <li>a person: the word is the full name's first or last word, or a close spelling of the last ({@link
     *       #similar}) with the same {@link NameKey}, and the countries are compatible ("Kim" in a story that names
     *       Kim Jong-un; "Murtha" only where the story names John Murtha, never an unrelated Martha elsewhere in the
     *       corpus). A full name is two words or more between spaces: a nickname "T-Swift" is no full name;</li>
     *   <li>a place: the full name is the word and a kind of place ("Pacific" / "Pacific Ocean", {@link #PLACE_KINDS});</li>
     *   <li>an organisation: the full name is a news outlet's ({@link Sector#MED}) that ends in the word ("Times" /
     *       "New York Times", but "the Times" in a story about another Times stays apart).</li>
     * </ul>
     * An organisation named by two words or more joins the same way the one organisation of its story whose longer name
     * is them after one word that names no place, state or nationality ({@link #ends}: "Visual Core" / "Pixel Visual
     * Core").
     * A name of the project's tables (a {@code known-entity} mention: "Reuters") is a whole name and stays. With two
     * candidates in the story, or none, the actor keeps its corpus actor. Mentions move with the link: an
     * actor left with none is dropped, and the full name gains the short one as an alias.
     *
     * @param storyOf article id → story id
     */
    public Result withStories(Result merged, List<AnalyzedArticle> articles, Map<String, String> storyOf) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        merged.actors().forEach(a -> byId.put(a.id(), a));
        Map<String, Set<String>> named = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            Set<String> ids = named.computeIfAbsent(storyOf.getOrDefault(a.article().id(), a.article().id()),
                    s -> new LinkedHashSet<>());
            a.actors().forEach(x -> ids.add(merged.corpusId(a.article().id(), x.id())));
        }
        Map<String, String> inArticle = new HashMap<>(merged.inArticle());
        List<Merge> merges = new ArrayList<>(merged.merges());
        Map<String, Integer> moved = new HashMap<>();
        Map<String, Set<String>> gained = new HashMap<>();
        Set<String> places = byId.values().stream()
                .filter(o -> o.type() == ActorType.LOCATION || o.type() == ActorType.COUNTRY)
                .flatMap(o -> Stream.concat(Stream.of(o.name()), o.aliases().stream()))
                .map(n -> String.join(" ", NameKey.words(n))).collect(Collectors.toSet());
        Map<String, StoryNames> storyNames = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            String story = storyOf.getOrDefault(a.article().id(), a.article().id());
            Set<String> known = a.mentions().stream().filter(m -> m.rule().equals(MentionRule.KNOWN_ENTITY.label()))
                    .map(Mention::actor).collect(Collectors.toSet());
            for (Actor x : a.actors()) {
                Actor bare = byId.get(merged.corpusId(a.article().id(), x.id()));
                boolean tail = bare != null && bare.type() == ActorType.ORGANIZATION
                        && NameKey.words(x.name()).size() >= 2 && NameKey.words(bare.name()).equals(NameKey.words(x.name()));
                if (bare == null || known.contains(x.id()) || !tail && (NameKey.words(bare.name()).size() != 1
                        || NameKey.words(x.name()).size() != 1)) {
                    continue;
                }
                StoryNames names = storyNames.computeIfAbsent(story, s -> new StoryNames(named.get(s).stream()
                        .map(byId::get).filter(Objects::nonNull).toList()));
                List<Actor> candidates = (tail ? names.endingIn(x) : names.spelledBy(x)).stream()
                        .filter(o -> o.type() == bare.type() && (tail ? ends(o, x, places) : spells(x, o)))
                        .toList();
                if (candidates.size() == 1) {
                    Actor to = candidates.get(0);
                    inArticle.put(a.article().id() + "|" + x.id(), to.id());
                    moved.merge(bare.id(), -x.mentions(), Integer::sum);
                    moved.merge(to.id(), x.mentions(), Integer::sum);
                    gained.computeIfAbsent(to.id(), id -> new LinkedHashSet<>()).add(x.name());
                    merges.add(new Merge(x.id(), to.id(), "story-name", "\"" + x.name() + "\" in article "
                            + a.article().id() + " is \"" + to.name() + "\", the only such name of its story " + story));
                }
            }
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : byId.values()) {
            int mentions = a.mentions() + moved.getOrDefault(a.id(), 0);
            Set<String> aliases = new LinkedHashSet<>(a.aliases());
            aliases.addAll(gained.getOrDefault(a.id(), Set.of()));
            aliases.remove(a.name());
            if (mentions > 0) {
                out.add(new Actor(a.id(), a.name(), a.type(), List.copyOf(aliases), a.titles(), a.country(), a.sector(),
                        mentions));
            }
        }
        out.sort(Comparator.comparingInt(Actor::mentions).reversed().thenComparing(Actor::name).thenComparing(Actor::id));
        return new Result(out, merged.corpusIdOf(), merges, inArticle);
    }

    /**
     * Whether organisation {@code x}, of two words or more, is the end of {@code full}'s longer name after one word that
     * is no place of the corpus ({@code places}: names and aliases), state, nationality or capital ("Visual Core" of
     * the Pixel Visual Core; not "Foreign Ministry" of the Chinese Foreign Ministry, "Wildlife Service" of the Kenya
     * Wildlife Service, nor "Cleveland Cavaliers" of a caption's "USA Today Sports Cleveland Cavaliers").
     */
    private static boolean ends(Actor full, Actor x, Set<String> places) {
        List<String> words = NameKey.words(full.name());
        List<String> end = NameKey.words(x.name());
        int cut = words.size() - end.size();
        if (cut < 1 || !words.subList(cut, words.size()).equals(end)) {
            return false;
        }
        String[] raw = full.name().strip().split("\\s+");
        if (cut != 1 || raw.length != words.size()) {
            return false;
        }
        String start = raw[0];
        Countries countries = Countries.get();
        return !places.contains(String.join(" ", words.subList(0, cut))) && countries.byAnyForm(start).isEmpty()
                && countries.byCapital(start).isEmpty();
    }

    /**
     * The actors of one story by the words under which {@link #spells} and {@link #ends} can take a short name for
     * them, so that a short name is checked against the few actors with its word and not against every actor its story
     * names (a story has no bound on its articles, and the check would grow with their square).
     */
    private static final class StoryNames {
        private final Map<String, Set<Actor>> byWord = new HashMap<>();
        private final Map<List<String>, Set<Actor>> byEnd = new HashMap<>();

        StoryNames(List<Actor> actors) {
            for (Actor o : actors) {
                List<String> words = NameKey.words(o.name());
                if (words.isEmpty()) {
                    continue;
                }
                file(byWord, "first " + NameKey.plain(words.get(0)), o);
                file(byWord, "last " + NameKey.plain(words.get(words.size() - 1)), o);
                if (o.type() == ActorType.PERSON) {
                    file(byWord, "surname " + PersonKey.of(o.name()).surname(), o);
                }
                file(byEnd, words.subList(1, words.size()), o);
            }
        }

        private static <K> void file(Map<K, Set<Actor>> index, K key, Actor o) {
            index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(o);
        }

        /** Every actor here that one-word {@code x} can name by {@link #spells}, and perhaps others. */
        Set<Actor> spelledBy(Actor x) {
            String word = NameKey.plain(x.name());
            Set<Actor> found = new LinkedHashSet<>(byWord.getOrDefault("first " + word, Set.of()));
            found.addAll(byWord.getOrDefault("last " + word, Set.of()));
            found.addAll(byWord.getOrDefault("surname " + PersonKey.of(x.name()).surname(), Set.of()));
            return found;
        }

        /** The actors here whose name is one word more than {@code x}'s, then {@code x}'s words (see {@link #ends}). */
        Set<Actor> endingIn(Actor x) {
            return byEnd.getOrDefault(NameKey.words(x.name()), Set.of());
        }
    }

    /** Whether one-word {@code x} names {@code full}, a longer name, by the rules of {@link #withStories}. */
    private static boolean spells(Actor x, Actor full) {
        List<String> words = NameKey.words(full.name());
        if (full.name().strip().split("\\s+").length < 2) {
            return false;
        }
        String word = NameKey.plain(x.name());
        String first = NameKey.plain(words.get(0));
        String last = NameKey.plain(words.get(words.size() - 1));
        return switch (full.type()) {
            case PERSON -> compatible(x.country(), full.country()) && (word.equals(first) || word.equals(last)
                    || similar(word, last) && PersonKey.of(x.name()).surname().equals(PersonKey.of(full.name()).surname()));
            case LOCATION -> words.size() == 2 && word.equals(first) && PLACE_KINDS.contains(last);
            case ORGANIZATION -> full.sector() == Sector.MED && word.equals(last);
            default -> false;
        };
    }

    /** The groups of the full-name persons {@code named} of {@code p}'s country (or none) that {@code fits} accepts. */
    private static Set<String> roots(List<Actor> named, Actor p, Groups groups, Predicate<Actor> fits) {
        return named.stream().filter(o -> compatible(o.country(), p.country()) && fits.test(o))
                .map(o -> groups.root(o.id())).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * {@code given-name}: a one-word person left without a full name ("Quentin") joins the one full-name person with
     * that given name whom the same article also names (by full name or surname, "Tarantino"), so the article's
     * given name and surname become one person; a given name shared by two such persons stays apart.
     */
    private static void joinGivenNames(List<Actor> persons, FullNames fullNames, List<AnalyzedArticle> articles,
                                       Groups groups, List<Merge> merges, Map<String, String> keyOf,
                                       Map<String, Actor> byId) {
        // what each one-word person's articles name beside it (only they ask: a frequent full name would gather the
        // actors of all its articles)
        Set<String> oneWord = persons.stream().filter(o -> NameKey.words(o.name()).size() == 1).map(Actor::id)
                .collect(Collectors.toSet());
        Map<String, Set<String>> rootsBeside = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            List<Actor> asking = a.actors().stream().filter(x -> oneWord.contains(x.id())).toList();
            if (!asking.isEmpty()) {
                Set<String> roots = a.actors().stream().map(x -> groups.root(x.id())).collect(Collectors.toSet());
                asking.forEach(x -> rootsBeside.computeIfAbsent(x.id(), id -> new HashSet<>()).addAll(roots));
            }
        }
        Set<String> named = persons.stream().filter(o -> NameKey.words(o.name()).size() >= 2)
                .map(o -> groups.root(o.id())).collect(Collectors.toSet());
        for (Actor p : persons) {
            if (NameKey.words(p.name()).size() != 1 || named.contains(groups.root(p.id()))) {
                continue;
            }
            String word = NameKey.plain(p.name());
            Set<String> beside = rootsBeside.getOrDefault(p.id(), Set.of());
            Set<String> candidates = roots(fullNames.withGivenName(word), p, groups,
                    o -> beside.contains(groups.root(o.id())));
            if (candidates.size() == 1) {
                String to = candidates.iterator().next();
                groups.join(p.id(), to, merges, "given-name", "\"" + p.name() + "\" is the given name of \""
                        + byId.get(to).name() + "\", whom the same article names");
                keyOf.put(p.id(), keyOf.get(to));
            }
        }
    }

    /**
     * {@code place-prefix}: an organisation ("Cubs") joins the one organisation of the corpus whose name is a place of
     * the corpus ({@code places}, {@link Shared#places}) followed by it ("Chicago Cubs"); with two such names ("Arizona
     * Cardinals", "St. Louis Cardinals") it stays apart.
     */
    private static void joinPlacePrefixed(Collection<Actor> actors, Set<String> places, Groups groups,
                                          List<Merge> merges) {
        Map<String, Actor> orgs = new LinkedHashMap<>();
        actors.stream().filter(a -> a.type() == ActorType.ORGANIZATION).forEach(a -> orgs.putIfAbsent(orgKey(a), a));
        Map<String, Set<String>> longer = new LinkedHashMap<>();
        for (String key : orgs.keySet()) {
            List<String> words = List.of(key.split(" "));
            for (int k = 1; k < words.size(); k++) {
                String rest = String.join(" ", words.subList(k, words.size()));
                if (places.contains(String.join(" ", words.subList(0, k))) && orgs.containsKey(rest)) {
                    longer.computeIfAbsent(rest, r -> new LinkedHashSet<>()).add(key);
                }
            }
        }
        longer.forEach((rest, keys) -> {
            if (keys.size() == 1) {
                Actor to = orgs.get(keys.iterator().next());
                groups.join(orgs.get(rest).id(), to.id(), merges, "place-prefix",
                        "\"" + to.name() + "\" is a place followed by \"" + orgs.get(rest).name() + "\", the only such name");
            }
        });
    }

    /**
     * {@code place-kind}: a place named by one word ("Pacific") joins the one place of the corpus named by that word and
     * a kind of place ({@link #PLACE_KINDS}: "Pacific Ocean"); with two such places ("Pacific Ocean", "Pacific
     * Islands") it stays apart.
     */
    private static void joinPlaceKinds(Collection<Actor> actors, Groups groups, List<Merge> merges) {
        Map<String, Set<String>> kinds = new HashMap<>();
        Map<String, Actor> byName = new LinkedHashMap<>();
        for (Actor a : actors) {
            List<String> words = NameKey.words(a.name());
            if (a.type() != ActorType.LOCATION) {
                continue;
            }
            byName.putIfAbsent(String.join(" ", words), a);
            if (words.size() == 2 && PLACE_KINDS.contains(words.get(1))) {
                kinds.computeIfAbsent(words.get(0), w -> new LinkedHashSet<>()).add(String.join(" ", words));
            }
        }
        kinds.forEach((word, full) -> {
            Actor bare = byName.get(word);
            if (bare != null && full.size() == 1) {
                Actor to = byName.get(full.iterator().next());
                groups.join(bare.id(), to.id(), merges, "place-kind",
                        "\"" + bare.name() + "\" is \"" + to.name() + "\" without its kind of place, the only such place");
            }
        });
    }

    /**
     * {@code nickname}: an actor named by a well-known nickname ({@link #NICKNAMES}: "Red Planet", "T-Swift") joins the
     * one actor of the corpus named by its full name (Mars, Taylor Swift); where the corpus names no such actor, or
     * two of different types, it stays apart.
     */
    private static void joinNicknames(Collection<Actor> actors, Groups groups, List<Merge> merges) {
        Map<String, Set<String>> byName = new HashMap<>();
        actors.forEach(a -> byName.computeIfAbsent(NameKey.plain(a.name()), n -> new LinkedHashSet<>())
                .add(groups.root(a.id())));
        for (Actor a : actors) {
            String full = NICKNAMES.get(NameKey.plain(a.name()));
            Set<String> named = full == null ? Set.of() : byName.getOrDefault(full, Set.of());
            if (named.size() == 1) {
                groups.join(a.id(), named.iterator().next(), merges, "nickname",
                        "\"" + a.name() + "\" is a well-known nickname of \"" + full + "\", which the corpus names");
            }
        }
    }

    /** Whether the actor is named by a well-known nickname ({@link #NICKNAMES}), which is never a group's name. */
    private static boolean nickname(Actor a) {
        return NICKNAMES.containsKey(NameKey.plain(a.name()));
    }

    /** An organisation's folded name without a company suffix ("Apple Inc." → "apple"); other names folded. */
    private static String orgKey(Actor actor) {
        return actor.type() == ActorType.ORGANIZATION ? companyKey(actor.name())
                : String.join(" ", NameKey.words(actor.name()));
    }

    /** A company's name folded, without its company suffix. */
    private static String companyKey(String name) {
        List<String> words = new ArrayList<>(NameKey.words(name));
        if (suffixed(name, PARENT_SUFFIXES) || suffixed(name, UNIT_SUFFIXES)) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** Whether a name of two words or more ends in one of these company suffixes. */
    private static boolean suffixed(String name, Set<String> suffixes) {
        List<String> words = NameKey.words(name);
        return words.size() >= 2 && suffixes.contains(words.get(words.size() - 1));
    }

    private static String lastWord(String name) {
        List<String> words = NameKey.words(name);
        return words.get(words.size() - 1);
    }

    /**
     * Whether two spellings of a surname are close enough to be one name written two ways: five letters or more,
     * the same first letter and at most a third of the longer one edited (Zelenskiy / Zelensky, Mamedov / Mammadov;
     * not Webb / Weibo, Bell / Bill, Keim / Kim).
     */
    static boolean similar(String a, String b) {
        if (Math.min(a.length(), b.length()) < MIN_SIMILAR || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()] * 3 <= Math.max(a.length(), b.length());
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
        Actor canonical = group.stream().max(Comparator.<Actor, Boolean>comparing(a -> !nickname(a))
                .thenComparingInt(a -> NameKey.words(a.name()).size()).thenComparingInt(Actor::mentions)).orElseThrow();
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
        if (canonical.type() == ActorType.LOCATION) {
            sector = placeSector(group, mentions);
        }
        String key = keyOf.getOrDefault(canonical.id(), String.join(" ", NameKey.words(canonical.name())))
                + (canonical.type() == ActorType.PERSON ? "|" + country : "");
        return new Actor(Ids.of(canonical.type() + "|" + key), canonical.name(), canonical.type(), List.copyOf(aliases),
                List.copyOf(titles), country, sector, mentions);
    }

    /**
     * A place stands for its government ({@link Sector#GOV}) in the corpus only where the articles that read it so
     * ("Tokyo said") hold at least half of its mentions: a city named mostly as a place (flights, datelines, a prison)
     * has no sector because one article had it speak.
     */
    private static Sector placeSector(List<Actor> group, int mentions) {
        int government = group.stream().filter(a -> a.sector() == Sector.GOV).mapToInt(Actor::mentions).sum();
        return government > 0 && government * 2 >= mentions ? Sector.GOV : null;
    }

    /**
     * The one type of each name in the corpus: the type most of its running-text mentions were given (where an
     * article's mentions are not known, an actor's name counts its mentions and each alias once). A name is never two actors
     * because the tagger read it as a person in one article and an organisation in another ("Elon Musk", "Nice");
     * states and groups of the tables keep their type, and a tie decides nothing. The corpus actors of an earlier
     * run keep theirs (and decide their names' type for the new batch), so that a batch added to them never changes
     * their ids.
     *
     * @param decided name key → the type of every actor of that name in the corpus
     */
    public record NameTypes(Map<String, ActorType> decided) implements Serializable {
        private static final Set<ActorType> FIXED = Set.of(ActorType.COUNTRY, ActorType.GROUP);

        public NameTypes {
            decided = Map.copyOf(decided);
        }

        /** The types of the names of {@code known}, an earlier run's corpus actors, and of these articles. */
        static NameTypes of(List<Actor> known, List<AnalyzedArticle> articles) {
            Map<String, Map<ActorType, Integer>> votes = new HashMap<>();
            known.forEach(a -> voteNames(votes, a));
            articles.forEach(article -> votes(article).forEach((name, count) ->
                    count.forEach((type, n) -> votes.computeIfAbsent(name, k -> new EnumMap<>(ActorType.class))
                            .merge(type, n, Integer::sum))));
            Map<String, ActorType> decided = new HashMap<>(of(votes).decided());
            known.stream().filter(a -> !FIXED.contains(a.type())).forEach(a -> decided.put(key(a.name()), a.type()));
            return new NameTypes(decided);
        }

        /**
         * The types of the names these votes decide: each name's votes summed over the corpus (name key → type →
         * votes), in any order and grouping.
         */
        public static NameTypes of(Map<String, Map<ActorType, Integer>> votes) {
            Map<String, ActorType> decided = new HashMap<>();
            votes.forEach((name, count) -> decide(count).ifPresent(type -> decided.put(name, type)));
            return new NameTypes(decided);
        }

        /**
         * The type one name's votes, summed over the corpus, decide: none where a state or group type is among them or
         * the most votes are tied.
         */
        public static Optional<ActorType> decide(Map<ActorType, Integer> count) {
            if (count.keySet().stream().anyMatch(FIXED::contains)) {
                return Optional.empty();
            }
            int most = count.values().stream().max(Integer::compare).orElse(0);
            List<ActorType> top = count.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
            return top.size() == 1 ? Optional.of(top.get(0)) : Optional.empty();
        }

        /**
         * One article's votes, by name key: the type of each of its running-text mentions (each name of its actors
         * where its mentions are not known). The corpus's votes are the sums of its articles'.
         */
        public static Map<String, Map<ActorType, Integer>> votes(AnalyzedArticle article) {
            Map<String, Map<ActorType, Integer>> votes = new HashMap<>();
            Map<String, ActorType> typeOf = new HashMap<>();
            article.actors().forEach(a -> typeOf.put(a.id(), a.type()));
            if (article.mentions().isEmpty()) {
                article.actors().forEach(a -> voteNames(votes, a));
            }
            article.mentions().stream()
                    .filter(m -> !m.rule().equals(MentionRule.ROLE.label()) && typeOf.containsKey(m.actor()))
                    .forEach(m -> vote(votes, m.text(), typeOf.get(m.actor()), 1));
            return votes;
        }

        /** An actor whose mentions are not known: its name counts its mentions, each alias once. */
        private static void voteNames(Map<String, Map<ActorType, Integer>> votes, Actor a) {
            vote(votes, a.name(), a.type(), a.mentions());
            a.aliases().forEach(alias -> vote(votes, alias, a.type(), 1));
        }

        private static void vote(Map<String, Map<ActorType, Integer>> votes, String name, ActorType type, int n) {
            votes.computeIfAbsent(key(name), k -> new EnumMap<>(ActorType.class)).merge(type, n, Integer::sum);
        }

        private static String key(String name) {
            return String.join(" ", NameKey.words(name.replaceFirst("^(?i)the\\s+", "")));
        }

        /** The actor with its name's corpus type. */
        public Actor retype(Actor a) {
            ActorType type = FIXED.contains(a.type()) ? a.type() : decided.getOrDefault(key(a.name()), a.type());
            return type == a.type() ? a : new Actor(a.id(), a.name(), type, a.aliases(), a.titles(), a.country(),
                    a.sector(), a.mentions());
        }
    }

    /**
     * The keys of a person's name: given name (first word; null for a one-word name) and surname (last word), each
     * its first letter and its {@link NameKey}.
     * Middle names and patronymics are ignored.
     */
    record PersonKey(String given, String surname) {
        static PersonKey of(String name) {
            List<String> words = NameKey.words(name);
            if (words.isEmpty()) {
                return new PersonKey(null, "");
            }
            String surname = initialled(words.get(words.size() - 1));
            return new PersonKey(words.size() == 1 ? null : initialled(words.get(0)), surname);
        }

        /** A word's {@link NameKey} after its first letter, so that names with other initials never match (Bear / Pierre). */
        private static String initialled(String word) {
            return word.charAt(0) + NameKey.of(word);
        }

        String full() {
            return given + " " + surname;
        }
    }

    /**
     * The full-name persons of the corpus (two words or more), in the corpus's order, by the keys under which the rules
     * for a one-word person look for them: the last word ({@code surname-only}), the surname key (its close spellings)
     * and the first word ({@code given-name}). A one-word person's candidates are then read from one list, not found by
     * scanning every person of the corpus (which made the merge grow with the square of the persons).
     *
     * @param byLastWord  the {@link NameKey#plain plain} last word of the name's {@link NameKey#words words}
     * @param bySurname   the {@link PersonKey#surname surname key}
     * @param byGivenName the first word of the {@link NameKey#plain plain} name
     */
    record FullNames(Map<String, List<Actor>> byLastWord, Map<String, List<Actor>> bySurname,
                     Map<String, List<Actor>> byGivenName) {
        FullNames {
            byLastWord = Map.copyOf(byLastWord);
            bySurname = Map.copyOf(bySurname);
            byGivenName = Map.copyOf(byGivenName);
        }

        static FullNames of(List<Actor> persons) {
            List<Actor> full = persons.stream().filter(o -> NameKey.words(o.name()).size() >= 2).toList();
            return new FullNames(by(full, o -> NameKey.plain(lastWord(o.name()))),
                    by(full, o -> PersonKey.of(o.name()).surname()), by(full, o -> NameKey.plain(o.name()).split(" ")[0]));
        }

        private static Map<String, List<Actor>> by(List<Actor> full, Function<Actor, String> key) {
            return full.stream().collect(Collectors.groupingBy(key, Collectors.toUnmodifiableList()));
        }

        List<Actor> withLastWord(String word) {
            return byLastWord.getOrDefault(word, List.of());
        }

        List<Actor> withSurname(String key) {
            return bySurname.getOrDefault(key, List.of());
        }

        List<Actor> withGivenName(String word) {
            return byGivenName.getOrDefault(word, List.of());
        }
    }

    /** Union-find over actor ids; the root is the group's first actor. */
    private static final class Groups implements Serializable {
        private final Map<String, String> parent = new HashMap<>();

        Groups(Set<String> ids) {
            ids.forEach(id -> parent.put(id, id));
        }

        /** Takes over the joins of {@code block}, whose actors are among these and in no other block. */
        void absorb(Groups block) {
            parent.putAll(block.parent);
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
