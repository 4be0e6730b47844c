package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemsTest {
    @Test
    void inflectedFormsShareTheirStem() {
        assertThat(Stems.of("talks")).isEqualTo(Stems.of("talk")).isEqualTo(Stems.of("talked")).isEqualTo("talk");
        assertThat(Stems.of("visiting")).isEqualTo(Stems.of("visited")).isEqualTo("visit");
        assertThat(Stems.of("countries")).isEqualTo("country");
        assertThat(Stems.of("went")).isEqualTo("go");
    }

    @Test
    void otherWordsAndNonWordsComeBackUnchanged() {
        assertThat(Stems.of("ceasefire")).isEqualTo("ceasefire");
        assertThat(Stems.of("\u043c\u043e\u0441\u043a\u0432\u044b")).isEqualTo("\u043c\u043e\u0441\u043a\u0432\u044b");
        assertThat(Stems.of("peace_talks")).isEqualTo("peace_talks");
        assertThat(Stems.of("peace talks")).isEqualTo("peace talks");
    }
}
