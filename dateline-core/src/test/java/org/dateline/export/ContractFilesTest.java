package org.dateline.export;

import org.dateline.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractFilesTest {
    @TempDir
    Path out;

    @Test
    void whatTheExporterWritesReadsBackAsTheSameRecords() throws IOException {
        AnalyzedArticle sample = JsonlExporterTest.sample("a1");
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(sample);
        }

        assertThat(ContractFiles.articles(out)).containsExactly(sample.article());
        assertThat(ContractFiles.quotes(out)).containsExactlyElementsOf(sample.quotes());
        assertThat(ContractFiles.events(out)).containsExactlyElementsOf(sample.events());
        assertThat(ContractFiles.stories(out)).isEmpty();
    }

    @Test
    void aMissingFileIsNamedWithItsFolderAndABadLineIsQuoted() throws IOException {
        assertThatThrownBy(() -> ContractFiles.quotes(out)).hasMessageContaining("no quotes.jsonl in " + out.toAbsolutePath());
        Files.writeString(out.resolve(JsonlExporter.EVENTS), "{\"id\": \"e1\"}\n{not json\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ContractFiles.events(out)).hasMessageContaining("bad line 2").hasMessageContaining("'{not json'");
    }
}
