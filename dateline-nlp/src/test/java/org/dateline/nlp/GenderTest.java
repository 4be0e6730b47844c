package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenderTest {
    @Test
    void onlyTwoKnownDifferentGendersContradict() {
        assertThat(Gender.FEMALE.contradicts(Gender.MALE)).isTrue();
        assertThat(Gender.MALE.contradicts(Gender.FEMALE)).isTrue();
        assertThat(Gender.FEMALE.contradicts(Gender.FEMALE)).isFalse();
        assertThat(Gender.UNKNOWN.contradicts(Gender.MALE)).isFalse();
        assertThat(Gender.FEMALE.contradicts(Gender.UNKNOWN)).isFalse();
    }

    @Test
    void firstNamesFromTheModelsListHaveTheirUsualGender() {
        assertThat(NameGender.of("Margaret")).isEqualTo(Gender.FEMALE);
        assertThat(NameGender.of("ROBERT")).isEqualTo(Gender.MALE);
        assertThat(NameGender.of("Qwzxv")).isEqualTo(Gender.UNKNOWN);
    }
}
