package org.dateline.corpus;

import org.dateline.model.Sector;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Mention;
import org.dateline.model.MentionRule;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusActorsTest {
    private static int next;

    static Actor person(String name, String country, String... titles) {
        return new Actor("p" + (next++), name, ActorType.PERSON, List.of(), List.of(titles), country, Sector.GOV, 1);
    }

    static AnalyzedArticle article(Actor... actors) {
        Article article = new Article("a" + (next++), "src", "Outlet", "title", null, null, null, List.of(), "en",
                "text", null, null, List.of());
        return new AnalyzedArticle(article, List.of(actors), List.of(), List.of());
    }

    private static CorpusActors.Result merge(AnalyzedArticle... articles) {
        return new CorpusActors().merge(List.of(articles));
    }

    @Test
    void nameKeysAgreeOnTransliterationVariantsAndKeepFeminineAndLongerSurnamesApart() {
        assertThat(NameKey.of("Sergey")).isEqualTo(NameKey.of("Sergei")).isEqualTo(NameKey.of("Sergej"));
        assertThat(NameKey.of("Sarkisian")).isEqualTo(NameKey.of("Sargsyan")).isEqualTo(NameKey.of("Sarkissian"));
        assertThat(NameKey.of("Mammadov")).isEqualTo(NameKey.of("Məmmədov")).isEqualTo(NameKey.of("Mamedov"));
        assertThat(NameKey.of("Zelensky")).isEqualTo(NameKey.of("Zelenskyy")).isEqualTo(NameKey.of("Zelenskiy"));
        assertThat(NameKey.of("Aliyev")).isNotEqualTo(NameKey.of("Aliyeva"));
        assertThat(NameKey.of("Mammadov")).isNotEqualTo(NameKey.of("Mammadyarov"));
        assertThat(NameKey.of("Ilham")).isNotEqualTo(NameKey.of("Mehriban"));
    }

    @Test
    void aNameWithAndWithoutItsAccentsIsOnePerson() {
        CorpusActors.Result r = merge(article(person("François Lemaire", "FRA")), article(person("Francois Lemaire", null)),
                article(person("Çingiz Məmmədli", "AZE")), article(person("Chingiz Mammadli", "AZE")));

        assertThat(r.actors()).hasSize(2).extracting(Actor::mentions).containsOnly(2);
        assertThat(r.actors()).filteredOn(a -> a.name().contains("Lemaire")).singleElement()
                .satisfies(a -> assertThat(a.country()).isEqualTo("FRA"));
    }

    @Test
    void aRoleNeverJoinsTwoPeopleAcrossArticles() {
        Actor first = new Actor("m1", "Ines Varga", ActorType.PERSON, List.of("the mayor"), List.of("Mayor"), null, Sector.GOV, 2);
        Actor second = new Actor("m2", "Odile Brun", ActorType.PERSON, List.of("the mayor"), List.of("Mayor"), null, Sector.GOV, 2);

        assertThat(merge(article(first), article(second)).actors()).extracting(Actor::name)
                .containsExactlyInAnyOrder("Ines Varga", "Odile Brun");
    }

    @Test
    void oneWordPersonNamesThatFoldAlikeAreOneActorWithOneCorpusId() {
        CorpusActors.Result r = merge(article(person("Lesovia", null)), article(person("LESOVIA", null)));

        assertThat(r.actors()).singleElement().satisfies(a -> assertThat(a.mentions()).isEqualTo(2));
        assertThat(r.merges()).extracting(CorpusActors.Merge::rule).containsExactly("same-key");
    }

    @Test
    void theCorpusActorsOfAnEarlierRunKeepTheirIdsAndNewMentionsJoinThem() {
        Actor oldLavrov = person("Sergey Lavrov", "RUS");
        CorpusActors.Result earlier = merge(article(oldLavrov), article(person("Tasso", null)));
        Actor newLavrov = person("Sergei Lavrov", "RUS");
        Actor newTasso = person("Tasso", null);

        CorpusActors.Result later = new CorpusActors().merge(earlier.actors(), List.of(article(newLavrov, newTasso)));

        assertThat(later.actors()).extracting(Actor::id).containsExactlyInAnyOrderElementsOf(
                earlier.actors().stream().map(Actor::id).toList());
        earlier.actors().forEach(a -> assertThat(later.corpusIdOf()).containsEntry(a.id(), a.id()));
        assertThat(later.corpusIdOf().get(newLavrov.id())).isEqualTo(earlier.corpusIdOf().get(oldLavrov.id()));
        assertThat(later.corpusIdOf().get(newTasso.id()))
                .isEqualTo(earlier.actors().stream().filter(a -> a.name().equals("Tasso")).findFirst().orElseThrow().id());
        assertThat(later.actors()).allSatisfy(a -> assertThat(a.mentions()).isEqualTo(2));
    }

    @Test
    void transliteratedFullNamesBecomeOneActorAndKeepEveryTitle() {
        Actor sergey = person("Sergey Lavrov", "RUS", "Foreign Minister");
        Actor sergei = person("Sergei Lavrov", "RUS", "Top Diplomat");
        CorpusActors.Result r = merge(article(sergey), article(sergei));

        assertThat(r.actors()).hasSize(1);
        Actor lavrov = r.actors().get(0);
        assertThat(lavrov.aliases()).contains("Sergei Lavrov");
        assertThat(lavrov.titles()).containsExactly("Foreign Minister", "Top Diplomat");
        assertThat(lavrov.mentions()).isEqualTo(2);
        assertThat(r.corpusIdOf()).containsEntry(sergey.id(), lavrov.id()).containsEntry(sergei.id(), lavrov.id());
        assertThat(r.merges()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("transliteration");
            assertThat(m.evidence()).contains("Sergei Lavrov", "Sergey Lavrov");
        });
    }

    @Test
    void theCorpusIdDoesNotDependOnWhichSpellingCameFirst() {
        String one = merge(article(person("Serzh Sarkisian", "ARM")), article(person("Serzh Sargsyan", "ARM"))).actors().get(0).id();
        String other = merge(article(person("Serzh Sargsyan", "ARM")), article(person("Serzh Sarkisian", "ARM"))).actors().get(0).id();
        assertThat(one).isEqualTo(other);
    }

    @Test
    void aSurnameJoinsTheOnlyFullNameWithItButNotAFeminineFormOrALongerSurname() {
        Actor ilham = person("Ilham Aliyev", "AZE", "President");
        Actor mehriban = person("Mehriban Aliyeva", "AZE", "First Vice President");
        Actor aliyev = person("Aliyev", "AZE");
        Actor novruz = person("Novruz Mammadov", "AZE");
        Actor elmar = person("Elmar Mammadyarov", "AZE");
        Actor mammadyarov = person("Mammadyarov", null);
        CorpusActors.Result r = merge(article(ilham, novruz), article(mehriban, aliyev), article(elmar), article(mammadyarov));

        assertThat(r.corpusIdOf().get(aliyev.id())).isEqualTo(r.corpusIdOf().get(ilham.id()));
        assertThat(r.corpusIdOf().get(mehriban.id())).isNotEqualTo(r.corpusIdOf().get(ilham.id()));
        assertThat(r.corpusIdOf().get(mammadyarov.id())).isEqualTo(r.corpusIdOf().get(elmar.id()));
        assertThat(r.corpusIdOf().get(novruz.id())).isNotEqualTo(r.corpusIdOf().get(elmar.id()));
        assertThat(r.actors()).hasSize(4);
        assertThat(r.merges()).extracting(CorpusActors.Merge::rule).containsOnly("surname-only");
    }

    @Test
    void aSurnameSharedByTwoDifferentPeopleStaysApart() {
        Actor ilham = person("Ilham Aliyev", "AZE");
        Actor heydar = person("Heydar Aliyev", "AZE");
        Actor aliyev = person("Aliyev", "AZE");
        CorpusActors.Result r = merge(article(ilham), article(heydar), article(aliyev));

        assertThat(r.actors()).hasSize(3);
        assertThat(r.merges()).isEmpty();
    }

    @Test
    void sameNamesInDifferentCountriesOrTypesStayApartAndCaseOnlyDifferencesMerge() {
        Actor ruSmith = person("John Smith", "GBR");
        Actor usSmith = person("John Smith", "USA");
        Actor baku = new Actor("l1", "BAKU", ActorType.LOCATION, List.of(), List.of(), "AZE", null, 1);
        Actor baku2 = new Actor("l2", "Baku", ActorType.LOCATION, List.of(), List.of(), "AZE", null, 3);
        CorpusActors.Result r = merge(article(ruSmith, baku), article(usSmith, baku2));

        assertThat(r.corpusIdOf().get(ruSmith.id())).isNotEqualTo(r.corpusIdOf().get(usSmith.id()));
        assertThat(r.corpusIdOf().get(baku.id())).isEqualTo(r.corpusIdOf().get(baku2.id()));
        assertThat(r.merges()).extracting(CorpusActors.Merge::rule).containsExactly("same-name");
    }

    @Test
    void anActorSeenInTwoArticlesUnderOneIdIsCountedOnceWithAllMentions() {
        Actor a = new Actor("same", "Russia", ActorType.COUNTRY, List.of(), List.of(), "RUS", null, 2);
        Actor b = new Actor("same", "Russia", ActorType.COUNTRY, List.of("Moscow"), List.of(), "RUS", null, 5);
        CorpusActors.Result r = merge(article(a), article(b));

        assertThat(r.actors()).singleElement().satisfies(x -> {
            assertThat(x.mentions()).isEqualTo(7);
            assertThat(x.aliases()).containsExactly("Moscow");
        });
        assertThat(r.merges()).extracting(CorpusActors.Merge::rule).containsExactly("same-id");
    }

    @Test
    void aPersonWithoutCountryDoesNotBridgeNamesakesOfTwoCountries() {
        Actor unknown = person("John Smith", null);
        Actor british = person("John Smith", "GBR");
        Actor american = person("John Smith", "USA");
        CorpusActors.Result r = merge(article(unknown), article(british), article(american));

        assertThat(r.corpusIdOf().get(british.id())).isNotEqualTo(r.corpusIdOf().get(american.id()));
        assertThat(r.actors()).hasSize(2);
    }

    private static Actor named(String name, ActorType type, int mentions) {
        return new Actor("n" + (next++), name, type, List.of(), List.of(), null, null, mentions);
    }

    @Test
    void aNameTaggedAsTwoTypesIsOneActorOfTheTypeMostMentionsHave() {
        Actor person = new Actor("mq", "Mara Quist", ActorType.PERSON, List.of("Quist"), List.of(), null, null, 5);
        Actor asOrganisation = named("Mara Quist", ActorType.ORGANIZATION, 2);
        Actor surnameAsOrganisation = named("Quist", ActorType.ORGANIZATION, 1);
        Actor town = named("Velmont", ActorType.LOCATION, 4);
        Actor townAsOrganisation = named("Velmont", ActorType.ORGANIZATION, 3);
        Actor again = new Actor("mq2", "Mara Quist", ActorType.PERSON, List.of("Quist"), List.of(), null, null, 2);
        CorpusActors.Result r = merge(article(person, town), article(asOrganisation, surnameAsOrganisation),
                article(townAsOrganisation), article(again));

        assertThat(r.actors()).hasSize(2);
        assertThat(r.actors()).filteredOn(a -> a.name().equals("Mara Quist")).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActorType.PERSON);
            assertThat(a.mentions()).isEqualTo(10);
        });
        assertThat(r.actors()).filteredOn(a -> a.name().equals("Velmont")).singleElement()
                .satisfies(a -> assertThat(a.type()).isEqualTo(ActorType.LOCATION));
    }

    @Test
    void aCompanySuffixOrAPlaceBeforeATeamNameIsTheSameOrganisation() {
        Actor company = named("Brindle", ActorType.ORGANIZATION, 3);
        Actor companyInc = named("Brindle Inc.", ActorType.ORGANIZATION, 1);
        Actor city = named("Portavel", ActorType.LOCATION, 2);
        Actor team = named("Portavel Otters", ActorType.ORGANIZATION, 2);
        Actor shortTeam = named("Otters", ActorType.ORGANIZATION, 4);
        Actor hawks = named("Hawks", ActorType.ORGANIZATION, 1);
        Actor otherCity = named("Danmere", ActorType.LOCATION, 1);
        Actor hawksOne = named("Portavel Hawks", ActorType.ORGANIZATION, 1);
        Actor hawksTwo = named("Danmere Hawks", ActorType.ORGANIZATION, 1);
        CorpusActors.Result r = merge(article(company, city, team), article(companyInc, shortTeam),
                article(hawks, otherCity, hawksOne, hawksTwo));

        assertThat(r.corpusIdOf().get(companyInc.id())).isEqualTo(r.corpusIdOf().get(company.id()));
        assertThat(r.corpusIdOf().get(shortTeam.id())).isEqualTo(r.corpusIdOf().get(team.id()));
        assertThat(r.corpusIdOf().get(team.id())).isNotEqualTo(r.corpusIdOf().get(city.id()));
        assertThat(r.corpusIdOf().get(hawks.id())).as("two teams end in Hawks")
                .isNotEqualTo(r.corpusIdOf().get(hawksOne.id())).isNotEqualTo(r.corpusIdOf().get(hawksTwo.id()));
        assertThat(r.merges()).extracting(CorpusActors.Merge::rule).contains("place-prefix");
    }

    private static Actor company(String name) {
        return named(name, ActorType.ORGANIZATION, 1);
    }

    private static Actor place(String name) {
        return named(name, ActorType.LOCATION, 1);
    }

    @Test
    void aBritishSuffixBesideTheSameNameWithAnAmericanOneIsAUnitOfItsOwn() {
        Actor bare = new Actor("cv", "Corvane", ActorType.ORGANIZATION, List.of("Corvane Inc."), List.of(), null, null, 5);
        Actor bareFirst = new Actor("cv", "Corvane", ActorType.ORGANIZATION, List.of(), List.of(), null, null, 1);
        Actor parent = company("Corvane Corp.");
        Actor unit = company("Corvane Ltd");
        Actor alone = company("Heskett plc");
        Actor aloneBare = company("Heskett");
        CorpusActors.Result r = merge(article(bareFirst), article(bare), article(unit), article(alone), article(aloneBare));
        CorpusActors.Result apart = merge(article(parent), article(company("Corvane Ltd")));

        assertThat(apart.actors()).as("an American suffix in a name").hasSize(2);
        assertThat(r.corpusIdOf().get(unit.id())).as("the American suffix among the aliases of a later article counts")
                .isNotEqualTo(r.corpusIdOf().get(bare.id()));
        assertThat(r.corpusIdOf().get(alone.id())).as("no American suffix beside it")
                .isEqualTo(r.corpusIdOf().get(aloneBare.id()));
    }

    @Test
    void aOneWordPlaceJoinsTheOnlyPlaceOfTheCorpusNamedByItAndAKindOfPlace() {
        Actor ocean = place("Sorrel Ocean");
        Actor sorrel = place("Sorrel");
        Actor lake = place("Tamsin Lake");
        Actor river = place("Tamsin River");
        Actor tamsin = place("Tamsin");
        CorpusActors.Result r = merge(article(ocean, lake), article(sorrel, tamsin), article(river));

        assertThat(r.corpusIdOf().get(sorrel.id())).isEqualTo(r.corpusIdOf().get(ocean.id()));
        assertThat(r.merges()).extracting(CorpusActors.Merge::rule).contains("place-kind");
        assertThat(r.corpusIdOf().get(tamsin.id())).as("a lake and a river")
                .isNotEqualTo(r.corpusIdOf().get(lake.id())).isNotEqualTo(r.corpusIdOf().get(river.id()));
    }

    @Test
    void aGivenNameJoinsTheFullNameOnlyWhereTheSameArticleNamesThatPerson() {
        Actor full = person("Tobias Wrenfield", null);
        Actor surname = person("Wrenfield", null);
        Actor given = person("Tobias", null);
        Actor otherTobias = person("Tobias", null);
        Actor namesake = person("Tobias Marr", null);
        CorpusActors.Result r = merge(article(full), article(surname, given), article(otherTobias, namesake));

        assertThat(r.corpusIdOf().get(given.id())).isEqualTo(r.corpusIdOf().get(full.id()));
        assertThat(r.corpusIdOf().get(otherTobias.id())).as("that article names Tobias Marr")
                .isEqualTo(r.corpusIdOf().get(namesake.id()));
        assertThat(r.merges()).extracting(CorpusActors.Merge::rule).contains("given-name", "surname-only");
    }

    @Test
    void theFullNamesAreFoundByLastWordSurnameKeyAndGivenNameAndOneWordNamesAreNotAmongThem() {
        Actor dvorak = person("Émile Dvořák-Hollis", "CZE");
        Actor dvorack = person("Emil Dvorack", "CZE");
        Actor otherEmile = person("Emile Sarrow", null);
        Actor bare = person("Dvorak", null);
        CorpusActors.FullNames names = CorpusActors.FullNames.of(List.of(dvorak, dvorack, otherEmile, bare));

        assertThat(names.withLastWord("hollis")).containsExactly(dvorak);
        assertThat(names.withLastWord("dvorak")).isEmpty();
        assertThat(names.withSurname(CorpusActors.PersonKey.of("Dvorak").surname())).containsExactly(dvorack);
        assertThat(names.withGivenName("emile")).containsExactly(dvorak, otherEmile);
        assertThat(names.withGivenName("emil")).containsExactly(dvorack);
    }

    @Test
    void noPersonsOrOnlyOneWordNamesGiveNoFullNames() {
        CorpusActors.FullNames none = CorpusActors.FullNames.of(List.of());
        assertThat(none.withLastWord("hollis")).isEmpty();
        CorpusActors.FullNames bare = CorpusActors.FullNames.of(List.of(person("Dvorak", null), person("Émile", null)));
        assertThat(bare.withLastWord("dvorak")).isEmpty();
        assertThat(bare.withGivenName("emile")).isEmpty();
        assertThat(bare.withSurname(CorpusActors.PersonKey.of("Dvorak").surname())).isEmpty();
    }

    @Test
    void aOneWordNameJoinsASurnameOnlyWhenSpelledAlike() {
        Actor webb = person("Colin Webb", null);
        Actor weibo = person("Weibo", null);
        Actor rondo = person("Lamar Rondo", null);
        Actor randy = person("Randy", null);
        Actor zelensky = person("Vadym Zelensky", "UKR");
        Actor zelenskiy = person("Zelenskiy", "UKR");
        Actor keim = person("Steve Keim", null);
        Actor kim = person("Kim", null);
        Actor brandet = person("Pierre Brandet", null);
        Actor bryant = person("Bear Bryant", null);
        CorpusActors.Result r = merge(article(webb, rondo, keim, brandet), article(weibo, randy, kim, bryant),
                article(zelensky), article(zelenskiy));

        assertThat(r.corpusIdOf().get(weibo.id())).isNotEqualTo(r.corpusIdOf().get(webb.id()));
        assertThat(r.corpusIdOf().get(randy.id())).isNotEqualTo(r.corpusIdOf().get(rondo.id()));
        assertThat(r.corpusIdOf().get(zelenskiy.id())).isEqualTo(r.corpusIdOf().get(zelensky.id()));
        assertThat(r.corpusIdOf().get(kim.id())).isNotEqualTo(r.corpusIdOf().get(keim.id()));
        assertThat(r.corpusIdOf().get(bryant.id())).as("same keys, other initials")
                .isNotEqualTo(r.corpusIdOf().get(brandet.id()));
        assertThat(CorpusActors.similar("sargsyan", "sarkisian")).isTrue();
        assertThat(CorpusActors.similar("palmer", "balmer")).isFalse();
    }

    @Test
    void aPlaceIsItsGovernmentOnlyWhereMostOfItsMentionsReadItSo() {
        Actor speaks = new Actor("t1", "Tokyo", ActorType.LOCATION, List.of(), List.of(), "JPN", Sector.GOV, 2);
        Actor place = new Actor("t2", "TOKYO", ActorType.LOCATION, List.of(), List.of(), "JPN", null, 6);
        Actor said = new Actor("k1", "Kyiv", ActorType.LOCATION, List.of(), List.of(), "UKR", Sector.GOV, 4);
        Actor city = new Actor("k2", "Kyiv", ActorType.LOCATION, List.of(), List.of(), "UKR", null, 3);
        CorpusActors.Result r = merge(article(speaks), article(place), article(said), article(city));

        assertThat(r.actors()).filteredOn(a -> a.name().equalsIgnoreCase("Tokyo")).singleElement()
                .satisfies(a -> assertThat(a.sector()).isNull());
        assertThat(r.actors()).filteredOn(a -> a.name().equals("Kyiv")).singleElement()
                .satisfies(a -> assertThat(a.sector()).isEqualTo(Sector.GOV));
    }

    /** The corpus actors of {@code corpus}, with {@code one} and {@code two} (both in it) one story. */
    private static CorpusActors.Result inOneStory(List<AnalyzedArticle> corpus, AnalyzedArticle one, AnalyzedArticle two) {
        CorpusActors actors = new CorpusActors();
        return actors.withStories(actors.merge(corpus), List.of(one, two),
                Map.of(one.article().id(), "s", two.article().id(), "s"));
    }

    @Test
    void aOneWordNameJoinsTheFullNameItsStoryNamesAndNoOtherArticlesNamesake() {
        Actor full = person("Pak Sun-il", "PRK");
        Actor bare = person("Pak", null);
        AnalyzedArticle speech = article(full);
        AnalyzedArticle reaction = article(bare);
        AnalyzedArticle credit = article(bare);
        CorpusActors actors = new CorpusActors();
        CorpusActors.Result merged = actors.merge(List.of(speech, reaction, credit));
        CorpusActors.Result r = actors.withStories(merged, List.of(speech, reaction, credit), Map.of(
                speech.article().id(), "s1", reaction.article().id(), "s1", credit.article().id(), "s2"));

        String pak = r.corpusId(speech.article().id(), full.id());
        assertThat(r.corpusId(reaction.article().id(), bare.id())).as("same story").isEqualTo(pak);
        assertThat(r.corpusId(credit.article().id(), bare.id())).as("another story").isNotEqualTo(pak);
        assertThat(r.actors()).filteredOn(a -> a.id().equals(pak)).singleElement()
                .satisfies(a -> assertThat(a.aliases()).contains("Pak"))
                .satisfies(a -> assertThat(a.mentions()).isEqualTo(2));
        assertThat(r.actors()).filteredOn(a -> a.name().equals("Pak")).singleElement()
                .satisfies(a -> assertThat(a.mentions()).isEqualTo(1));
        assertThat(r.merges()).extracting(CorpusActors.Merge::rule).contains("story-name");
    }

    @Test
    void withinAStoryACloseSpellingNeedsTheSameNameKeyAndAHyphenatedNicknameIsNoFullName() {
        Actor leader = person("Ren Jinpao", null);
        Actor given = person("Jianpaoxi", null);
        Actor singer = person("Dana Corrow", null);
        Actor nickname = person("D-Corrow", null);
        Actor surname = person("Corrow", null);
        AnalyzedArticle one = article(leader, singer, nickname);
        AnalyzedArticle two = article(given, surname);
        CorpusActors.Result r = inOneStory(List.of(one, article(person("Kel Corrow", null)), two), one, two);

        String in = two.article().id();
        assertThat(r.corpusId(in, given.id())).as("close letters, other key")
                .isNotEqualTo(r.corpusId(one.article().id(), leader.id()));
        assertThat(r.corpusId(in, surname.id())).as("D-Corrow is no second full name")
                .isEqualTo(r.corpusId(one.article().id(), singer.id()));
    }

    @Test
    void aCloseSpellingWithoutACountryLinksOnlyWithinItsStory() {
        Actor full = person("Delia Orlandi", null);
        Actor near = person("Orlandy", null);
        AnalyzedArticle first = article(full);
        AnalyzedArticle elsewhere = article(near);
        CorpusActors.Result merged = merge(first, elsewhere);
        assertThat(merged.corpusIdOf().get(near.id())).as("unrelated articles").isNotEqualTo(merged.corpusIdOf().get(full.id()));

        CorpusActors.Result together = inOneStory(List.of(first, elsewhere), first, elsewhere);
        assertThat(together.corpusId(elsewhere.article().id(), near.id()))
                .isEqualTo(together.corpusId(first.article().id(), full.id()));
    }

    @Test
    void aPlaceWithoutItsKindAndAnOutletByItsLastWordJoinTheFullNameOfTheirStory() {
        Actor sea = named("Varnic Sea", ActorType.LOCATION, 1);
        Actor varnic = named("Varnic", ActorType.LOCATION, 1);
        Actor paper = new Actor("dc", "Dunmore Courier", ActorType.ORGANIZATION, List.of(), List.of(), null, Sector.MED, 1);
        Actor courier = named("Courier", ActorType.ORGANIZATION, 1);
        Actor residence = new Actor("bh", "Brelton House", ActorType.ORGANIZATION, List.of(), List.of(), null, Sector.GOV, 1);
        Actor house = named("House", ActorType.ORGANIZATION, 1);
        AnalyzedArticle one = article(sea, paper, residence);
        AnalyzedArticle two = article(varnic, courier, house);
        CorpusActors.Result r = inOneStory(List.of(one, two), one, two);

        String in = two.article().id();
        assertThat(r.corpusId(in, varnic.id())).isEqualTo(r.corpusId(one.article().id(), sea.id()));
        assertThat(r.corpusId(in, courier.id())).isEqualTo(r.corpusId(one.article().id(), paper.id()));
        assertThat(r.corpusId(in, house.id())).as("no outlet").isNotEqualTo(r.corpusId(one.article().id(), residence.id()));
    }

    @Test
    void aOneWordNameOfTheTablesStaysItsOwnActorBesideALongerNameInItsStory() {
        Actor wire = named("Wirepress", ActorType.ORGANIZATION, 1);
        Actor parent = new Actor("tw", "Tolland Wirepress", ActorType.ORGANIZATION, List.of(), List.of(), null,
                Sector.MED, 1);
        AnalyzedArticle one = article(parent);
        AnalyzedArticle base = article(wire);
        AnalyzedArticle two = new AnalyzedArticle(base.article(), base.actors(), List.of(), List.of(), List.of(),
                List.of(new Mention(wire.id(), base.article().id(), "Wirepress", 0, 9, MentionRule.KNOWN_ENTITY.label())));
        CorpusActors.Result r = inOneStory(List.of(one, two), one, two);

        assertThat(r.corpusId(two.article().id(), wire.id())).isNotEqualTo(r.corpusId(one.article().id(), parent.id()));
    }

    /**
     * The articles of {@link #theTypesDecidedFromVotesSummedInAnyOrderAreTheCorpusTypes}: "Vera Quell" read as a person
     * by three mentions and as an organisation by two; "Ostra" a place in one article and an organisation in another,
     * two votes each (no mentions known: the names vote); "Lesovia" a state of the tables in one and a person in
     * another; and a role mention, which never votes.
     */
    private static List<AnalyzedArticle> typedTwice() {
        Actor person = new Actor("vq", "Vera Quell", ActorType.PERSON, List.of(), List.of(), null, null, 4);
        Actor asOrganisation = new Actor("vq-org", "Vera Quell", ActorType.ORGANIZATION, List.of(), List.of(), null, null, 2);
        AnalyzedArticle first = mentioned(article(person, asOrganisation), new Mention(person.id(), null, "Vera Quell", 0, 10,
                        MentionRule.NAME.label()), new Mention(person.id(), null, "Quell", 20, 25, MentionRule.SURNAME.label()),
                new Mention(person.id(), null, "the minister", 30, 42, MentionRule.ROLE.label()),
                new Mention(asOrganisation.id(), null, "Vera Quell", 50, 60, MentionRule.NAME.label()));
        AnalyzedArticle second = mentioned(article(person, asOrganisation), new Mention(person.id(), null, "Vera Quell", 0,
                10, MentionRule.NAME.label()), new Mention(person.id(), null, "Vera Quell", 15, 25, MentionRule.NAME.label()),
                new Mention(asOrganisation.id(), null, "Vera Quell", 30, 40, MentionRule.NAME.label()));
        return List.of(first, second, article(named("Ostra", ActorType.LOCATION, 2)),
                article(named("Ostra", ActorType.ORGANIZATION, 2)), article(named("Lesovia", ActorType.COUNTRY, 1)),
                article(named("Lesovia", ActorType.PERSON, 5)));
    }

    private static AnalyzedArticle mentioned(AnalyzedArticle a, Mention... mentions) {
        return new AnalyzedArticle(a.article(), a.actors(), List.of(), List.of(), List.of(), List.of(mentions));
    }

    @Test
    void theTypesDecidedFromVotesSummedInAnyOrderAreTheCorpusTypes() {
        List<AnalyzedArticle> articles = typedTwice();
        assertThat(CorpusActors.NameTypes.votes(articles.get(0))).isEqualTo(Map.of(
                "vera quell", Map.of(ActorType.PERSON, 1, ActorType.ORGANIZATION, 1), "quell", Map.of(ActorType.PERSON, 1)));
        Map<String, Map<ActorType, Integer>> summed = new HashMap<>();
        for (int i = articles.size() - 1; i >= 0; i--) {
            CorpusActors.NameTypes.votes(articles.get(i)).forEach((name, count) -> count.forEach((type, n) -> summed
                    .computeIfAbsent(name, k -> new EnumMap<>(ActorType.class)).merge(type, n, Integer::sum)));
        }
        CorpusActors.NameTypes types = CorpusActors.NameTypes.of(summed);

        assertThat(types.decided()).as("a tie (Ostra) and a state of the tables (Lesovia) decide nothing")
                .isEqualTo(Map.of("vera quell", ActorType.PERSON, "quell", ActorType.PERSON));
        assertThat(types).isEqualTo(CorpusActors.NameTypes.of(List.of(), articles));
        assertThat(new CorpusActors().merge(List.of(), articles, types)).isEqualTo(new CorpusActors().merge(articles));
        assertThat(new CorpusActors().merge(articles).actors()).filteredOn(a -> a.name().equals("Vera Quell"))
                .singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(ActorType.PERSON));
    }

    @Test
    void aCorpusLinksWithTypesDecidedElsewhereAsAloneButNeverOverAnEarlierRunsActors() {
        List<AnalyzedArticle> articles = typedTwice();
        Corpus alone = new Corpus();
        Corpus given = new Corpus();
        articles.forEach(a -> {
            alone.add(a);
            given.add(a);
        });
        CorpusActors.NameTypes types = CorpusActors.NameTypes.of(List.of(), articles);

        assertThat(given.link(List.of(), types)).isEqualTo(alone.link());
        Corpus.Earlier earlier = new Corpus.Earlier(List.of(), List.of(person("Vera Quell", null)), List.of());
        assertThatThrownBy(() -> new Corpus(earlier).link(List.of(), types)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWellKnownNicknameJoinsTheActorOfItsFullNameWhichStaysTheName() {
        Actor planet = named("Red Planet", ActorType.LOCATION, 9);
        Actor mars = named("Mars", ActorType.LOCATION, 2);
        Actor nickname = person("T-Swift", null);
        Actor singer = person("Taylor Swift", null);
        Actor city = place("Windy City");
        CorpusActors.Result r = merge(article(planet, nickname), article(mars, singer), article(city));

        assertThat(r.corpusIdOf().get(planet.id())).isEqualTo(r.corpusIdOf().get(mars.id()));
        assertThat(r.corpusIdOf().get(nickname.id())).isEqualTo(r.corpusIdOf().get(singer.id()));
        assertThat(r.merges()).extracting(CorpusActors.Merge::rule).contains("nickname");
        assertThat(r.actors()).extracting(Actor::name).as("the full name, though the nickname has more words and mentions")
                .contains("Mars", "Taylor Swift").doesNotContain("Red Planet", "T-Swift");
        assertThat(r.actors()).extracting(Actor::name).as("no Chicago in the corpus").contains("Windy City");
    }

    @Test
    void anOrganisationOfTwoWordsJoinsTheOneLongerNameOfItsStoryEndingInItAfterNoPlaceOrNationality() {
        Actor chip = company("Nova Lens Core");
        Actor ministry = company("Chinese Foreign Ministry");
        Actor service = company("Kenya Wildlife Service");
        Actor caption = company("Delmar Gazette Sports Harbor Trust");
        Actor lensCore = company("Lens Core");
        Actor foreignMinistry = company("Foreign Ministry");
        Actor wildlifeService = company("Wildlife Service");
        Actor harborTrust = company("Harbor Trust");
        AnalyzedArticle one = article(chip, ministry, service, caption);
        AnalyzedArticle two = article(lensCore, foreignMinistry, wildlifeService, harborTrust);
        CorpusActors.Result r = inOneStory(List.of(one, two), one, two);

        String in = two.article().id();
        String full = one.article().id();
        assertThat(r.corpusId(in, lensCore.id())).isEqualTo(r.corpusId(full, chip.id()));
        assertThat(r.actors()).extracting(Actor::name).doesNotContain("Lens Core");
        assertThat(r.corpusId(in, foreignMinistry.id())).as("a nationality").isNotEqualTo(r.corpusId(full, ministry.id()));
        assertThat(r.corpusId(in, wildlifeService.id())).as("a state").isNotEqualTo(r.corpusId(full, service.id()));
        assertThat(r.corpusId(in, harborTrust.id())).as("three words glued before it")
                .isNotEqualTo(r.corpusId(full, caption.id()));
        AnalyzedArticle both = article(chip, company("Orlen Lens Core"));
        CorpusActors.Result apart = inOneStory(List.of(both, two), both, two);
        assertThat(apart.actors()).extracting(Actor::name).as("two longer names").contains("Lens Core");
    }
}
