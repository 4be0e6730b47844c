package org.dateline.export;

import org.dateline.model.Actor;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void anImpliedRecipientReadsBackAndAnOlderLineWithoutTheFieldIsNotImplied() throws IOException {
        AnalyzedArticle sample = JsonlExporterTest.sample("a1");
        Event strike = new Event("a1-e2", "a1", new Party(null, "nurses", "PRT", Sector.HLH),
                new Party(null, "government of Portugal", "PRT", Sector.GOV, true), EventType.PROTEST, "strike", "143",
                null, null, null, "nurses", 0, 6, 0.5);
        AnalyzedArticle withStrike = new AnalyzedArticle(sample.article(), sample.actors(), sample.quotes(),
                sample.times(), List.of(sample.events().get(0), strike));
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(withStrike);
        }
        assertThat(ContractFiles.events(out)).containsExactlyElementsOf(withStrike.events());

        Files.writeString(out.resolve(JsonlExporter.EVENTS), "{\"id\": \"e1\", \"article\": \"a1\", \"source\":"
                + " {\"actor\": null, \"name\": \"farmers\", \"country\": \"FRA\", \"sector\": \"AGR\"},"
                + " \"event\": \"PROTEST\", \"start\": 0, \"end\": 7, \"confidence\": 0.5}\n", StandardCharsets.UTF_8);
        assertThat(ContractFiles.events(out)).singleElement().satisfies(e -> {
            assertThat(e.source().implied()).isFalse();
            assertThat(e.source().sector()).isEqualTo(Sector.AGR);
            assertThat(e.event()).isEqualTo(EventType.PROTEST);
        });
    }

    @Test
    void anUnknownEventTypeOrSectorInAnOlderFileIsAnErrorNamingFileAndLine() throws IOException {
        Path events = out.resolve(JsonlExporter.EVENTS);
        Files.writeString(events, "{\"id\": \"e1\", \"article\": \"a1\", \"event\": \"PROTEST\"}\n"
                + "{\"id\": \"e2\", \"article\": \"a1\", \"event\": \"FIGHT\"}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ContractFiles.events(out)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad line 2 of " + events).hasMessageContaining("FIGHT");

        Path actors = out.resolve(JsonlExporter.ACTORS);
        Files.writeString(actors, "{\"id\": \"p1\", \"name\": \"Ada Vell\", \"sector\": \"XYZ\"}\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ContractFiles.read(actors, Actor.class)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad line 1 of " + actors).hasMessageContaining("XYZ");
    }

    @Test
    void aMissingFileIsNamedWithItsFolderAndABadLineIsQuoted() throws IOException {
        assertThatThrownBy(() -> ContractFiles.quotes(out)).hasMessageContaining("no quotes.jsonl in " + out.toAbsolutePath());
        Files.writeString(out.resolve(JsonlExporter.EVENTS), "{\"id\": \"e1\"}\n{not json\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ContractFiles.events(out)).hasMessageContaining("bad line 2").hasMessageContaining("'{not json'");
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithTheLineWhereTheBadBytesAre() throws IOException {
        Path events = out.resolve(JsonlExporter.EVENTS);
        byte[] good = "{\"id\": \"e1\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}', '\n'};
        Files.write(events, good);
        Files.write(events, bad, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> ContractFiles.events(out)).hasMessageContaining("line 2 of " + events)
                .hasMessageContaining("not UTF-8");
    }
}
