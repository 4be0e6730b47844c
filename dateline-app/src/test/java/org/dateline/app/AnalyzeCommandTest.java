package org.dateline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.Analyzer;
import org.dateline.pipeline.RecordJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end: the fixture corpus through {@code dateline analyze}, then {@code dateline search}. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static CliRun first;


    private static Path corpus() throws URISyntaxException {
        return Path.of(AnalyzeCommandTest.class.getResource("/fixtures/corpus").toURI());
    }


    @BeforeAll
    static void analyzeOnce() throws Exception {
        first = CliRun.of("analyze", corpus().toString(), "--out", work.resolve("out").toString(),
                "--store", work.resolve("index").toString(), "--quiet");
    }

    private static List<JsonNode> lines(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(work.resolve("out").resolve(file), StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void badInputsAreReportedByNameTheRestIsAnalysedAndTheExitCodeSaysSo() throws IOException {
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(first.err()).contains("empty.txt").contains("broken.txt");
        assertThat(lines("articles.jsonl")).hasSize(2);
    }

    @Test
    void everyOutputFileOfTheContractIsWritten() {
        for (String f : List.of("articles.jsonl", "actors.jsonl", "quotes.jsonl", "times.jsonl",
                "events.jsonl", "stories.jsonl", "threads.jsonl")) {
            assertThat(work.resolve("out").resolve(f)).exists();
        }
    }

    @Test
    void theCorpusStageLinksArticlesToStoriesAndQuotesToCorpusActors() throws IOException {
        var storyIds = lines("stories.jsonl").stream().map(s -> s.get("id").asText()).toList();
        assertThat(lines("articles.jsonl")).allMatch(a -> storyIds.contains(a.get("story").asText()));
        var actorIds = lines("actors.jsonl").stream().map(a -> a.get("id").asText()).toList();
        assertThat(lines("quotes.jsonl")).filteredOn(q -> !q.get("speaker").get("actor").isNull())
                .isNotEmpty().allMatch(q -> actorIds.contains(q.get("speaker").get("actor").asText()));
        assertThat(first.out()).contains("stories");
    }

    @Test
    void quotesGoToTheirSpeakersAndNoneComesFromTheComments() throws IOException {
        List<JsonNode> quotes = lines("quotes.jsonl");
        Iterable<String> texts = quotes.stream().map(q -> q.get("text").asText()).toList();
        assertThat(texts).noneMatch(t -> t.contains("every drop"));
        assertThat(speakerOf(quotes, "waited long enough")).isEqualTo("Ilona Marek");
        assertThat(speakerOf(quotes, "nothing to discuss")).isEqualTo("Petar Gavrel");
        assertThat(speakerOf(quotes, "no intention of bargaining")).isEqualTo("Anton Vrba");
    }

    @Test
    void evidenceOffsetsPointIntoTheArticleText() throws IOException {
        var texts = new java.util.HashMap<String, String>();
        for (JsonNode a : lines("articles.jsonl")) {
            texts.put(a.get("id").asText(), a.get("text").asText());
        }
        for (JsonNode q : lines("quotes.jsonl")) {
            String text = texts.get(q.get("article").asText());
            assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        }
        for (JsonNode t : lines("times.jsonl")) {
            String text = texts.get(t.get("article").asText());
            assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
        }
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDateAndStayOpenWithoutOne() throws IOException {
        List<JsonNode> times = lines("times.jsonl");
        assertThat(times).anyMatch(t -> t.get("text").asText().equals("Tuesday")
                && t.get("value").asText().equals("2024-03-05"));
        JsonNode reply = lines("articles.jsonl").stream()
                .filter(a -> a.get("source").asText().endsWith("lesovia-reply.txt")).findFirst().orElseThrow();
        assertThat(reply.get("published").isNull()).isTrue();
        assertThat(reply.get("dateline").get("date").asText()).isEqualTo("XXXX-03-07");
    }

    @Test
    void analysingAgainDuplicatesNothing() throws Exception {
        CliRun again = CliRun.of("analyze", corpus().toString(), "--out", work.resolve("out").toString(),
                "--store", work.resolve("index").toString(), "--quiet");
        assertThat(again.exit()).as(again.err()).isEqualTo(ExitCode.INCOMPLETE);
        assertThat(lines("articles.jsonl")).hasSize(2);
        CliRun search = CliRun.of("search", "Velmar", "--store", work.resolve("index").toString(), "--articles");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("2 articles");
    }

    @Test
    void aRunInterruptedAtOtherThresholdsIsAnalysedAllAgainAndOneAtTheSameIsNot() throws Exception {
        for (double least : List.of(0.0, Analyzer.DEFAULT_MIN_EVENT_CONFIDENCE)) {
            Path out = work.resolve("resumed-" + least);
            Path staging = Files.createDirectories(work.resolve(".resumed-" + least + ".partial"));
            Files.writeString(staging.resolve("analysed.jsonl"), RecordJson.write(AnalysisKey.of(least,
                    Analyzer.DEFAULT_MIN_QUOTE_CONFIDENCE)) + "\n", StandardCharsets.UTF_8);
            CliRun run = CliRun.of("analyze", corpus().toString(), "--out", out.toString(), "--no-store", "--quiet");
            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.INCOMPLETE);
            String discarded = "the interrupted run in " + out + " was made by other code or settings; analysing all again";
            if (least == 0.0) {
                assertThat(run.err()).contains(discarded);
            } else {
                assertThat(run.err()).doesNotContain(discarded);
            }
            assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(2);
        }
    }

    @Test
    void searchFindsQuotesBySpeaker() {
        CliRun search = CliRun.of("search", "river", "--quotes", "--speaker", "Ilona Marek",
                "--store", work.resolve("index").toString());
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("Ilona Marek").contains("waited long enough").doesNotContain("Gavrel:");
    }

    private static String speakerOf(List<JsonNode> quotes, String words) {
        return quotes.stream().filter(q -> q.get("text").asText().contains(words))
                .map(q -> q.get("speaker").get("name").asText()).findFirst().orElse("(no such quote)");
    }
}
