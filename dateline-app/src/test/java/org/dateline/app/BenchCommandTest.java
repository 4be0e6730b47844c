package org.dateline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @Test
    void helpExplainsTheWarmPasses() {
        CliRun run = CliRun.of("bench", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--warm-passes=N", "untimed");
    }

    @Test
    void aNegativeCountOfWarmPassesIsRefusedBeforeAnyModelLoads() {
        CliRun run = CliRun.of("bench", "--warm-passes", "-1", "no-such-file.txt");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--warm-passes must be 0 or more");
    }

    @Test
    void duplicatesAddsTemplatedReportsAndRefusesANegativeCount() {
        CliRun run = CliRun.of("bench", "duplicates", "--articles", "200", "--templated", "300");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("500 articles", "300 templated reports", "precision 1.0000");

        CliRun refused = CliRun.of("bench", "duplicates", "--articles", "200", "--templated", "-1");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--templated must be 0 or more");
    }

    @Test
    void linkingTakesAnOutputSeveralTimesAndPrintsEachRun(@TempDir Path dir) throws IOException {
        String line = "{\"id\":\"%s\",\"source\":\"in/%s\",\"outlet\":\"Varna Post\",\"title\":\"Ferry sinks\","
                + "\"published\":\"2031-05-0%s\",\"published_basis\":\"metadata\",\"dateline\":null,\"authors\":[],"
                + "\"language\":\"en\",\"text\":\"A ferry carrying forty passengers sank off the Varna coast in a storm;"
                + " coast guard boats rescued thirty-eight of them.\",\"duplicate_of\":null,\"story\":null,"
                + "\"thread\":null,\"warnings\":[],\"actors\":[]}\n";
        Files.writeString(dir.resolve("articles.jsonl"), line.formatted("a1", "a1", "2") + line.formatted("a2", "a2", "3"));
        for (String empty : List.of("actors.jsonl", "quotes.jsonl", "times.jsonl", "events.jsonl", "stories.jsonl")) {
            Files.writeString(dir.resolve(empty), "");
        }

        CliRun run = CliRun.of("bench", "linking", "--in", dir.toString(), "--copies", "1,3");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out()).contains("1 copies: 2 articles, 0 quotes linked in", "3 copies: 6 articles");
        assertThat(CliRun.of("bench", "linking", "--in", dir.toString(), "--copies", "0").err())
                .contains("--copies must be 1 or more");
        Files.delete(dir.resolve("actors.jsonl"));
        CliRun broken = CliRun.of("bench", "linking", "--in", dir.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("no actors.jsonl");
    }
}
