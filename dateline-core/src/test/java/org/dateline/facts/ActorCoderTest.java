package org.dateline.facts;

import org.dateline.model.Sector;
import org.dateline.facts.ActorCoder.ActorCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ActorCoderTest {
    private static final LocalDate DAY = LocalDate.of(2017, 11, 20);
    private final ActorCoder coder = new ActorCoder();

    private ActorCode code(String text) {
        return coder.code(text, null, DAY);
    }

    @Test
    void nationalityAdjectiveBeforeATitle() {
        assertThat(code("Russian Foreign Minister")).isEqualTo(new ActorCode("RUS", Sector.GOV));
    }

    @Test
    void countryPossessiveBeforeATitle() {
        assertThat(code("Azerbaijan's Foreign Ministry Spokesman")).isEqualTo(new ActorCode("AZE", Sector.GOV));
        assertThat(code("Russia’s chief Karabakh negotiator")).isEqualTo(new ActorCode("RUS", Sector.GOV));
    }

    @Test
    void aNameWrittenWithTheIsFoundWithoutIt() {
        assertThat(code("Emirates").country()).isEqualTo("ARE");
        assertThat(code("the Emirates").country()).isEqualTo("ARE");
    }

    @Test
    void theFirstCountryWordWinsOverOnesAfterAPreposition() {
        assertThat(code("the Danish ambassador to Chile")).isEqualTo(new ActorCode("DNK", Sector.GOV));
    }

    @Test
    void intergovernmentalOrganisations() {
        assertThat(code("OSCE Minsk Group")).isEqualTo(new ActorCode(null, Sector.IGO));
        assertThat(code("the UN Security Council")).isEqualTo(new ActorCode(null, Sector.IGO));
        assertThat(code("EU")).isEqualTo(new ActorCode(null, Sector.IGO));
    }

    @Test
    void armiesRebelsAndMinistriesWithTheirCountry() {
        assertThat(code("the Armenian army")).isEqualTo(new ActorCode("ARM", Sector.MIL));
        assertThat(code("Hezbollah fighters")).isEqualTo(new ActorCode("LBN", Sector.REB));
        assertThat(code("Georgia's Interior Ministry")).isEqualTo(new ActorCode("GEO", Sector.GOV));
        assertThat(code("a Yemen-based militia")).isEqualTo(new ActorCode("YEM", Sector.REB));
    }

    @Test
    void aGenericBodyTakesItsCountryFromTheContext() {
        assertThat(coder.code("the National Guard", "Kuwaiti", DAY)).isEqualTo(new ActorCode("KWT", Sector.MIL));
        assertThat(coder.code("the National Guard", null, DAY)).isEqualTo(new ActorCode(null, Sector.MIL));
    }

    @Test
    void capitalsStandForTheirGovernmentCitiesForTheirPeople() {
        assertThat(code("Moscow")).isEqualTo(new ActorCode("RUS", Sector.GOV));
        assertThat(code("the Kremlin")).isEqualTo(new ActorCode("RUS", Sector.GOV));
        assertThat(code("Kharkiv")).isEqualTo(new ActorCode("UKR", Sector.CVL));
        assertThat(code("Transnistria")).isEqualTo(new ActorCode("MDA", Sector.PRE));
        assertThat(code("Armenia")).isEqualTo(new ActorCode("ARM", null));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(code("people like us")).isEqualTo(new ActorCode(null, Sector.CVL));
        assertThat(code("US troops")).isEqualTo(new ActorCode("USA", Sector.MIL));
    }

    @Test
    void specificModifiersOutrankAGenericHead() {
        assertThat(code("an intelligence officer")).isEqualTo(new ActorCode(null, Sector.SPY));
        assertThat(code("Kenyan farm workers")).isEqualTo(new ActorCode("KEN", Sector.LAB));
        assertThat(code("Kenyan agricultural workers")).isEqualTo(new ActorCode("KEN", Sector.AGR));
    }

    @Test
    void formerOfficialsAreElites() {
        assertThat(code("a former Peruvian minister")).isEqualTo(new ActorCode("PER", Sector.ELI));
    }

    @Test
    void officeHoldersResolveAgainstTheDate() {
        assertThat(code("Sergey Lavrov")).isEqualTo(new ActorCode("RUS", Sector.GOV));
        assertThat(coder.code("Elmar Mammadyarov", null, LocalDate.of(2017, 11, 20)))
                .isEqualTo(new ActorCode("AZE", Sector.GOV));
        assertThat(coder.code("Elmar Mammadyarov", null, LocalDate.of(2021, 1, 1)))
                .isEqualTo(new ActorCode("AZE", Sector.ELI));
        assertThat(coder.code("Medvedev", null, LocalDate.of(2010, 1, 1))).isEqualTo(new ActorCode("RUS", Sector.GOV));
    }

    @Test
    void withoutADateAnOfficeHolderKeepsOnlyTheCountry() {
        assertThat(coder.code("Sergey Lavrov", null, null)).isEqualTo(new ActorCode("RUS", null));
    }

    @Test
    void aTitleInTheTextOutranksTheTable() {
        assertThat(coder.code("General Secretary Vladimir Putin of the party", null, DAY).sector()).isEqualTo(Sector.GOV);
        assertThat(coder.code("Colonel Vladimir Putin", null, DAY)).isEqualTo(new ActorCode("RUS", Sector.MIL));
    }

    @Test
    void unknownWordsGetNoCode() {
        assertThat(code("he")).isEqualTo(new ActorCode(null, null));
        assertThat(code("Marta Kovacs")).isEqualTo(new ActorCode(null, null));
    }

    @Test
    void aCompanysChiefExecutiveOrGeneralManagerIsBusinessNotMilitary() {
        assertThat(code("Chief Executive Officer").sector()).isEqualTo(Sector.BUS);
        assertThat(code("Tesla chief executive").sector()).isEqualTo(Sector.BUS);
        assertThat(code("general manager").sector()).isEqualTo(Sector.BUS);
        assertThat(code("Army general").sector()).isEqualTo(Sector.MIL);
    }

    @Test
    void aTeamsCoachManagerOrCaptainHasNoSector() {
        assertThat(code("Cubs manager").sector()).isNull();
        assertThat(code("head coach").sector()).isNull();
        assertThat(code("team captain").sector()).as("not an army captain").isNull();
        assertThat(code("Navy captain").sector()).isEqualTo(Sector.MIL);
    }

    @Test
    void aStatesLeaderIsItsGovernmentAndAPhotographerIsMedia() {
        assertThat(code("North Korean leader").sector()).isEqualTo(Sector.GOV);
        assertThat(code("an indigenous leader").sector()).isEqualTo(Sector.CVL);
        assertThat(code("photographer").sector()).isEqualTo(Sector.MED);
    }

    @Test
    void aCompanyOrPlaceInsideAPersonsNameSaysNothingOfThePerson() {
        assertThat(coder.codePerson("", "Mike Ford", DAY)).isEqualTo(new ActorCode(null, null));
        assertThat(coder.codePerson("", "Jack London", DAY)).isEqualTo(new ActorCode(null, null));
        assertThat(coder.codePerson("Ford chief executive", "Ann Dale", DAY).sector()).isEqualTo(Sector.BUS);
        assertThat(coder.codePerson("", "Shinzo Abe", DAY)).isEqualTo(new ActorCode("JPN", Sector.GOV));
    }

    @Test
    void anOfficeHoldersNameBeforeAnotherCapitalisedWordIsAnotherPersonsGivenName() {
        assertThat(coder.codePerson("", "Abe Lindqvist", DAY)).as("a given name, not the prime minister")
                .isEqualTo(new ActorCode(null, null));
        assertThat(coder.codePerson("", "Abe", DAY)).isEqualTo(new ActorCode("JPN", Sector.GOV));
        assertThat(coder.codePerson("Prime Minister", "Abe", DAY)).isEqualTo(new ActorCode("JPN", Sector.GOV));
        assertThat(code("Abe government").country()).as("a lowercase word after the name").isEqualTo("JPN");
    }
}
