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

/** {@code dateline relink} on a hand-written output whose stories an older linking split. */
class RelinkCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String article(String id, String day, String title, String text, String story) {
        return "{\"id\":\"" + id + "\",\"source\":\"in/" + id + "\",\"outlet\":\"Varna Post\",\"title\":\"" + title
                + "\",\"published\":\"" + day + "\",\"published_basis\":\"metadata\",\"dateline\":null,\"authors\":[],"
                + "\"language\":\"en\",\"text\":\"" + text + "\",\"duplicate_of\":null,\"story\":\"" + story
                + "\",\"thread\":null,\"warnings\":[],\"actors\":[]}\n";
    }

    private List<JsonNode> lines(Path folder, String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(file))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    /** An output folder of three articles an older linking put in three stories, two of them one happening. */
    private Path threeArticlesInTwoOldStories() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("articles.jsonl"),
                article("a1", "2031-05-02", "Ferry sinks off Varna", "A ferry carrying forty passengers sank off the "
                        + "Varna coast in a storm; coast guard boats rescued thirty-eight of them.", "old-1")
                + article("a2", "2031-05-03", "Varna ferry survivors recount storm", "Survivors of the ferry that sank "
                        + "in the storm off Varna said coast guard boats reached them within an hour.", "old-2")
                + article("a3", "2031-05-03", "Orchestra opens season", "The city orchestra opened its season with a "
                        + "symphony by a local composer before a full hall.", "old-3"));
        for (String empty : List.of("actors.jsonl", "quotes.jsonl", "times.jsonl", "events.jsonl", "stories.jsonl")) {
            Files.writeString(in.resolve(empty), "");
        }
        Files.writeString(in.resolve("mentions.jsonl"), "{\"actor\":\"p-ferry\",\"article\":\"a1\",\"text\":\"Varna\","
                + "\"start\":30,\"end\":35,\"rule\":\"name\"}\n");
        return in;
    }

    @Test
    void anOutputThatCannotBeWrittenExitsWithThreeNamingItAndTheInputStaysAsItWas() throws IOException {
        Path in = threeArticlesInTwoOldStories();
        String before = Files.readString(in.resolve("articles.jsonl"));
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");

        CliRun run = CliRun.of("relink", "--in", in.toString(), "--out", blocker.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(ExitCode.WRITE_FAILED);
        assertThat(run.err()).contains("cannot write " + blocker.resolve("out")).contains("left as it was");
        assertThat(Files.readString(in.resolve("articles.jsonl"))).isEqualTo(before);
        assertThat(Files.readString(blocker)).isEqualTo("not a folder");
    }

    @Test
    void twoReportsOfOneHappeningThatAnOlderRunSplitAreOneStoryAndEveryStoryIsInAThread() throws IOException {
        Path in = threeArticlesInTwoOldStories();
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("relink", "--in", in.toString(), "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("relinked 3 articles").contains("2 stories, 2 threads");
        List<JsonNode> articles = lines(out, "articles.jsonl");
        assertThat(articles.get(1).get("story")).isEqualTo(articles.get(0).get("story"));
        assertThat(articles.get(2).get("story")).isNotEqualTo(articles.get(0).get("story"));
        assertThat(articles).allSatisfy(a -> assertThat(a.get("thread").isTextual()).isTrue());
        assertThat(lines(out, "threads.jsonl")).hasSize(2);
        assertThat(lines(out, "mentions.jsonl")).singleElement()
                .satisfies(m -> assertThat(m.get("article").asText() + ":" + m.get("start") + "-" + m.get("end"))
                        .isEqualTo("a1:30-35"));
        assertThat(lines(out, "stories.jsonl")).extracting(s -> s.get("thread").asText())
                .containsExactlyInAnyOrderElementsOf(lines(out, "threads.jsonl").stream().map(t -> t.get("id").asText()).toList());
    }

    @Test
    void aFolderWithoutAnOutputIsAUsageErrorAndNothingIsWritten() {
        CliRun run = CliRun.of("relink", "--in", dir.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("cannot read the output in");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
