package org.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline analyze --append}: a second batch added to the output of a first, and found by story in the store. */
class AnalyzeAppendTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private Path batch(String name, String... fixtures) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        Path corpus = Path.of(AnalyzeAppendTest.class.getResource("/fixtures/corpus").toURI());
        for (String f : fixtures) {
            Files.copy(corpus.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    private Map<String, JsonNode> byId(String file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("out").resolve(file), StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes.stream().collect(Collectors.toMap(n -> n.get("id").asText(), Function.identity()));
    }

    private CliRun analyze(Path batch, String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", batch.toString(), "--out", work.resolve("out").toString(),
                "--store", work.resolve("index").toString(), "--quiet"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aSecondBatchIsAddedOldArticlesAreSkippedAndKeepTheirStoriesAndActors() throws Exception {
        CliRun first = analyze(batch("one", "velmar-talks.txt", "velmar-talks.meta.json"));
        assertThat(first.exit()).as(first.err()).isZero();
        Map<String, JsonNode> before = byId("articles.jsonl");
        assertThat(before).hasSize(1);
        JsonNode talks = before.values().iterator().next();
        String story = talks.get("story").asText();
        Map<String, JsonNode> actorsBefore = byId("actors.jsonl");

        CliRun second = analyze(batch("two", "velmar-talks.txt", "velmar-talks.meta.json", "lesovia-reply.txt"),
                "--append");

        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("1 inputs skipped because their article is already in");
        Map<String, JsonNode> after = byId("articles.jsonl");
        assertThat(after).hasSize(2).containsKey(talks.get("id").asText());
        assertThat(after.get(talks.get("id").asText()).get("story").asText()).isEqualTo(story);
        assertThat(byId("stories.jsonl")).containsKey(story);
        assertThat(byId("actors.jsonl").keySet()).as("corpus actor ids are stable across batches")
                .containsAll(actorsBefore.keySet());
        assertThat(Files.readString(work.resolve("out").resolve("quotes.jsonl"))).contains("Ilona Marek")
                .contains("Anton Vrba");

        CliRun search = CliRun.of("search", "--story", story, "--articles", "--store", work.resolve("index").toString());
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains(talks.get("id").asText()).contains("stories:  " + story);
        String thread = after.get(talks.get("id").asText()).get("thread").asText();
        CliRun byThread = CliRun.of("search", "--thread", thread, "--articles", "--store",
                work.resolve("index").toString());
        assertThat(byThread.exit()).as(byThread.err()).isZero();
        assertThat(byThread.out()).contains(talks.get("id").asText()).contains("threads:  " + thread);
    }

    @Test
    void withoutAppendASecondRunReplacesTheFirst() throws Exception {
        analyze(batch("one", "velmar-talks.txt", "velmar-talks.meta.json"));
        CliRun second = analyze(batch("two", "lesovia-reply.txt"));

        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(byId("articles.jsonl")).hasSize(1).allSatisfy((id, a) ->
                assertThat(a.get("source").asText()).endsWith("lesovia-reply.txt"));
    }
}
