package org.dateline.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PresetTest {
    @Test
    void onlyDatelinesOwnParsingPresetUsesTheLeanParser() {
        assertThat(Preset.FACTS.parsesLean()).isTrue();
        // The baseline of `dateline bench` keeps CoreNLP's own scorer, and the presets without a parse have none.
        assertThat(Preset.PLAIN_CORENLP.parsesLean()).isFalse();
        assertThat(Preset.TIMES.parsesLean()).isFalse();
        assertThat(Preset.TOKENS.parsesLean()).isFalse();
    }
}
