package org.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One wire story carried by two outlets: one original, one copy, its facts counted once with both outlets. */
class SyndicationTest {
    private static final String BODY = """
            KRESNO, June 2 (Pellwire) -- Lesovian Prime Minister Dora Halvik said on Monday that her government \
            would reopen the northern border crossings to freight traffic by the end of the month.

            "Trucks have waited long enough. The crossings at Vell and Osmar will open first," Halvik told a news \
            conference in Kresno.

            Transport Minister Emil Radek added that customs officers would be moved from the capital to the border \
            posts within two weeks, and that the toll on heavy vehicles would be cut by a third.

            The crossings were closed in March after a dispute with neighbouring Dravania over inspection fees.
            """;

    @TempDir
    Path dir;

    @Test
    void aCopyPointsToItsOriginalAndItsFactsAreCountedOnceWithEveryOutlet() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("pellwire.txt"), "Lesovia to reopen border crossings\n\n" + BODY);
        Files.writeString(in.resolve("pellwire.meta.json"), "{\"outlet\": \"Pellwire\", \"published\": \"2025-06-02T10:00:00Z\"}");
        Files.writeString(in.resolve("daily.txt"), "Border crossings to reopen, Halvik says\n\n"
                + BODY.replace("by the end of the month", "before the month is out"));
        Files.writeString(in.resolve("daily.meta.json"), "{\"outlet\": \"Kresno Daily\", \"published\": \"2025-06-02T14:30:00Z\"}");

        CliRun run = CliRun.of("analyze", in.toString(), "--out", dir.resolve("out").toString(), "--no-store", "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();

        List<JsonNode> articles = lines("articles.jsonl");
        JsonNode original = articles.stream().filter(a -> a.get("outlet").asText().equals("Pellwire")).findFirst().orElseThrow();
        JsonNode copy = articles.stream().filter(a -> a.get("outlet").asText().equals("Kresno Daily")).findFirst().orElseThrow();
        assertThat(original.get("duplicate_of").isNull()).isTrue();
        assertThat(copy.get("duplicate_of").asText()).isEqualTo(original.get("id").asText());
        assertThat(copy.get("story").asText()).isEqualTo(original.get("story").asText());

        List<JsonNode> quotes = lines("quotes.jsonl");
        assertThat(quotes).isNotEmpty().allMatch(q -> q.get("article").asText().equals(original.get("id").asText()));
        assertThat(quotes.stream().filter(q -> q.get("text").asText().contains("waited long enough")))
                .hasSize(1)
                .allMatch(q -> q.get("outlets").toString().equals("[\"Kresno Daily\",\"Pellwire\"]"));
    }

    private List<JsonNode> lines(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out").resolve(file))) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }
}
