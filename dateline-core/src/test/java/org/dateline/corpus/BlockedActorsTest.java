package org.dateline.corpus;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Ids;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of {@link CorpusActors} that a merge by blocks can break, each on invented articles: a rule that joins two
 * names whose last words differ, or that reads a set of the whole corpus. Each fixture states what the local merge
 * gives (actors, corpus ids, merges); {@link BlockedActors} gives the same on each of them, on all of them together
 * and on generated corpora.
 */
class BlockedActorsTest {
    /** A per-article actor under the id {@code analyze} gives it (a hash of type and name), mentioned once. */
    static Actor actor(String name, ActorType type, String country, String... aliases) {
        return new Actor(id(type, name), name, type, List.of(aliases), List.of(), country, null, 1);
    }

    private static String id(ActorType type, String name) {
        return Ids.of(type + ":" + name);
    }

    private static AnalyzedArticle article(Actor... actors) {
        return CorpusActorsTest.article(actors);
    }

    /** "Corvel" is the one Corvel place of a kind; "Maddox" names a bay and a strait, so it stays apart. */
    static List<AnalyzedArticle> placeKind() {
        return List.of(article(actor("Corvel Sea", ActorType.LOCATION, null), actor("Maddox Bay", ActorType.LOCATION, null)),
                article(actor("Corvel", ActorType.LOCATION, null), actor("Maddox", ActorType.LOCATION, null)),
                article(actor("Maddox Strait", ActorType.LOCATION, null)));
    }

    /** Nicknames of the table beside their full names, one of them typed otherwise than its full name. */
    static List<AnalyzedArticle> nickname() {
        return List.of(article(actor("Windy City", ActorType.LOCATION, null), actor("Dubya", ActorType.PERSON, null)),
                article(actor("Chicago", ActorType.LOCATION, null), actor("George W. Bush", ActorType.PERSON, "USA")),
                article(actor("Motor City", ActorType.ORGANIZATION, null), actor("Detroit", ActorType.LOCATION, null)));
    }

    /**
     * "Halvard Inc." is only an alias of an organisation of another last word, yet it makes "Halvard Ltd" a unit of its
     * own; "Brisk Ltd" has no American parent in the corpus and is "Brisk".
     */
    static List<AnalyzedArticle> sameNameWithParents() {
        return List.of(article(actor("Halvard Ltd", ActorType.ORGANIZATION, null), actor("Halvard", ActorType.ORGANIZATION, null)),
                article(actor("Kestrel Holdings", ActorType.ORGANIZATION, null, "Halvard Inc.")),
                article(actor("Brisk Ltd", ActorType.ORGANIZATION, null), actor("Brisk", ActorType.ORGANIZATION, null)));
    }

    /** One-word names that fold alike, one of them with a letter that folds to two ("Ş" → "sh"). */
    static List<AnalyzedArticle> sameKey() {
        return List.of(article(actor("Lesovia", ActorType.PERSON, null)), article(actor("LESOVIA", ActorType.PERSON, null)),
                article(actor("Şahin", ActorType.PERSON, null)), article(actor("Shahin", ActorType.PERSON, null)));
    }

    /**
     * Surnames in other articles than their full names: a unique one, one shared by two people, one whose "Ç" the full
     * name writes "C" (its surname key differs), and a close spelling of the same country.
     */
    static List<AnalyzedArticle> surnameOnly() {
        return List.of(article(actor("Quentin Tarrow", ActorType.PERSON, null), actor("Ada Holm", ActorType.PERSON, null)),
                article(actor("Tarrow", ActorType.PERSON, null), actor("Holm", ActorType.PERSON, null)),
                article(actor("Ivo Holm", ActorType.PERSON, null), actor("Deniz Celikel", ActorType.PERSON, "TUR")),
                article(actor("Çelikel", ActorType.PERSON, null), actor("Pyotr Zelenkow", ActorType.PERSON, "RUS")),
                article(actor("Zelenkov", ActorType.PERSON, "RUS")));
    }

