package org.dateline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline timeline} on a small hand-written output folder: one envoy's statements and meetings. */
class TimelineCommandTest {
    @TempDir
    Path dir;

    private void outputFolder() throws IOException {
        String text = "Envoy Mara Tell met Prime Minister Oskar Lind in Varna on Tuesday. Tell said the talks went well.";
        Files.writeString(dir.resolve("articles.jsonl"), "{\"id\":\"a1\",\"source\":\"in/a1.txt\",\"outlet\":\"Varna Post\","
                + "\"title\":\"Talks\",\"published\":\"2031-05-02\",\"published_basis\":\"metadata\",\"dateline\":null,"
                + "\"authors\":[],\"language\":\"en\",\"text\":\"" + text + "\",\"duplicate_of\":null,\"story\":\"s1\",\"warnings\":[]}\n");
        Files.writeString(dir.resolve("actors.jsonl"), """
                {"id":"p1","name":"Mara Tell","type":"PERSON","aliases":["Tell"],"titles":["Envoy"],"country":null,"sector":"GOV","mentions":2}
                {"id":"p2","name":"Oskar Lind","type":"PERSON","aliases":[],"titles":["Prime Minister"],"country":null,"sector":"GOV","mentions":1}
                """);
        Files.writeString(dir.resolve("quotes.jsonl"), """
                {"id":"q1","article":"a1","speaker":{"actor":"p1","name":"Mara Tell","mention":"Tell"},"kind":"indirect","cue":"said","text":"the talks went well","start":77,"end":96,"date":"2031-05-02","date_basis":"published"}
                {"id":"q2","article":"a1","speaker":{"actor":"p1","name":"Mara Tell","mention":"Tell"},"kind":"direct","cue":"said","text":"Tell","start":67,"end":71,"date":"XXXX-05-01","date_basis":"dateline"}
                """);
        Files.writeString(dir.resolve("events.jsonl"), """
                {"id":"e1","article":"a1","source":{"actor":"p1","name":"Mara Tell"},"target":{"actor":"p2","name":"Oskar Lind"},"event":"CONSULT","mode":null,"cameo":"040","date":"2031-04-29","date_basis":"sentence","place":"Varna","text":"Envoy Mara Tell met Prime Minister Oskar Lind","start":0,"end":45,"confidence":0.9,"reciprocal":false}
                """);
        Files.writeString(dir.resolve("stories.jsonl"), """
                {"id":"s1","title":"Talks","articles":["a1"],"outlets":["Varna Post"],"first":"2031-05-02","last":"2031-05-02"}
                """);
    }

    @Test
    void anActorsFactsComeOldestFirstWithTheirDateBasisAndTheUndatedAreCounted() throws IOException {
        outputFolder();
        CliRun r = CliRun.of("timeline", "--in", dir.toString(), "--actor", "tell");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("2 dated facts, 1 without a usable date");
        int meeting = r.out().indexOf("2031-04-29  sentence  event Mara Tell CONSULT Oskar Lind  [Varna Post]");
        int statement = r.out().indexOf("2031-05-02  published quote Mara Tell said  [Varna Post]");
        assertThat(meeting).isPositive();
        assertThat(statement).isGreaterThan(meeting);
    }

    @Test
    void aStoryListsItsFactsAndAnUnknownNameOrStoryIsAClearError() throws IOException {
        outputFolder();
        assertThat(CliRun.of("timeline", "--in", dir.toString(), "--story", "s1").out()).startsWith("2 dated facts");

        CliRun unknownActor = CliRun.of("timeline", "--in", dir.toString(), "--actor", "Lin");
        assertThat(unknownActor.exit()).isEqualTo(2);
        assertThat(unknownActor.err()).contains("no actor named 'Lin'").contains("p2  Oskar Lind");

        CliRun unknownStory = CliRun.of("timeline", "--in", dir.toString(), "--story", "s9");
        assertThat(unknownStory.exit()).isEqualTo(2);
        assertThat(unknownStory.err()).contains("no story 's9'");
    }

    @Test
    void aThreadRunsOverAllItsStoriesAndAnUnknownThreadIsAClearError() throws IOException {
        outputFolder();
        String text = "Prime Minister Oskar Lind visited Varna again on 3 July.";
        Files.writeString(dir.resolve("articles.jsonl"), "{\"id\":\"a2\",\"source\":\"in/a2.txt\",\"outlet\":\"Lind Daily\","
                + "\"title\":\"Lind returns\",\"published\":\"2031-07-04\",\"published_basis\":\"metadata\",\"dateline\":null,"
                + "\"authors\":[],\"language\":\"en\",\"text\":\"" + text + "\",\"duplicate_of\":null,\"story\":\"s2\","
                + "\"thread\":\"t1\",\"warnings\":[]}\n", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("events.jsonl"), """
                {"id":"e2","article":"a2","source":{"actor":"p2","name":"Oskar Lind"},"target":null,"event":"CONSULT","mode":null,"cameo":"040","date":"2031-07-03","date_basis":"sentence","place":"Varna","text":"Prime Minister Oskar Lind visited Varna again on 3 July.","start":0,"end":56,"confidence":0.7,"reciprocal":false}
                """, StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("threads.jsonl"), """
                {"id":"t1","title":"Talks","stories":["s1","s2"],"articles":["a1","a2"],"outlets":["Varna Post","Lind Daily"],"first":"2031-05-02","last":"2031-07-04"}
                """);
        Files.writeString(dir.resolve("articles.jsonl"), Files.readString(dir.resolve("articles.jsonl"))
                .replace("\"story\":\"s1\",", "\"story\":\"s1\",\"thread\":\"t1\","));

        CliRun thread = CliRun.of("timeline", "--in", dir.toString(), "--thread", "t1");
        assertThat(thread.exit()).as(thread.err()).isZero();
        assertThat(thread.out()).startsWith("3 dated facts, 1 without a usable date")
                .containsSubsequence("2031-04-29", "2031-05-02", "2031-07-03  sentence  event Oskar Lind CONSULT  [Lind Daily]");
        assertThat(CliRun.of("timeline", "--in", dir.toString(), "--story", "s1").out()).startsWith("2 dated facts");

        CliRun unknown = CliRun.of("timeline", "--in", dir.toString(), "--thread", "t9");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no thread 't9'").contains("threads.jsonl");
    }

    @Test
    void aMissingFolderOrABrokenLineIsAnErrorNamingIt() throws IOException {
        CliRun missing = CliRun.of("timeline", "--in", dir.resolve("nowhere").toString(), "--story", "s1");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("is not a folder");

        outputFolder();
        Files.writeString(dir.resolve("events.jsonl"), "{\"id\": \"e1\", broken\n");
        CliRun broken = CliRun.of("timeline", "--in", dir.toString(), "--story", "s1");
        assertThat(broken.exit()).isNotZero();
        assertThat(broken.err()).contains("bad line 1 of").contains("events.jsonl");
    }
}
