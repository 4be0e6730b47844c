package org.dateline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline export --format gdelt} on a small hand-written output folder. */
class ExportCommandTest {
    @TempDir
    Path dir;



    private void outputFolder() throws IOException {
        Files.writeString(dir.resolve("articles.jsonl"), """
                {"id":"art1","source":"https://news.example/1","outlet":"Velmora Herald","published":"2021-03-03","text":"Envoys met on Monday."}
                """);
        Files.writeString(dir.resolve("actors.jsonl"), """
                {"id":"a1","name":"Velmora","type":"COUNTRY","aliases":[],"titles":[],"country":"ARM","sector":null,"mentions":1}
                """);
        Files.writeString(dir.resolve("events.jsonl"), """
                {"id":"e1","article":"art1","source":{"actor":"a1","name":"Velmora"},"target":null,"event":"CONSULT","mode":null,"cameo":"040","date":"2021-03-01","place":null,"text":"met","start":7,"end":10,"confidence":0.7}
                """);
    }

    @Test
    void writesTheTableToTheGivenFile() throws IOException {
        outputFolder();
        Path table = dir.resolve("table.tsv");
        CliRun r = CliRun.of("export", "--format", "gdelt", "--in", dir.toString(), "--out", table.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("1 rows from 1 events");
        List<String> lines = Files.readAllLines(table);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).split("\t", -1)).hasSize(61).startsWith("1", "20210301", "202103", "2021");
        assertThat(lines.get(1)).contains("\tARM\tVELMORA\tARM\t");
    }

    @Test
    void defaultsToAFileInTheInputFolder() throws IOException {
        outputFolder();
        CliRun r = CliRun.of("export", "--format", "gdelt", "--in", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("events.gdelt.tsv")).exists();
    }

    @Test
    void aMissingFolderIsAnErrorNamingIt() {
        CliRun r = CliRun.of("export", "--format", "gdelt", "--in", dir.resolve("nope").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("nope");
    }
}
