package org.dateline.store.lucene;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {
    private static final String TEXT = "Delegates from both capitals arrived on Tuesday. After long hours of talks in "
            + "the old customs house the mediators announced that the prisoner exchange would take place at dawn.";

    @Test
    void aroundStartsAtAWordBeforeTheFirstMatchAndMarksCuts() {
        String snippet = Snippets.around(TEXT, Set.of("prisoner"), 60);
        assertThat(snippet).startsWith("…").endsWith("…").contains("prisoner");
        assertThat(snippet.length()).isLessThanOrEqualTo(62);
        String body = snippet.substring(1, snippet.length() - 1);
        assertThat(TEXT).contains(body);
        assertThat(TEXT.charAt(TEXT.indexOf(body) - 1)).isEqualTo(' ');
    }

    @Test
    void withoutAMatchItIsTheOpeningCutAtASpace() {
        assertThat(Snippets.around(TEXT, Set.of("zeppelin"), 30)).isEqualTo("Delegates from both capitals…");
        assertThat(Snippets.opening("Short text.", 30)).isEqualTo("Short text.");
    }
}
