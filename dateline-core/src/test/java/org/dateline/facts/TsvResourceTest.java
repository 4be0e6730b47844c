package org.dateline.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.dateline.corpus.Stories;
import org.junit.jupiter.api.Test;

class TsvResourceTest {
    private static final Set<String> CUE_USES = Set.of("speech", "request", "object");

    @Test
    void aRowWithTooFewColumnsFailsNamingFileLineAndRow() {
        assertThatThrownBy(() -> TsvResource.wordsByTag(TsvResourceTest.class, "broken-columns.tsv", CUE_USES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("broken-columns.tsv:5: expected 2 columns, got 1: \"said\"");
    }

    @Test
    void anUnknownTagAWordListedTwiceAndAPaddedFieldFailAtTheirLine() {
        assertThatThrownBy(() -> TsvResource.wordsByTag(TsvResourceTest.class, "unknown-tag.tsv", CUE_USES))
                .hasMessageStartingWith("unknown-tag.tsv:2: unknown tag speach (known: ")
                .hasMessageEndingWith("): \"murmur\tspeach\"");
        assertThatThrownBy(() -> TsvResource.words(TsvResourceTest.class, "twice-listed.txt"))
                .hasMessage("twice-listed.txt:3: listed twice: \"mr\"");
        assertThatThrownBy(() -> TsvResource.rows(TsvResourceTest.class, "padded-field.tsv", 2))
                .hasMessage("padded-field.tsv:2: column 1 is empty or has spaces around it: \"warn \tspeech\"");
    }

    @Test
    void aMissingFileFailsNamingItAndWhereItWasLookedFor() {
        assertThatThrownBy(() -> TsvResource.words(TsvResourceTest.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no-such-list.txt: resource missing next to org.dateline.facts.TsvResourceTest");
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndTagsCollectTheirWords() {
        Map<String, Set<String>> byTag = TsvResource.wordsByTag(TsvResourceTest.class, "unknown-tag.tsv",
                Set.of("speech", "speach"));
        assertThat(byTag).containsOnly(Map.entry("speech", Set.of("say")), Map.entry("speach", Set.of("murmur")));
    }

    /** The sizes are those of the Java literals the lists were moved from. */
    @Test
    void everyShippedResourceLoads() {
        assertThat(TsvResource.wordsByTag(QuoteExtractor.class, "speech-verbs.tsv", CUE_USES))
                .hasEntrySatisfying("speech", w -> assertThat(w).hasSize(60).contains("say", "tell"))
                .hasEntrySatisfying("request", w -> assertThat(w).hasSize(6).contains("urge"))
                .hasEntrySatisfying("object", w -> assertThat(w).hasSize(13).contains("cite"));
        assertThat(TsvResource.wordsByTag(Roles.class, "roles.tsv", Set.of("head", "modifier")))
                .hasEntrySatisfying("head", w -> assertThat(w).hasSize(66).contains("minister"))
                .hasEntrySatisfying("modifier", w -> assertThat(w).hasSize(78).contains("foreign", "chief"));
        assertThat(TsvResource.wordsByTag(Polarity.class, "polarity-words.tsv", Set.of("negation", "negating-head",
                "modal", "intent-head", "condition", "obligation")).values()).extracting(Set::size)
                .containsExactlyInAnyOrder(4, 1, 8, 16, 2, 3);
        assertThat(TsvResource.words(ActorResolver.class, "honorifics.txt")).hasSize(10).contains("mr.", "madam");
        assertThat(TsvResource.words(QuoteExtractor.class, "transcript-labels.txt")).hasSize(17).contains("photo");
        assertThat(TsvResource.rows(TimexNumbers.class, "number-words.tsv", 2)).hasSize(30);
        assertThat(TimexNumbers.parse("twelve")).hasValue(12);
        assertThat(TsvResource.words(Stories.class, "story-stop-words.txt")).hasSize(68).contains("the", "very");
        assertThat(TsvResource.words(Stories.class, "term-stop-words.txt")).hasSize(153).contains("a", "ms");
        assertThat(TsvResource.rows("countries.tsv", 4)).isNotEmpty();
        assertThat(TsvResource.rows("places.tsv", 3)).isNotEmpty();
        assertThat(TsvResource.rows("organisations.tsv", 3)).isNotEmpty();
        assertThat(TsvResource.rows("office-holders.tsv", 6)).isNotEmpty();
        assertThat(TsvResource.rows("sectors.tsv", 2)).isNotEmpty();
    }
}