    /**
     * Given names beside their surname (whose full name another article gives), beside their full name, and beside two
     * full names of that given name.
     */
    static List<AnalyzedArticle> givenName() {
        return List.of(article(actor("Quentin Tarrow", ActorType.PERSON, null)),
                article(actor("Tarrow", ActorType.PERSON, null), actor("Quentin", ActorType.PERSON, null)),
                article(actor("Ilse Varn", ActorType.PERSON, null), actor("Ilse", ActorType.PERSON, null)),
                article(actor("Oskar Lind", ActorType.PERSON, null), actor("Oskar Falk", ActorType.PERSON, null),
                        actor("Oskar", ActorType.PERSON, null)));
    }

    static List<List<AnalyzedArticle>> fixtures() {
        return List.of(placeKind(), nickname(), sameNameWithParents(), sameKey(), surnameOnly(), givenName());
    }

    private static CorpusActors.Result local(List<AnalyzedArticle> articles) {
        return new CorpusActors().merge(articles);
    }

    /** The corpus id of the per-article actor of this type and name. */
    private static String corpusId(CorpusActors.Result r, ActorType type, String name) {
        return r.corpusIdOf().get(id(type, name));
    }

    /** The merges as "rule: from name -> to name", names read back from the per-article ids. */
    private static Set<String> merges(CorpusActors.Result r, List<AnalyzedArticle> articles) {
        var names = articles.stream().flatMap(a -> a.actors().stream())
                .collect(Collectors.toMap(Actor::id, Actor::name, (a, b) -> a));
        return r.merges().stream().map(m -> m.rule() + ": " + names.get(m.from()) + " -> " + names.get(m.to()))
                .collect(Collectors.toSet());
    }

    /** The local merge of {@code articles}, asserted to give actors of these names and these merges ({@link #merges}). */
    private static CorpusActors.Result local(List<AnalyzedArticle> articles, List<String> actors, String... merges) {
        CorpusActors.Result r = local(articles);
        assertThat(r.actors()).extracting(Actor::name).containsExactlyInAnyOrderElementsOf(actors);
        assertThat(merges(r, articles)).containsExactlyInAnyOrder(merges);
        return r;
    }

    @Test
    void aOneWordPlaceJoinsItsOnlyPlaceOfAKindAcrossLastWords() {
        CorpusActors.Result r = local(placeKind(), List.of("Corvel Sea", "Maddox Bay", "Maddox", "Maddox Strait"),
                "place-kind: Corvel -> Corvel Sea");

        assertThat(corpusId(r, ActorType.LOCATION, "Corvel")).isEqualTo(Ids.of("LOCATION|corvel sea"));
        assertThat(corpusId(r, ActorType.LOCATION, "Maddox")).isEqualTo(Ids.of("LOCATION|maddox"));
    }

    @Test
    void aNicknameJoinsItsFullNameWhateverTheLastWordOrType() {
        CorpusActors.Result r = local(nickname(), List.of("Chicago", "George W. Bush", "Detroit"),
                "nickname: Windy City -> Chicago", "nickname: Dubya -> George W. Bush", "nickname: Motor City -> Detroit");

        assertThat(corpusId(r, ActorType.LOCATION, "Windy City")).isEqualTo(Ids.of("LOCATION|chicago"));
        assertThat(corpusId(r, ActorType.PERSON, "Dubya")).isEqualTo(corpusId(r, ActorType.PERSON, "George W. Bush"))
                .isEqualTo(Ids.of("PERSON|" + CorpusActors.PersonKey.of("George W. Bush").full() + "|USA"));
        assertThat(corpusId(r, ActorType.ORGANIZATION, "Motor City")).isEqualTo(Ids.of("LOCATION|detroit"));
    }

