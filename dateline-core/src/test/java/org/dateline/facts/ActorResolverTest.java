package org.dateline.facts;

import org.dateline.model.Sector;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.junit.jupiter.api.Test;

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
    void twoPeopleWithOneSurnameStayApart() {
        FactsFixture f = FactsFixture.of("""
                Anna Berg met reporters in the morning. Later, Erik Berg gave a speech. Berg said little about the budget.
                """);
        assertThat(actor(f, "Anna Berg").id()).isNotEqualTo(actor(f, "Erik Berg").id());
        assertThat(actor(f, "Erik Berg").mentions()).isEqualTo(2);
        assertThat(actor(f, "Anna Berg").mentions()).isEqualTo(1);
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
}
