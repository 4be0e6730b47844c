package org.dateline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GdeltExporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDateTime ADDED = LocalDateTime.of(2021, 3, 5, 14, 30, 0);
    private static final String TEXT = "Foreign Minister Ilsa Varnek met her Dorvian counterpart in Velmora on Monday."
            + "\n\nLater the two ministers agreed to reopen the border.";

    @TempDir
    Path dir;

    private final ContractJson contract = new ContractJson(MAPPER);

    private static Actor varnek() {
        return new Actor("a1", "Ilsa Varnek", ActorType.PERSON, List.of("Varnek"), List.of("Foreign Minister"),
                "ARM", Sector.GOV, 2);
    }

    private static Actor osce() {
        return new Actor("a2", "OSCE Minsk Group", ActorType.ORGANIZATION, List.of(), List.of(), null, Sector.IGO, 1);
    }

    private static Event event(String id, String article, String cameo, String date, int start) {
        return new Event(id, article, new Party("a1", "Ilsa Varnek"), new Party("a2", "OSCE Minsk Group"), EventType.CONSULT,
                null, cameo, date, DateBasis.SENTENCE, "Velmora", "met", start, start + 3, 0.8);
    }

    private void write(List<Article> articles, List<Actor> actors, List<Event> events) throws IOException {
        List<String> a = new ArrayList<>();
        for (Article x : articles) {
            a.add(MAPPER.writeValueAsString(contract.article(x)));
        }
        List<String> b = new ArrayList<>();
        for (Actor x : actors) {
            b.add(MAPPER.writeValueAsString(contract.actor(x)));
        }
        List<String> c = new ArrayList<>();
        for (Event x : events) {
            c.add(MAPPER.writeValueAsString(x));
        }
        Files.write(dir.resolve(JsonlExporter.ARTICLES), a);
        Files.write(dir.resolve(JsonlExporter.ACTORS), b);
        Files.write(dir.resolve(JsonlExporter.EVENTS), c);
    }

    private static Article article(String id, String outlet, String published) {
        return new Article(id, "https://news.example/" + id, outlet, "Talks", published, "metadata", null, List.of(),
                "en", TEXT, null, null, List.of());
    }

    private static List<Map<String, String>> rows(String table) {
        String[] lines = table.split("\n");
        String[] header = lines[0].split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", -1);
            assertThat(cells).hasSize(header.length);
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < header.length; k++) {
                row.put(header[k], cells[k]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void headerHasTheSixtyOneGdeltColumnsInOrder() {
        assertThat(GdeltExporter.COLUMNS).hasSize(61);
        assertThat(GdeltExporter.COLUMNS.get(0)).isEqualTo("GLOBALEVENTID");
        assertThat(GdeltExporter.COLUMNS.get(26)).isEqualTo("EventCode");
        assertThat(GdeltExporter.COLUMNS.get(59)).isEqualTo("DATEADDED");
        assertThat(GdeltExporter.COLUMNS.get(60)).isEqualTo("SOURCEURL");
    }

    @Test
    void oneRowPerEventWithActorCodesDatesAndCameoFields() throws IOException {
        write(List.of(article("art1", "Velmora Herald", "2021-03-03")), List.of(varnek(), osce()),
                List.of(event("e1", "art1", "040", "2021-03-01", 0)));
        StringWriter out = new StringWriter();
        GdeltExporter.Summary s = new GdeltExporter().export(dir, out, ADDED);
        assertThat(s).isEqualTo(new GdeltExporter.Summary(1, 1, 0));
        Map<String, String> r = rows(out.toString()).get(0);
        assertThat(r).containsEntry("GLOBALEVENTID", "1").containsEntry("SQLDATE", "20210301")
                .containsEntry("MonthYear", "202103").containsEntry("Year", "2021")
                .containsEntry("Actor1Code", "ARMGOV").containsEntry("Actor1Name", "ILSA VARNEK")
                .containsEntry("Actor1CountryCode", "ARM").containsEntry("Actor1Type1Code", "GOV")
                .containsEntry("Actor2Code", "IGO").containsEntry("Actor2CountryCode", "")
                .containsEntry("Actor2KnownGroupCode", "IGO")
                .containsEntry("EventCode", "040").containsEntry("EventBaseCode", "040")
                .containsEntry("EventRootCode", "04").containsEntry("QuadClass", "1")
                .containsEntry("IsRootEvent", "1").containsEntry("GoldsteinScale", "")
                .containsEntry("ActionGeo_FullName", "Velmora").containsEntry("DATEADDED", "20210305143000")
                .containsEntry("SOURCEURL", "https://news.example/art1");
    }

    @Test
    void theSameEventFromTwoOutletsIsOneRowCountingMentionsSourcesAndArticles() throws IOException {
        write(List.of(article("art1", "Velmora Herald", "2021-03-03"), article("art2", "Dorvia Daily", "2021-03-04")),
                List.of(varnek(), osce()),
                List.of(event("e1", "art1", "0431", "2021-03-01", 0), event("e2", "art2", "0431", "2021-03-01", 0),
                        event("e3", "art2", "0431", "2021-03-01", TEXT.indexOf("agreed"))));
        StringWriter out = new StringWriter();
        new GdeltExporter().export(dir, out, ADDED);
        List<Map<String, String>> rows = rows(out.toString());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("NumMentions", "3").containsEntry("NumSources", "2")
                .containsEntry("NumArticles", "2").containsEntry("EventBaseCode", "043");
    }

    @Test
    void eventsWithoutCameoAreSkippedAndMissingDatesFallBackToPublication() throws IOException {
        write(List.of(article("art1", "Velmora Herald", "2021-03-03")), List.of(varnek(), osce()),
                List.of(event("e1", "art1", null, "2021-03-01", 0),
                        event("e2", "art1", "173", "XXXX-03-01", TEXT.indexOf("agreed"))));
        StringWriter out = new StringWriter();
        GdeltExporter.Summary s = new GdeltExporter().export(dir, out, ADDED);
        assertThat(s).isEqualTo(new GdeltExporter.Summary(1, 2, 1));
        Map<String, String> r = rows(out.toString()).get(0);
        assertThat(r).containsEntry("SQLDATE", "20210303").containsEntry("QuadClass", "4")
                .containsEntry("IsRootEvent", "0");
    }

    @Test
    void aUnitedNationsAgencyWithoutCountryGetsCameosGroupCode() throws IOException {
        Actor agency = new Actor("a2", "World Health Organization", ActorType.ORGANIZATION, List.of(), List.of(),
                null, Sector.HLH, 1);
        write(List.of(article("art1", "Velmora Herald", "2021-03-03")), List.of(varnek(), agency),
                List.of(event("e1", "art1", "040", "2021-03-01", 0)));
        StringWriter out = new StringWriter();
        new GdeltExporter().export(dir, out, ADDED);
        assertThat(rows(out.toString()).get(0)).containsEntry("Actor2Code", "UNOHLH")
                .containsEntry("Actor2KnownGroupCode", "UNO").containsEntry("Actor2CountryCode", "");
    }

    @Test
    void aFolderWithoutEventsIsReportedByName() {
        assertThatThrownBy(() -> new GdeltExporter().export(dir, new StringWriter(), ADDED))
                .hasMessageContaining("events.jsonl").hasMessageContaining(dir.toString());
    }

    @Test
    void quadClassOfEveryRoot() {
        assertThat(GdeltExporter.quadClass("01")).isEqualTo("1");
        assertThat(GdeltExporter.quadClass("05")).isEqualTo("1");
        assertThat(GdeltExporter.quadClass("06")).isEqualTo("2");
        assertThat(GdeltExporter.quadClass("13")).isEqualTo("3");
        assertThat(GdeltExporter.quadClass("20")).isEqualTo("4");
        assertThat(GdeltExporter.quadClass("xx")).isNull();
    }
}
