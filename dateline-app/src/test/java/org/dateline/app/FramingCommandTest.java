package org.dateline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline framing} on a small hand-written output folder: two outlets name one siege differently. */
class FramingCommandTest {
    @TempDir
    Path dir;

    private void outputFolder() throws IOException {
        String siege = "The siege of Kessel goes on. ".repeat(8);
        String relief = "The relief of Kessel goes on. ".repeat(8);
        Files.writeString(dir.resolve("articles.jsonl"), String.join("\n",
                article("a1", "Northern Herald", "s1", siege),
                article("a2", "Southern Courier", "s1", relief),
                article("a3", "Eastern Wire", "s1", relief).replace("\"duplicate_of\":null", "\"duplicate_of\":\"a2\""),
                article("a4", "Valley News", "s2", "Rain flooded the valley.").replace("\"title\":\"Kessel\"", "\"title\":\"Flood\"")) + "\n");
        Files.writeString(dir.resolve("quotes.jsonl"), """
                {"id":"q1","article":"a2","speaker":{"actor":"p1","name":"Tomas Vell","mention":"Vell"},"kind":"direct","cue":"said","text":"The town is safe now.","start":0,"end":5,"date":null,"outlets":["Eastern Wire","Southern Courier"]}
                """);
        Files.writeString(dir.resolve("events.jsonl"), "");
        Files.writeString(dir.resolve("stories.jsonl"), """
                {"id":"s1","title":"Kessel","articles":["a1","a2","a3"],"outlets":["Northern Herald","Southern Courier","Eastern Wire"],"first":null,"last":null}
                {"id":"s2","title":"Flood","articles":["a4"],"outlets":["Valley News"],"first":null,"last":null}
                """);
    }

    private static String article(String id, String outlet, String story, String text) {
        return "{\"id\":\"" + id + "\",\"source\":\"in/" + id + ".txt\",\"outlet\":\"" + outlet + "\",\"title\":\"Kessel\","
                + "\"published\":\"2031-05-02\",\"published_basis\":\"metadata\",\"dateline\":null,\"authors\":[],"
                + "\"language\":\"en\",\"text\":\"" + text + "\",\"duplicate_of\":null,\"story\":\"" + story + "\",\"warnings\":[]}";
    }

    @Test
    void printsEachOutletsDistinctiveTermsWithCountsAndWhoLeftTheQuoteOut() throws IOException {
        outputFolder();
        CliRun r = CliRun.of("framing", "--in", dir.toString(), "--story", "s1", "--prior", "10");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Framing of story s1").containsPattern("(?m)^   siege +\\d+\\.\\d\\d +8 +0$")
                .containsPattern("(?m)^   relief +\\d+\\.\\d\\d +8 +0$").doesNotContainPattern("(?m)^   kessel ");
        assertThat(r.out()).contains("== Eastern Wire  (articles 0, copies of others' articles 1")
                .contains("Tomas Vell: \u201cThe town is safe now.\u201d")
                .contains("reported by: Southern Courier, Eastern Wire").contains("missing: Northern Herald");
    }

    @Test
    void aFactLeftOutByManyOutletsNamesADozenAndCountsTheRest() throws IOException {
        outputFolder();
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            more.append(article("b" + i, "Town Paper " + i, "s1", "The siege of Kessel goes on in its week " + i + "."))
                    .append('\n');
        }
        Files.writeString(dir.resolve("articles.jsonl"), more, java.nio.file.StandardOpenOption.APPEND);

        CliRun r = CliRun.of("framing", "--in", dir.toString(), "--query", "kessel");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("missing: ([^,\n]+, ){11}[^,\n]+ \u2026 and 9 more\n")
                .contains("reported by: Southern Courier, Eastern Wire\n");
    }

    @Test
    void groupsFromAFileAndJsonOutput() throws IOException {
        outputFolder();
        Path groups = Files.writeString(dir.resolve("groups.tsv"), "Southern Courier\tSouth\nEastern Wire\tSouth\n");
        CliRun r = CliRun.of("framing", "--in", dir.toString(), "--query", "kessel", "--groups", groups.toString(), "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"selection\" : \"query \\\"kessel\\\"\"").contains("\"name\" : \"South\"")
                .contains("\"reported_by\" : [ \"South\" ]").contains("\"missing\" : [ \"Northern Herald\" ]");
    }

    @Test
    void anUnknownStoryListsTheKnownOnes() throws IOException {
        outputFolder();
        CliRun r = CliRun.of("framing", "--in", dir.toString(), "--story", "nope");

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("no story 'nope'").contains("stories.jsonl").contains("s1  3 articles  Kessel");
    }

    @Test
    void missingFilesAndEmptyQueriesAreNamed() throws IOException {
        CliRun empty = CliRun.of("framing", "--in", dir.toString());
        assertThat(empty.exit()).isNotZero();
        assertThat(empty.err()).contains("no articles.jsonl in " + dir.toAbsolutePath());

        outputFolder();
        CliRun none = CliRun.of("framing", "--in", dir.toString(), "--query", "harbour");
        assertThat(none.exit()).isNotZero();
        assertThat(none.err()).contains("no article in").contains("\"harbour\"");
    }
}
