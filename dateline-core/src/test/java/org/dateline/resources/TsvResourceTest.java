package org.dateline.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TsvResourceTest {
    private static final Set<String> CUE_USES = Set.of("speech", "request", "object", "inference", "finding");

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
    void aTableValueTheParserRejectsOrAKeyListedTwiceFailsAtItsLine() {
        assertThatThrownBy(() -> TsvResource.table(TsvResourceTest.class, "bad-number.tsv", Integer::valueOf))
                .hasMessage("bad-number.tsv:3: bad value (For input string: \"zwei\"): \"two\tzwei\"");
        assertThatThrownBy(() -> TsvResource.table(TsvResourceTest.class, "twice-keyed.tsv", Integer::valueOf))
                .hasMessage("twice-keyed.tsv:3: listed twice: \"one\t1\"");
        assertThat(TsvResource.table(TsvResourceTest.class, "unknown-tag.tsv",
                String::toUpperCase)).containsOnly(Map.entry("say", "SPEECH"), Map.entry("murmur", "SPEACH"));
    }

    @Test
    void aRowTheParserRejectsFailsAtItsLineAndTheOthersComeParsed() {
        assertThatThrownBy(() -> TsvResource.rows(TsvResourceTest.class, "bad-number.tsv", 2,
                row -> Integer.valueOf(row[1])))
                .hasMessage("bad-number.tsv:3: bad row (For input string: \"zwei\"): \"two\tzwei\"");
        assertThat(TsvResource.rows(TsvResourceTest.class, "twice-keyed.tsv", 2, row -> row[0] + "=" + row[1]))
                .startsWith("one=1");
    }

    @Test
    void aMissingFileFailsNamingItAndWhereItWasLookedFor() {
        assertThatThrownBy(() -> TsvResource.words(TsvResourceTest.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no-such-list.txt: resource missing next to org.dateline.resources.TsvResourceTest");
    }

    @Test
    void eachTagCollectsItsWords() {
        assertThat(TsvResource.wordsByTag(TsvResourceTest.class, "unknown-tag.tsv", Set.of("speech", "speach", "ask")))
                .containsOnly(Map.entry("speech", Set.of("say")), Map.entry("speach", Set.of("murmur")),
                        Map.entry("ask", Set.of()));
    }

    /** Every list and table the project ships loads; the sizes of the lists are those of the Java literals they replaced. */
    @Test
    void everyShippedResourceLoads() {
        assertThat(TsvResource.wordsByTag(TsvResourceTest.class, "/org/dateline/facts/speech-verbs.tsv", CUE_USES))
                .hasEntrySatisfying("speech", w -> assertThat(w).hasSize(60).contains("say", "tell"))
                .hasEntrySatisfying("request", w -> assertThat(w).hasSize(6).contains("urge"))
                .hasEntrySatisfying("object", w -> assertThat(w).hasSize(7).contains("cite").doesNotContain("announce", "reveal"))
                .hasEntrySatisfying("inference", w -> assertThat(w).containsOnly("suggest"))
                .hasEntrySatisfying("finding", w -> assertThat(w).containsOnly("conclude"));
        assertThat(TsvResource.wordsByTag(TsvResourceTest.class, "/org/dateline/facts/roles.tsv",
                Set.of("head", "modifier", "rank")))
                .hasEntrySatisfying("head", w -> assertThat(w).hasSize(66).contains("minister"))
                .hasEntrySatisfying("modifier", w -> assertThat(w).hasSize(78).contains("foreign", "chief"))
                .hasEntrySatisfying("rank", w -> assertThat(w).containsOnly("vice", "deputy", "former", "assistant"));
        assertThat(TsvResource.wordsByTag(TsvResourceTest.class, "/org/dateline/facts/polarity-words.tsv", Set.of(
                "negation", "negating-head", "modal", "possibility", "intent-head", "unlikely-head", "condition",
                "hypothetical-mark", "obligation", "guess", "evidence")))
                .hasEntrySatisfying("modal", w -> assertThat(w).hasSize(4)).hasEntrySatisfying("possibility",
                        w -> assertThat(w).hasSize(4)).hasEntrySatisfying("hypothetical-mark", w -> assertThat(w).hasSize(4))
                .hasEntrySatisfying("guess", w -> assertThat(w).contains("probably", "perhaps"))
                .hasEntrySatisfying("evidence", w -> assertThat(w).contains("sign", "evidence")).hasSize(11);
        assertThat(TsvResource.words(TsvResourceTest.class, "/org/dateline/facts/honorifics.txt")).hasSize(10)
                .contains("mr.", "madam");
        assertThat(TsvResource.words(TsvResourceTest.class, "/org/dateline/facts/transcript-labels.txt")).hasSize(19)
                .contains("photo", "dear");
        assertThat(TsvResource.wordsByTag(TsvResourceTest.class, "/org/dateline/facts/speaker-nouns.tsv", Set.of("person",
                "unnamed", "organization", "outlet", "state", "document", "inanimate", "amount")))
                .hasEntrySatisfying("unnamed", w -> assertThat(w).contains("source", "witness"))
                .hasEntrySatisfying("inanimate", w -> assertThat(w).contains("test", "datum", "plan"))
                .hasEntrySatisfying("amount", w -> assertThat(w).contains("percent"));
        assertThat(TsvResource.table(TsvResourceTest.class, "/org/dateline/facts/number-words.tsv", Integer::valueOf))
                .hasSize(30).containsEntry("twelve", 12);
        assertThat(TsvResource.words(TsvResourceTest.class, "/org/dateline/corpus/story-stop-words.txt")).hasSize(68)
                .contains("the", "very");
        assertThat(TsvResource.words(TsvResourceTest.class, "/org/dateline/corpus/term-stop-words.txt")).hasSize(153)
                .contains("a", "ms");
        assertThat(TsvResource.wordsByTag(TsvResourceTest.class, "/org/dateline/extract/boilerplate-lines.tsv",
                Set.of("navigation", "related-heading", "comment-heading")).values())
                .extracting(Set::size).containsExactlyInAnyOrder(49, 35, 16);
        assertThat(TsvResource.wordsByTag(TsvResourceTest.class, "/org/dateline/extract/html/boilerplate-names.tsv",
                Set.of("anywhere", "whole"))).hasEntrySatisfying("anywhere", w -> assertThat(w).hasSize(59))
                .hasEntrySatisfying("whole", w -> assertThat(w).hasSize(37).contains("ad"));
        assertThat(TsvResource.table(TsvResourceTest.class, "/org/dateline/extract/month-names.tsv", TsvResource::forms))
                .hasSize(12).hasEntrySatisfying("3", names -> assertThat(names).contains("march", "märz", "марта"));
        assertThat(TsvResource.wordsByTag(TsvResourceTest.class, "/org/dateline/facts/timex-senses.tsv", Set.of(
                "lowercase", "colour", "weekday-name", "maker", "award", "model", "era", "state")))
                .hasEntrySatisfying("era", w -> assertThat(w).hasSize(17).contains("music", "teenagers")
                        .doesNotContain("meeting", "game"))
                .hasEntrySatisfying("state", w -> assertThat(w).hasSize(4).contains("exist", "observe")
                        .doesNotContain("resume", "continue"));
        assertThat(TsvResource.words(TsvResourceTest.class, "/org/dateline/facts/trigger-containers.txt")).hasSize(15)
                .contains("wave");
        assertThat(TsvResource.table(TsvResourceTest.class, "/org/dateline/facts/light-verbs.tsv", TsvResource::forms))
                .hasSize(10).containsEntry("put", List.of("under", "on"));
        assertThat(TsvResource.words(TsvResourceTest.class, "/org/dateline/facts/not-timex-words.txt")).hasSize(17)
                .contains("once", "annually", "past");
        assertThat(TsvResource.table(TsvResourceTest.class, "/org/dateline/facts/state-codes.tsv", s -> s)).hasSize(49)
                .containsEntry("AZ", "Arizona").doesNotContainKey("NY");
        for (String[] table : new String[][] {{"countries.tsv", "4"}, {"places.tsv", "3"}, {"organisations.tsv", "3"},
                {"office-holders.tsv", "6"}, {"sectors.tsv", "2"}}) {
            assertThat(TsvResource.rows(TsvResourceTest.class, "/org/dateline/facts/" + table[0],
                    Integer.parseInt(table[1]))).as(table[0]).isNotEmpty();
        }
    }
}
