package org.dateline.facts;

import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationsTest {
    private final Organisations organisations = Organisations.get();

    @Test
    void anInternationalBodyWithoutCountryTakesItsCameoGroupCode() {
        assertThat(organisations.cameoCountry("the UN Security Council", null, Sector.IGO)).isEqualTo("UNO");
        assertThat(organisations.cameoCountry("an envoy of the European Union", null, Sector.GOV)).isEqualTo("EUR");
        assertThat(organisations.cameoCountry("OSCE Minsk Group", null, Sector.IGO)).isEqualTo("IGO");
    }

    @Test
    void aStatesCodeOrAnUnknownBodyIsLeftAsItIs() {
        assertThat(organisations.cameoCountry("the Velmoran delegation", "ARM", Sector.GOV)).isEqualTo("ARM");
        assertThat(organisations.cameoCountry("a regional peace council", null, Sector.IGO)).isEqualTo("IGO");
        assertThat(organisations.cameoCountry("the National Guard", null, Sector.MIL)).isNull();
    }
}