    @Test
    void aSurnameOfANicknameJoinsTheOneWordFullNameTheNicknameJoinedWhichHasNoPersonKey() {
        List<AnalyzedArticle> articles = List.of(article(actor("Queen Bey", ActorType.PERSON, null)),
                article(actor("Beyoncé", ActorType.PERSON, null)), article(actor("Bey", ActorType.PERSON, null)));
        CorpusActors.Result r = local(articles, List.of("Beyoncé"), "nickname: Queen Bey -> Beyoncé",
                "surname-only: Bey -> Beyoncé");

        assertThat(corpusId(r, ActorType.PERSON, "Bey")).isEqualTo(Ids.of("PERSON|beyonce|null"));
        SameActors.assertBlockedIsLocal(articles);
    }

    @Test
    void anAmericanSuffixAmongAnotherOrganisationsAliasesKeepsABritishSuffixApart() {
        CorpusActors.Result r = local(sameNameWithParents(), List.of("Halvard Ltd", "Halvard", "Kestrel Holdings",
                "Brisk Ltd"), "same-name: Brisk -> Brisk Ltd");

        assertThat(corpusId(r, ActorType.ORGANIZATION, "Halvard Ltd")).isEqualTo(Ids.of("ORGANIZATION|halvard ltd"));
        assertThat(corpusId(r, ActorType.ORGANIZATION, "Brisk")).isEqualTo(Ids.of("ORGANIZATION|brisk ltd"));
    }

    @Test
    void oneWordNamesThatFoldAlikeAreOneActorByTheirCorpusId() {
        CorpusActors.Result r = local(sameKey(), List.of("Lesovia", "Şahin"),
                "same-key: LESOVIA -> Lesovia", "same-key: Shahin -> Şahin");

        assertThat(corpusId(r, ActorType.PERSON, "Shahin")).isEqualTo(corpusId(r, ActorType.PERSON, "Şahin"))
                .isEqualTo(Ids.of("PERSON|shahin|null"));
    }

    @Test
    void aSurnameInAnotherArticleJoinsItsOnlyFullNameEvenWhereItsKeyDiffers() {
        CorpusActors.Result r = local(surnameOnly(), List.of("Quentin Tarrow", "Ada Holm", "Holm", "Ivo Holm",
                "Deniz Celikel", "Pyotr Zelenkow"), "surname-only: Tarrow -> Quentin Tarrow",
                "surname-only: Çelikel -> Deniz Celikel", "surname-only: Zelenkov -> Pyotr Zelenkow");

        assertThat(CorpusActors.PersonKey.of("Çelikel").surname()).isNotEqualTo(CorpusActors.PersonKey.of("Celikel").surname());
        assertThat(corpusId(r, ActorType.PERSON, "Çelikel")).isEqualTo(corpusId(r, ActorType.PERSON, "Deniz Celikel"));
        assertThat(corpusId(r, ActorType.PERSON, "Tarrow"))
                .isEqualTo(Ids.of("PERSON|" + CorpusActors.PersonKey.of("Quentin Tarrow").full() + "|null"));
    }

    @Test
    void aGivenNameJoinsTheOneFullNameItsArticlesName() {
        CorpusActors.Result r = local(givenName(), List.of("Quentin Tarrow", "Ilse Varn", "Oskar Lind",
                "Oskar Falk", "Oskar"), "surname-only: Tarrow -> Quentin Tarrow", "given-name: Quentin -> Quentin Tarrow",
                "given-name: Ilse -> Ilse Varn");

        assertThat(corpusId(r, ActorType.PERSON, "Quentin")).isEqualTo(corpusId(r, ActorType.PERSON, "Quentin Tarrow"));
        assertThat(corpusId(r, ActorType.PERSON, "Oskar")).isEqualTo(Ids.of("PERSON|oskar|null"));
    }

