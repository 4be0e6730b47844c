package org.dateline.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationsTest {
    private final Organisations organisations = Organisations.get();

    @Test
    void anInternationalBodyWithoutCountryTakesItsCameoGroupCode() {
        assertThat(organisations.cameoCountry("the UN Security Council", null, "IGO")).isEqualTo("UNO");
        assertThat(organisations.cameoCountry("an envoy of the European Union", null, "GOV")).isEqualTo("EUR");
        assertThat(organisations.cameoCountry("OSCE Minsk Group", null, "IGO")).isEqualTo("IGO");
    }

    @Test
    void aStatesCodeOrAnUnknownBodyIsLeftAsItIs() {
        assertThat(organisations.cameoCountry("the Velmoran delegation", "ARM", "GOV")).isEqualTo("ARM");
        assertThat(organisations.cameoCountry("a regional peace council", null, "IGO")).isEqualTo("IGO");
        assertThat(organisations.cameoCountry("the National Guard", null, "MIL")).isNull();
    }
}
