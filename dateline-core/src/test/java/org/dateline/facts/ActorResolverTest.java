package org.dateline.facts;

import org.dateline.model.Sector;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.MentionRule;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ActorResolverTest {
    private static Actor actor(FactsFixture f, String name) {
        return f.actors().actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor '" + name + "' in " + f.actors().actors()));
    }

    @Test
    void titleCountryAndSectorFromTheWordsBeforeTheName() {
        FactsFixture f = FactsFixture.of("""
                Russian Foreign Minister Pavel Orlov arrived in Baku on Monday. Orlov met officials there.
                """);
        Actor orlov = actor(f, "Pavel Orlov");
        assertThat(orlov.type()).isEqualTo(ActorType.PERSON);
        assertThat(orlov.titles()).containsExactly("Foreign Minister");
        assertThat(orlov.country()).isEqualTo("RUS");
        assertThat(orlov.sector()).isEqualTo(Sector.GOV);
        assertThat(orlov.aliases()).contains("Orlov");
        assertThat(orlov.mentions()).isEqualTo(2);
    }

    @Test
    void titlesFromAppositionsBeforeAndAfterTheName() {
        FactsFixture f = FactsFixture.of("""
                Azerbaijan's Foreign Ministry Spokesman, Rauf Aliyarov, spoke first. Then Tomas Berg, Sweden's defense minister, answered.
                """);
        Actor aliyarov = actor(f, "Rauf Aliyarov");
        assertThat(aliyarov.titles()).containsExactly("Foreign Ministry Spokesman");
        assertThat(aliyarov.country()).isEqualTo("AZE");
        Actor berg = actor(f, "Tomas Berg");
        assertThat(berg.titles()).containsExactly("defense minister");
        assertThat(berg.country()).isEqualTo("SWE");
    }

    @Test
    void militaryTitleGivesMilitarySector() {
        FactsFixture f = FactsFixture.of("General Anton Weiss inspected the troops near the river.");
        assertThat(actor(f, "Anton Weiss").sector()).isEqualTo(Sector.MIL);
    }

    @Test
    void countriesGetTheirCode() {
        FactsFixture f = FactsFixture.of("Armenia and Azerbaijan held talks in Geneva.");
        assertThat(actor(f, "Armenia").type()).isEqualTo(ActorType.COUNTRY);
        assertThat(actor(f, "Armenia").country()).isEqualTo("ARM");
        assertThat(actor(f, "Geneva").type()).isEqualTo(ActorType.LOCATION);
        assertThat(actor(f, "Geneva").country()).as("a city of the places table").isEqualTo("CHE");
    }

    @Test
    void aCapitalThatSpeaksStandsForItsGovernment() {
        FactsFixture f = FactsFixture.of("""
                Moscow said on Tuesday that the talks would continue. Reporters waited in Kharkiv for news.
                """);
        assertThat(actor(f, "Moscow").country()).isEqualTo("RUS");
        assertThat(actor(f, "Moscow").sector()).isEqualTo(Sector.GOV);
        assertThat(actor(f, "Kharkiv").country()).isEqualTo("UKR");
        assertThat(actor(f, "Kharkiv").sector()).isNull();
    }

    @Test
    void organisationsAndKnownOfficeHoldersAreCoded() {
        FactsFixture f = FactsFixture.of("""
                The OSCE Minsk Group welcomed the statement. Sergey Lavrov arrived in Yerevan on Monday.
                """);
        assertThat(actor(f, "OSCE Minsk Group").country()).isNull();
        assertThat(actor(f, "OSCE Minsk Group").sector()).isEqualTo(Sector.IGO);
        assertThat(actor(f, "Sergey Lavrov").country()).isEqualTo("RUS");
        assertThat(actor(f, "Sergey Lavrov").sector()).isEqualTo(Sector.GOV);
    }

    @Test
    void surnameGoesToTheMostRecentFullNameWithThatExactSurname() {
        FactsFixture f = FactsFixture.of("""
                President Idris Kamal opened the forum. His wife Leyla Kamalova chaired the first session. Kamal then left the hall.
                """);
        Actor idris = actor(f, "Idris Kamal");
        Actor leyla = actor(f, "Leyla Kamalova");
        assertThat(idris.id()).isNotEqualTo(leyla.id());
        assertThat(idris.mentions()).isEqualTo(2);
        assertThat(leyla.aliases()).doesNotContain("Kamal");
    }

    @Test
    void aSurnameTwoPeopleShareLinksToNeither() {
        FactsFixture f = FactsFixture.of("""
                Anna Berg met reporters in the morning. Later, Erik Berg gave a speech. Berg said little about the budget.
                """);
        assertThat(actor(f, "Anna Berg").id()).isNotEqualTo(actor(f, "Erik Berg").id());
        assertThat(actor(f, "Erik Berg").mentions()).isEqualTo(1);
        assertThat(actor(f, "Anna Berg").mentions()).isEqualTo(1);
        assertThat(actor(f, "Berg").mentions()).isEqualTo(1);
    }

    @Test
    void roleMentionBecomesAnAliasOfTheTitledPerson() {
        FactsFixture f = FactsFixture.of("""
                Russian Foreign Minister Pavel Orlov visited Baku. The Russian top diplomat praised the talks.
                """);
        assertThat(actor(f, "Pavel Orlov").aliases()).contains("The Russian top diplomat");
    }

    @Test
    void idsAreContentDerived() {
        FactsFixture a = FactsFixture.of("Senator Paul Grant arrived in Oslo.");
        FactsFixture b = FactsFixture.of("Yesterday Paul Grant spoke at length in Bergen about fisheries.");
        assertThat(actor(a, "Paul Grant").id()).isEqualTo(actor(b, "Paul Grant").id())
                .isEqualTo(ActorResolver.actorId(ActorType.PERSON, "Paul Grant")).hasSize(16);
        assertThat(ActorResolver.actorId(ActorType.PERSON, "Jane Doe")).as("the id the code before Ids gave")
                .isEqualTo("43d7f79cfd49c25f");
    }

    @Test
    void everyNameOfAKnownStateIsItsOneActorTypedAsACountry() {
        FactsFixture f = FactsFixture.of("""
                The U.S. sent a note to the DPRK on Monday. North Korea answered on Tuesday, and the United States
                replied at once. N. Korea then said America and the US were bluffing.
                """);
        Actor us = actor(f, "United States");
        assertThat(us.type()).isEqualTo(ActorType.COUNTRY);
        assertThat(us.country()).isEqualTo("USA");
        assertThat(us.aliases()).contains("U.S.", "America", "US");
        assertThat(us.mentions()).isEqualTo(4);
        Actor dprk = actor(f, "North Korea");
        assertThat(dprk.type()).as("DPRK is a state, whatever the tagger says").isEqualTo(ActorType.COUNTRY);
        assertThat(dprk.aliases()).contains("DPRK", "N. Korea");
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("DPRK", "U.S.", "America", "US");
    }

    @Test
    void organisationsGroupsAndAgenciesAreOneActorUnderEveryName() {
        FactsFixture f = FactsFixture.of("""
                The UN condemned the attack, which ISIS claimed, the Associated Press reported. The U.N. said the
                United Nations would send envoys. Islamic State fighters fled, AP said. Boko Haram was not involved.
                """);
        Actor un = actor(f, "United Nations");
        assertThat(un.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(un.aliases()).contains("UN", "U.N.");
        assertThat(un.sector()).isEqualTo(Sector.IGO);
        assertThat(actor(f, "Islamic State").aliases()).contains("ISIS");
        assertThat(actor(f, "Associated Press").aliases()).contains("AP");
        assertThat(actor(f, "Associated Press").sector()).isEqualTo(Sector.MED);
        assertThat(actor(f, "Boko Haram").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void accentsAndHyphensNeverSplitAName() {
        FactsFixture f = FactsFixture.of("""
                President François Lemaire met Chairman Park Jin-ho in Seoul. Francois Lemaire praised Park Jin Ho,
                and Lemaire said the talks went well.
                """);
        assertThat(actor(f, "François Lemaire").mentions()).isEqualTo(3);
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("Francois Lemaire", "Park Jin Ho");
        assertThat(actor(f, "Park Jin-ho").mentions()).isEqualTo(2);
    }

    @Test
    void aGivenNameAloneIsTheOnePersonWithThatGivenName() {
        FactsFixture f = FactsFixture.of("""
                Marika Tamm won the election in Tartu on Sunday. Marika thanked her voters in the evening.
                """);
        assertThat(actor(f, "Marika Tamm").aliases()).contains("Marika");
        assertThat(f.actors().mentions()).filteredOn(m -> m.text().equals("Marika"))
                .extracting(ActorMention::rule).containsExactly(MentionRule.GIVEN_NAME);
    }

    @Test
    void aNameInACreditLineIsNoActorAndNeverJoins() {
        FactsFixture f = FactsFixture.of("""
                Mayor Daniel Kask opened the new bridge in Tartu on Friday.
                A crowd watches the opening. Photograph: Maria Kask/AP
                Kask said the bridge would carry 5,000 cars a day.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("Maria Kask");
        assertThat(actor(f, "Daniel Kask").mentions()).isEqualTo(2);
    }

    @Test
    void aRoleOfAnotherCountryOrRankNeverJoinsAPerson() {
        FactsFixture f = FactsFixture.of("""
                American President Tom Ward met Vice President Clara Moss in Lyon. The Ukrainian president did not
                attend. The president spoke for an hour.
                """);
        Actor ward = actor(f, "Tom Ward");
        assertThat(ward.aliases()).doesNotContain("The Ukrainian president").contains("The president");
        assertThat(actor(f, "Clara Moss").aliases()).doesNotContain("The president");
    }

    @Test
    void everyMentionSaysWhyItWasLinked() {
        FactsFixture f = FactsFixture.of("""
                Foreign Minister Pavel Orlov arrived in Baku. Orlov met the OSCE. The minister left on Monday.
                """);
        assertThat(f.actors().mentions()).extracting(ActorMention::text, ActorMention::rule).contains(
                Tuple.tuple("Pavel Orlov", MentionRule.NAME),
                Tuple.tuple("Orlov", MentionRule.SURNAME),
                Tuple.tuple("OSCE", MentionRule.KNOWN_ENTITY),
                Tuple.tuple("The minister", MentionRule.ROLE));
        for (ActorMention m : f.actors().mentions()) {
            assertThat(f.article().text().substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void aStatesLeaderIsItsGovernmentAndAnOrganisationsRoleNeedsThatOrganisationInTheTitle() {
        FactsFixture f = FactsFixture.of("""
                North Korean leader Ri Chol-su watched the launch. The UN leader was not told. The leader smiled.
                """);
        Actor ri = actor(f, "Ri Chol-su");
        assertThat(ri.country()).isEqualTo("PRK");
        assertThat(ri.sector()).isEqualTo(Sector.GOV);
        assertThat(ri.aliases()).contains("The leader").doesNotContain("The UN leader");
    }

    @Test
    void aProfilesBareSurnameIsItsHeadlinedSubjectNotHerFatherNamedOnce() {
        FactsFixture f = FactsFixture.of("Why Dara Kellner Still Paints at Night", """
                Kellner grew up above a bakery in Leeds. Her father, Owen Kellner, taught chemistry at a local school.
                Dara started painting at nine. Kellner says the night light suits her canvases.
                """);
        Actor dara = actor(f, "Dara Kellner");
        Actor owen = actor(f, "Owen Kellner");
        assertThat(dara.id()).isNotEqualTo(owen.id());
        assertThat(dara.mentions()).isEqualTo(3);
        assertThat(owen.mentions()).isEqualTo(1);
        assertThat(owen.aliases()).doesNotContain("Kellner");
    }

    @Test
    void aTitleThatGoesOnWithOfIsNoRoleOfAnotherPerson() {
        FactsFixture f = FactsFixture.of("""
                NATO Secretary General Lars Holm spoke in Oslo on Monday. Later, U.S. Secretary of State Mark Doyle
                called for calm. Japanese Minister of Defence Kenji Mori said the missile fell into the sea.
                """);
        assertThat(actor(f, "Lars Holm").aliases()).doesNotContain("U.S. Secretary");
        assertThat(f.actors().mentions()).extracting(ActorMention::text).doesNotContain("U.S. Secretary", "Japanese Minister");
    }

    @Test
    void aKnownOrganisationGluedToAOneWordNameTheArticleUsesAloneIsTwoMentions() {
        FactsFixture f = FactsFixture.of("""
                Prime Minister Tomas Okafor visited the port of Lindow on Monday. Okafor said the talks went well.
                A professor in Lindow told CNN Okafor was trying to calm investors before the vote.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).noneMatch(n -> n.contains("CNN Okafor"));
        assertThat(actor(f, "Tomas Okafor").mentions()).isEqualTo(3);
        assertThat(actor(f, "CNN").mentions()).isEqualTo(1);
    }

    @Test
    void aNameGluedToAShareBarOrCreditIsTheNameAlone() {
        FactsFixture f = FactsFixture.of("""
                The Denver Broncos lost to the Miami Dolphins at home on Sunday.
                Facebook Twitter Pinterest Denver Broncos fans leave the stadium in silence.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).noneMatch(n -> n.contains("Pinterest"));
        assertThat(actor(f, "Denver Broncos").mentions()).isEqualTo(2);
    }

    @Test
    void anOrganisationNamedWithoutItsPlaceIsTheOneOrganisationWithThatPlaceBeforeIt() {
        FactsFixture f = FactsFixture.of("""
                The Tulsa Tribune reported on Monday that the old bridge in Tulsa would close. The Tribune said the
                decision was final.
                """);
        assertThat(actor(f, "Tulsa Tribune").aliases()).contains("Tribune");
        assertThat(f.actors().mentions()).filteredOn(m -> m.text().equals("Tribune"))
                .extracting(ActorMention::rule).containsExactly(MentionRule.SHORT_NAME);
        FactsFixture two = FactsFixture.of("""
                The Tulsa Tribune and the Denver Tribune both reported that the bridge in Tulsa would close. The
                Tribune said the decision was final.
                """);
        assertThat(two.actors().mentions()).filteredOn(m -> m.text().equals("Tribune"))
                .extracting(ActorMention::rule).doesNotContain(MentionRule.SHORT_NAME);
    }

    @Test
    void aBareNameThatIsTheSurnameOfAPersonOfTheArticleIsThatPersonNotACompany() {
        FactsFixture novel = FactsFixture.of("""
                The novelist Dara Ford published her third book in March. Ford wrote it in a cabin in Maine.
                """);
        assertThat(actor(novel, "Dara Ford").aliases()).contains("Ford");
        assertThat(novel.actors().actors()).noneMatch(a -> a.type() == ActorType.ORGANIZATION && a.name().startsWith("Ford"));
        FactsFixture cars = FactsFixture.of("Ford recalled 10,000 cars on Tuesday, and Tesla said its sales rose.");
        Actor ford = actor(cars, "Ford Motor Company");
        assertThat(ford.type()).isEqualTo(ActorType.ORGANIZATION);
        assertThat(ford.sector()).isEqualTo(Sector.BUS);
        assertThat(actor(cars, "Tesla").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void anAbbreviationIsNoSurnameEvenWhenAPersonsLastNameIsSpelledAlike() {
        FactsFixture f = FactsFixture.of("""
                The envoy Park Jin Un met the UN secretary-general in Geneva on Monday. The U.N. said the talks would go on.
                """);
        assertThat(actor(f, "Park Jin Un").aliases()).doesNotContain("UN", "U.N.");
        assertThat(f.actors().actors()).anyMatch(a -> a.type() == ActorType.ORGANIZATION && a.aliases().contains("UN"));
    }

    @Test
    void namesInAPhotoCreditWithTheAgencyBeforeOrAfterAreNoActors() {
        FactsFixture f = FactsFixture.of("""
                Minister Lee Jae-sung opened the new port in Busan on Friday.
                Park Min-ho / Reuters A ship leaves the harbour at dawn. REUTERS/Park Min-ho
                Lee said the port would double exports.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("Park Min-ho");
        assertThat(actor(f, "Lee Jae-sung").mentions()).isEqualTo(2);
    }

    @Test
    void shortFormsOfStatesCitiesAndLeaguesAreTheirOneActor() {
        FactsFixture f = FactsFixture.of("""
                The U.S. agreed on the plan. Officials in NYC and L.A. welcomed it, and Washington, D.C. said the
                NFL would play a game in London. The National Football League and New York City agreed. Fans in NY
                cheered, and the mayor of the District of Columbia thanked them.
                """);
        assertThat(actor(f, "Washington").aliases()).contains("D.C.", "District of Columbia");
        assertThat(actor(f, "New York").aliases()).contains("NYC", "New York City");
        assertThat(actor(f, "Los Angeles").aliases()).contains("L.A.");
        assertThat(actor(f, "NFL").aliases()).contains("National Football League");
        assertThat(actor(f, "NFL").sector()).isNull();
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("D.C.", "NYC", "L.A.", "New York City");
    }

    @Test
    void aNameWithoutItsGenericNounIsTheOneFullNameOfTheArticle() {
        FactsFixture f = FactsFixture.of("""
                Storms over the Pacific Ocean delayed dozens of flights, and Coralwing Airlines cancelled twelve on
                Monday. Coralwing said the Pacific would calm by Wednesday. At Quillmoor Field, the Redbirds beat the
                Foxes 4-2, and the crowd at Quillmoor cheered until midnight.
                """);
        assertThat(actor(f, "Pacific Ocean").aliases()).contains("Pacific");
        assertThat(actor(f, "Coralwing Airlines").aliases()).as(f.actors().actors().toString()).contains("Coralwing");
        assertThat(actor(f, "Quillmoor Field").aliases()).contains("Quillmoor");
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("Pacific", "Coralwing", "Quillmoor");
    }

    @Test
    void aNameBesideTwoFullNamesWithGenericNounsStaysApart() {
        FactsFixture f = FactsFixture.of("""
                The Marden River flooded the road to Marden Park on Tuesday. Marden said it would reopen the road
                on Friday. The Ostrava Stadium hosted a concert. Dunmere University opened a campus in the town
                of Dunmere, in the hills of Dunmere.
                """);
        assertThat(f.actors().actors()).filteredOn(a -> a.name().equals("Dunmere University"))
                .allSatisfy(a -> assertThat(a.aliases()).as("the town, not its university").doesNotContain("Dunmere"));
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("Ostrava")
                .noneMatch(n -> n.startsWith("Marden ") && f.actors().actors().stream()
                        .anyMatch(a -> a.name().equals(n) && a.aliases().contains("Marden")));
    }

    @Test
    void aStatesAbbreviationAfterATownIsThatState() {
        FactsFixture f = FactsFixture.of("""
                Firefighters in Redding, Calif., held the line on Sunday. California asked Nevada for crews, and a
                team from Reno, Nev., arrived at night.
                """);
        assertThat(actor(f, "California").aliases()).contains("Calif.");
        assertThat(actor(f, "California").country()).isEqualTo("USA");
        assertThat(actor(f, "Nevada").aliases()).contains("Nev.");
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("Calif.", "Nev.");
    }

    @Test
    void aNameWrittenTwiceOverIsTheNameOnceAndAPronounIsNoName() {
        FactsFixture f = FactsFixture.of("""
                VELMORA BANK VELMORA BANK
                Velmora Bank cut its rates on Monday. Vice Premier Liu He welcomed the cut. He said it would help.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).noneMatch(n -> n.matches("(?i)velmora bank velmora bank"));
        assertThat(f.actors().mentions()).extracting(ActorMention::text).doesNotContain("He");
    }

    @Test
    void aTitleNeverRunsOverALineBreak() {
        FactsFixture f = FactsFixture.of("""
                Most read
                Two famous neighbours make their friendship official
                Dara Quist opens a bakery in Leeds on Saturday.
                """);
        Actor quist = actor(f, "Dara Quist");
        assertThat(quist.titles()).isEmpty();
        assertThat(quist.sector()).isNotEqualTo(Sector.GOV);
    }

    @Test
    void aRoleOfAnotherBodyACompoundOrAnOfficesNameIsNoRoleOfThePersonHoldingIt() {
        FactsFixture f = FactsFixture.of("""
                Mayor Lena Brandt opened the new harbour in Eastport on Monday. Ruth Kaplan, the president of the
                Eastport chamber of commerce, praised the work. The mayor said the harbour would bring jobs.
                Olaf Berg, the general manager, agreed, and the Attorney's Office said it had no objection.
                """);
        assertThat(actor(f, "Lena Brandt").aliases()).contains("The mayor");
        assertThat(f.actors().mentions()).extracting(ActorMention::text)
                .doesNotContain("the president", "the general", "the Attorney");
        assertThat(f.actors().mentions()).filteredOn(m -> m.text().equals("the general manager"))
                .extracting(ActorMention::actor).containsOnly(actor(f, "Olaf Berg").id());
    }

    @Test
    void aRoleTwoPeopleOfTheArticleCouldHoldStaysUnlinked() {
        FactsFixture f = FactsFixture.of("""
                Joe Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Monday. The president said
                the call had gone well.
                """);
        assertThat(f.actors().mentions()).extracting(ActorMention::text).doesNotContain("The president");
        FactsFixture one = FactsFixture.of("""
                President Ana Lopes of Veloria visited a school on Monday. The president said the new roof was overdue.
                """);
        assertThat(actor(one, "Ana Lopes").aliases()).contains("The president");
    }

    @Test
    void aRoleInsideAQuotationOrAnIndefiniteTitleBeforeANameIsNotThatPersons() {
        FactsFixture f = FactsFixture.of("""
                Director Karl Sepp finished the film in May. Through a spokesperson, Marta Ilves said she had left
                the set. "The director shouted at all of us," Ilves said. Like any director, Sepp wanted control.
                Sepp had filmed Ilves in the rain for hours, the director told a reporter.
                """);
        assertThat(actor(f, "Marta Ilves").titles()).isEmpty();
        assertThat(actor(f, "Karl Sepp").titles()).containsExactly("Director");
        assertThat(f.actors().mentions()).filteredOn(m -> m.text().equalsIgnoreCase("the director"))
                .extracting(ActorMention::actor).containsExactly(actor(f, "Karl Sepp").id());
    }

    @Test
    void theNorthAndTheSouthAreTheOneStateOfTheArticleWhoseNameStartsWithTheWord() {
        FactsFixture f = FactsFixture.of("""
                North Korea fired a missile on Tuesday, and South Korea said the North had broken its word. The South
                raised its alert level.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("North", "South");
        assertThat(f.actors().mentions()).filteredOn(m -> m.text().equals("North"))
                .extracting(ActorMention::actor, ActorMention::rule)
                .containsOnly(Tuple.tuple(actor(f, "North Korea").id(), MentionRule.SHORT_NAME));
        FactsFixture england = FactsFixture.of("""
                Heavy rain fell across the North on Sunday, and Leeds saw floods in the city centre.
                """);
        assertThat(england.actors().actors()).extracting(Actor::type).doesNotContain(ActorType.COUNTRY);
    }

    @Test
    void aPhotoSourceGluedToTheCaptionAfterItIsNoName() {
        FactsFixture f = FactsFixture.of("""
                Police closed the harbour road in Eastport on Friday.
                Reuters Heavily armed officers stood at the gates.
                AP:Associated Press Forensics teams worked through the night.
                Twitter Crowds gathered by the water.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name)
                .noneMatch(n -> n.startsWith("Reuters") || n.startsWith("Associated Press") || n.startsWith("Twitter"));
        assertThat(actor(f, "Eastport").type()).isEqualTo(ActorType.LOCATION);
    }

    @Test
    void aTickerSymbolIsNoNameAndAnAgencysFullNameIsItsOneActor() {
        FactsFixture f = FactsFixture.of("""
                Shares of Qualcomm (Nasdaq: QCOM) rose on Monday. The National Aeronautics and Space Administration
                said NASA would buy more of its chips.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("QCOM", "National Aeronautics and Space Administration");
        assertThat(actor(f, "NASA").mentions()).isEqualTo(2);
    }

    @Test
    void anAbbreviationCutOfItsLastDotIsTheSameState() {
        assertThat(KnownEntities.get().named("U.K").map(KnownEntity::name)).contains("United Kingdom");
        assertThat(KnownEntities.get().named("U.S").map(KnownEntity::name)).contains("United States");
    }

    @Test
    void aNameWrittenAsAProductsIsNoActorButItsMakerIs() {
        FactsFixture f = FactsFixture.of("""
                Orbital Dynamics said its Star Lifter rocket would fly in June. The Star Lifter carries four
                satellites, and Orbital Dynamics plans two more launches this year.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("Star Lifter");
        assertThat(f.actors().mentions()).extracting(ActorMention::text).doesNotContain("Star Lifter");
        assertThat(actor(f, "Orbital Dynamics").mentions()).isEqualTo(2);
        FactsFixture tail = FactsFixture.of("""
                Glimmer Labs put its Pixel Lens Core chip in the new phone. The Lens Core sorts photos without a network.
                """);
        assertThat(tail.actors().mentions()).extracting(ActorMention::text).as("the end of a product's name")
                .doesNotContain("Lens Core", "Pixel Lens Core");
    }

    @Test
    void anAdjectiveOpeningASentenceIsNoPartOfTheNameAfterIt() {
        FactsFixture f = FactsFixture.of("""
                Jubilant Chicago Cubs fans filled the streets around the ballpark after the last game.
                Nice-Matin reported the crash on its website within minutes.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).noneMatch(n -> n.startsWith("Jubilant"))
                .contains("Chicago Cubs", "Nice-Matin");
        assertThat(FactsFixture.of("A word of thanks to Okafor").actors().actors()).extracting(Actor::name)
                .as("a one-word name ending a sentence without a stop").contains("Okafor");
    }

    @Test
    void aKnownOrganisationGluedToAFullNameIsTwoMentions() {
        FactsFixture f = FactsFixture.of("""
                Please avoid the area, wrote on Twitter Christian Lamarque, mayor of Nice.
                The mayor, writing on Facebook Christian Lamarque, asked residents to stay inside.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).noneMatch(n -> n.contains("Twitter Christian"));
        assertThat(actor(f, "Christian Lamarque").type()).isEqualTo(ActorType.PERSON);
        assertThat(actor(f, "Christian Lamarque").mentions()).as("no title follows the second").isEqualTo(1);
        assertThat(actor(f, "Twitter").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void theStatesPostalAbbreviationIsTheStateAndNewYorkAloneIsTheCity() {
        FactsFixture f = FactsFixture.of("""
                Firefighters in Utica, N.Y., held the line on Sunday. Crews from New York flew north the next day.
                """);
        assertThat(actor(f, "New York State").aliases()).contains("N.Y.");
        assertThat(actor(f, "New York").aliases()).doesNotContain("N.Y.");
    }

    @Test
    void nkIsNorthKorea() {
        FactsFixture f = FactsFixture.of("NK state media said the test had been a success. South Korea disagreed.");
        assertThat(actor(f, "North Korea").aliases()).contains("NK");
    }

    @Test
    void aKnownEntityWrittenOneLetterOffIsThatEntityOnlyWhenTheArticleNamesItRight() {
        FactsFixture f = FactsFixture.of("""
                Boko Haram fighters raided a village near Maiduguri on Monday. The army said it would defeat Boko Harm
                before the rains.
                """);
        assertThat(actor(f, "Boko Haram").aliases()).contains("Boko Harm");
        assertThat(f.actors().mentions()).filteredOn(m -> m.text().equals("Boko Harm"))
                .extracting(ActorMention::rule).containsExactly(MentionRule.MISSPELLING);
        FactsFixture alone = FactsFixture.of("The army said it would defeat Boko Harm before the rains.");
        assertThat(alone.actors().actors()).extracting(Actor::name).doesNotContain("Boko Haram");
    }

    @Test
    void aProductsPluralIsTheSameActorAsItsSingular() {
        FactsFixture f = FactsFixture.of("""
                Apple said the new MacBook Pro is lighter. Reviewers who owned older MacBook Pros liked the keyboard
                of the 2012 models better.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("MacBook Pros");
        assertThat(actor(f, "MacBook Pro").aliases()).contains("MacBook Pros");
    }

    private static List<String> namesAndAliases(FactsFixture f) {
        return f.actors().actors().stream().flatMap(a -> Stream.concat(Stream.of(a.name()), a.aliases().stream())).toList();
    }

    @Test
    void aTickerAfterACompanysNameOrItsSharesIsNoActorButAnAcronymOfTheNameIs() {
        FactsFixture f = FactsFixture.of("""
                Brightwater Foods (BRWT) fell 4% on Tuesday. Norvex registered shares (NDRX) trade in Zurich.
                Kestrel Lake Fisheries (KLF) said its boats stayed in port. Shares of Plumtree (PLMT) rose.
                """);
        assertThat(namesAndAliases(f)).doesNotContain("BRWT", "NDRX", "PLMT");
        assertThat(f.actors().mentions()).extracting(ActorMention::text).doesNotContain("BRWT", "NDRX", "PLMT");
        assertThat(namesAndAliases(f)).contains("Brightwater Foods", "KLF");
    }

    @Test
    void aPostalCodeAfterATownIsThatStateAndElsewhereNoState() {
        FactsFixture f = FactsFixture.of("""
                The band plays Tucson, AZ on May 3 and Fresno on May 5. Arizona sold out first.
                """);
        assertThat(actor(f, "Arizona").aliases()).contains("AZ");
        assertThat(actor(f, "Arizona").mentions()).isEqualTo(2);
        assertThat(f.actors().mentions()).filteredOn(m -> m.text().equals("AZ"))
                .extracting(ActorMention::rule).containsExactly(MentionRule.SHORT_NAME);
        assertThat(FactsFixture.of("Engineers at CA said on Monday the patch was ready.").actors().actors())
                .extracting(Actor::name).doesNotContain("California");
    }

    @Test
    void aCommonNounEndingANameIsNoPartOfIt() {
        FactsFixture f = FactsFixture.of("""
                Crowds filled the promenade of the Ligurian Riviera town on Sunday, and Genoa sent more police. Fighting
                spread across Helmand province and into Kandahar province on Monday.
                """);
        assertThat(namesAndAliases(f)).as(f.actors().mentions().toString())
                .noneMatch(n -> n.endsWith(" town") || n.endsWith(" province")).contains("Genoa", "Helmand", "Kandahar");
        FactsFixture council = FactsFixture.of("Japan asked for a meeting of the UN security council on Friday.");
        assertThat(namesAndAliases(council)).as(council.actors().mentions().toString()).contains("Security Council");
    }

    @Test
    void aStateEndingALongerNameIsNotThatState() {
        FactsFixture f = FactsFixture.of("""
                Sales in North America rose. Bank of America said it would hire more staff in Ohio, the US EPA said.
                The Government of Japan protested, and Japan recalled its envoy. A missile flew over Northern Japan.
                """);
        assertThat(namesAndAliases(f)).as(f.actors().mentions().toString()).doesNotContain("America");
        assertThat(actor(f, "United States").mentions()).as("the US of 'the US EPA'").isEqualTo(1);
        assertThat(actor(f, "Japan").mentions()).as("Northern Japan is a region of Japan").isEqualTo(3);
    }

    @Test
    void aKnownNameStartedByTheWordsBeforeAMentionIsThatLongerName() {
        FactsFixture f = FactsFixture.of("""
                The launch came hours after the Democratic
                People's Republic of Korea warned its neighbours.
                """);
        assertThat(actor(f, "North Korea").mentions()).isEqualTo(1);
        assertThat(actor(f, "North Korea").aliases()).as("the whole name is the alias")
                .containsExactly("Democratic People's Republic of Korea");
        assertThat(namesAndAliases(f)).doesNotContain("South Korea", "Republic of Korea");
        FactsFixture comma = FactsFixture.of("The parade wound through Cleveland, Ohio, on Friday.");
        assertThat(namesAndAliases(comma)).as(comma.actors().mentions().toString()).contains("Ohio");
    }

    @Test
    void anOutletsSectionIsTheOutlet() {
        FactsFixture f = FactsFixture.of("Hong Kong (CNN Business)A new tariff hit carmakers on Monday, CNN reported.");
        assertThat(actor(f, "CNN").aliases()).as(f.actors().mentions().toString()).contains("CNN Business");
        assertThat(actor(f, "CNN").mentions()).isEqualTo(2);
        FactsFixture times = FactsFixture.of("""
                The Times welcomes letters from readers on any subject. Follow The New York Times Opinion section on
                Facebook and Instagram.
                """);
        assertThat(actor(times, "New York Times").aliases()).as(times.actors().mentions().toString()).contains("Times");
    }

    @Test
    void aLongOneWordNameOneLetterOffIsTheKnownPlaceTheArticleNames() {
        FactsFixture f = FactsFixture.of("""
                Two ships left Vladivostok on Monday. The port of Vladivostock reopened on Wednesday.
                """);
        assertThat(actor(f, "Vladivostok").aliases()).contains("Vladivostock");
        FactsFixture capital = FactsFixture.of("""
                Protesters marched in Bucharest on Sunday. Police in Bucharrest said the march was calm.
                """);
        assertThat(actor(capital, "Bucharest").aliases()).as(capital.actors().mentions().toString()).contains("Bucharrest");
        FactsFixture alone = FactsFixture.of("The port of Vladivostock reopened on Wednesday.");
        assertThat(alone.actors().actors()).extracting(Actor::name).doesNotContain("Vladivostok");
    }

    @Test
    void aSharedSurnameIsThePersonNamedBeforeItUntilTheSecondIsNamed() {
        FactsFixture f = FactsFixture.of("""
                Lena Varga opened the plant on Monday. Varga said the line would run all year. Her cousin, Tomas Varga,
                said later that he would run the night shift. Varga did not say when.
                """);
        Actor lena = actor(f, "Lena Varga");
        List<ActorMention> bare = f.actors().mentions().stream().filter(m -> m.text().equals("Varga")).toList();
        assertThat(bare).hasSize(2);
        assertThat(bare.get(0).actor()).isEqualTo(lena.id());
        assertThat(bare.get(1).actor()).isNotEqualTo(lena.id()).isNotEqualTo(actor(f, "Tomas Varga").id());
    }

    @Test
    void aBareSurnameTheOfficeHoldersTableListsIsThatPersonWhenTheArticleNamesNoOther() {
        FactsFixture f = FactsFixture.of("The rule dates from the Obama administration, Clinton said.");
        assertThat(actor(f, "Barack Obama").aliases()).contains("Obama");
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("Hillary Clinton", "Bill Clinton");
        FactsFixture other = FactsFixture.of("Malia Obama spoke first. Obama thanked the school.");
        assertThat(other.actors().actors()).extracting(Actor::name).doesNotContain("Barack Obama");
    }

    @Test
    void aCountryNameInsideAnOutletsNameIsNoMentionOfTheCountry() {
        FactsFixture f = FactsFixture.of("""
                Officials in Lindow told USA TODAY that the bridge would reopen. The US has sent two engineers.
                The plan first ran in China Daily USA on Friday.
                """);
        assertThat(actor(f, "United States").mentions()).as(f.actors().mentions().toString()).isEqualTo(1);
        assertThat(actor(f, "USA Today").mentions()).isEqualTo(1);
        assertThat(actor(f, "China Daily").aliases()).contains("China Daily USA");
        FactsFixture today = FactsFixture.of("The nurses flew back to the USA today after the storm.");
        assertThat(actor(today, "United States").mentions()).as(today.actors().mentions().toString()).isEqualTo(1);
    }

    @Test
    void aSurnameAfterTheElderIsARelativeNotThePersonOfTheArticle() {
        FactsFixture f = FactsFixture.of("""
                Lena Varga runs the bakery on Mill Street. Varga said sales rose this year. A portrait of the elder
                Mr. Varga, who opened the shop in 1961, hangs by the door.
                """);
        Actor lena = actor(f, "Lena Varga");
        List<ActorMention> bare = f.actors().mentions().stream().filter(m -> m.text().endsWith("Varga")
                && !m.text().equals("Lena Varga")).toList();
        assertThat(bare).as(f.actors().mentions().toString()).hasSize(2);
        assertThat(bare.get(0).actor()).isEqualTo(lena.id());
        assertThat(bare.get(1).actor()).isNotEqualTo(lena.id());
    }

    @Test
    void aGivenNameBeforeAWorksQuotedTitleIsACharacterNotThePersonOfTheArticle() {
        FactsFixture f = FactsFixture.of("""
                Jesse Ortiz stars in the new series. Ortiz said he took the accent from Jesse from 'Dry Creek', a show
                he loved as a boy. Jesse said the crew laughed at first.
                """);
        List<ActorMention> jesse = f.actors().mentions().stream().filter(m -> m.text().equals("Jesse")).toList();
        assertThat(jesse).as(f.actors().mentions().toString()).hasSize(1);
        assertThat(jesse.get(0).actor()).isEqualTo(actor(f, "Jesse Ortiz").id());
        assertThat(jesse.get(0).start()).isGreaterThan(f.actors().mentions().stream()
                .filter(m -> m.text().equals("Ortiz")).findFirst().orElseThrow().start());
        FactsFixture actor = FactsFixture.of("Dana Lopez won praise this year. Critics said Lopez in 'Dry Creek' was her best.");
        assertThat(actor(actor, "Dana Lopez").aliases()).as("the actor in a work").contains("Lopez");
    }

    @Test
    void aNameEndingInACompanyWordIsAnOrganisationEvenWhenTaggedAPerson() {
        FactsFixture f = FactsFixture.of("""
                Halden Brisk Productions said on Monday that it had cancelled the gala. Halden Brisk, who founded the
                firm, did not comment. Marta Olsen Group bought the venue.
                """);
        assertThat(f.actors().actors()).filteredOn(a -> a.name().endsWith("Productions") || a.name().endsWith("Group"))
                .as(f.actors().actors().toString()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.type()).isEqualTo(ActorType.ORGANIZATION));
        assertThat(f.actors().actors()).filteredOn(a -> a.name().equals("Halden Brisk"))
                .allSatisfy(a -> assertThat(a.type()).as("the founder stays a person").isEqualTo(ActorType.PERSON));
    }

    @Test
    void initialsOfTheOneOrganisationOfTheArticleAreThatOrganisation() {
        FactsFixture f = FactsFixture.of("""
                A flight to Oslo turned back on Tuesday, Norrland Valley Airways said in a statement. NVA said the
                crew had acted under its rules. Dr. Pia Lund of the Tromso Health Authority said the passengers were
                well. TKP said nothing.
                """);
        assertThat(f.actors().actors()).extracting(Actor::name).as(f.actors().actors().toString())
                .doesNotContain("NVA");
        assertThat(actor(f, "Norrland Valley Airways").aliases()).contains("NVA");
        assertThat(f.actors().actors()).filteredOn(a -> a.aliases().contains("TKP") || a.name().equals("TKP"))
                .allSatisfy(a -> assertThat(a.name()).as("initials of no organisation of the article").isEqualTo("TKP"));
    }

    @Test
    void aCompanyNamedWithoutItsCompanyWordIsThatCompany() {
        FactsFixture f = FactsFixture.of("""
                Zentaro Inc. said on Monday that Zentaro would open two plants. Varn Group bought a mill in Dunmere.
                """);
        assertThat(actor(f, "Zentaro Inc.").aliases()).as(f.actors().actors().toString()).contains("Zentaro");
        assertThat(f.actors().actors()).extracting(Actor::name).doesNotContain("Zentaro");
    }
}