    @Test
    void theBlockedMergeGivesTheLocalMergeOnEachFixtureAndOnAllOfThem() {
        List<AnalyzedArticle> all = new ArrayList<>();
        for (List<AnalyzedArticle> fixture : fixtures()) {
            SameActors.assertBlockedIsLocal(fixture);
            all.addAll(fixture);
        }
        SameActors.assertBlockedIsLocal(all);
    }

    @Test
    void theBlockedMergeGivesTheLocalMergeOnAGeneratedCorpus() {
        List<AnalyzedArticle> articles = new ArrayList<>(CorpusActorsScaleTest.corpus(3000, new SplittableRandom(14)));
        fixtures().forEach(articles::addAll);

        SameActors.assertBlockedIsLocal(articles);
        assertThat(BlockedActors.blocks(CorpusActors.Occurrences.of(List.of(), articles,
                CorpusActors.NameTypes.of(List.of(), articles)).first())).hasSizeGreaterThan(1000);
    }

    @Test
    void blocksJoinedApartGiveTheLocalActorsAndBlocksThatMissAnActorOrHoldOneTwiceAreRefused() {
        List<AnalyzedArticle> articles = new ArrayList<>(givenName());
        articles.addAll(nickname());
        CorpusActors.NameTypes types = CorpusActors.NameTypes.of(List.of(), articles);
        CorpusActors.Occurrences seen = CorpusActors.Occurrences.of(List.of(), articles, types);
        CorpusActors.Shared shared = new CorpusActors.Shared(
                seen.byId().values().stream().flatMap(List::stream).flatMap(a -> CorpusActors.Shared.parentsOf(a).stream())
                        .collect(Collectors.toSet()),
                seen.first().stream().flatMap(a -> CorpusActors.Shared.placeOf(a).stream()).collect(Collectors.toSet()));
        List<CorpusActors.Joined> joined = BlockedActors.blocks(seen.first()).stream()
                .map(block -> BlockedActors.join(block, shared)).toList();
        CorpusActors.Result local = local(articles);

        assertThat(shared).isEqualTo(CorpusActors.Shared.of(seen));
        assertThat(BlockedActors.finish(articles, types, joined).corpusIdOf()).isEqualTo(local.corpusIdOf());
        List<CorpusActors.Joined> twice = new ArrayList<>(joined);
        twice.add(joined.get(0));
        assertThatThrownBy(() -> BlockedActors.finish(articles, types, twice)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlockedActors.finish(articles, types, joined.subList(1, joined.size())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The names of the actors of each block of these articles' actors. */
    private static List<Set<String>> blocks(List<AnalyzedArticle> articles) {
        List<Actor> actors = articles.stream().flatMap(a -> a.actors().stream()).toList();
        return BlockedActors.blocks(actors).stream()
                .map(b -> b.stream().map(Actor::name).collect(Collectors.toSet())).toList();
    }

    @Test
    void aBlockHoldsThePairsItsRulesJoinAcrossLastWordsButNotAGivenNameAndItsFullName() {
        List<AnalyzedArticle> articles = new ArrayList<>();
        fixtures().forEach(articles::addAll);
        List<Set<String>> blocks = blocks(articles);

        assertThat(blocks).as("a place and its kind").contains(Set.of("Corvel Sea", "Corvel"));
        assertThat(blocks).as("a nickname and its full name, of two types").contains(Set.of("Motor City", "Detroit"));
        assertThat(blocks).as("the last word without a company suffix")
                .contains(Set.of("Halvard Ltd", "Halvard"), Set.of("Brisk Ltd", "Brisk"), Set.of("Kestrel Holdings"));
        assertThat(blocks).as("the surname key of the plain name").anyMatch(b -> b.containsAll(Set.of("Çelikel",
                "Deniz Celikel")));
        assertThat(blocks).as("a given name is keyed as a surname: given-name runs after the blocks")
                .noneMatch(b -> b.containsAll(Set.of("Ilse", "Ilse Varn")));
    }
}
