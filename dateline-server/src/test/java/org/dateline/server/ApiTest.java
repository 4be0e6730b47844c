package org.dateline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.store.lucene.LuceneLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API of a real server on a free port, over {@link ServedFixture}. */
class ApiTest {
    @TempDir
    static Path work;

    private static DatelineServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        ServedFixture f = ServedFixture.write(work);
        server = DatelineServer.start(new ServerSettings(new LuceneLocation(f.store()), f.out(), ServerSettings.LOOPBACK, 0,
                Optional.empty(), false), Models::facts);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchGivesHitsAndTheFacetsOfEveryMatch() {
        JsonNode page = http.json("/api/search?q=crossing");

        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(page.get("hits")).allSatisfy(h -> assertThat(h.get("kind").asText()).isIn("ARTICLE", "QUOTE", "EVENT"));
        List<String> outlets = new ArrayList<>();
        page.get("facets").get("outlet").forEach(f -> outlets.add(f.get("value").asText()));
        assertThat(outlets).contains("Sarn Herald", "Corvish Daily");
        assertThat(page.get("facets").has("event_type")).isTrue();
    }

    @Test
    void facetsFilterLikeTheCommandLine() {
        JsonNode quotes = http.json("/api/search?scope=quotes&speaker=Brell");
        assertThat(quotes.get("total").asInt()).isEqualTo(1);
        assertThat(quotes.get("hits").get(0).get("speaker").asText()).isEqualTo("Tomas Brell");

        JsonNode events = http.json("/api/search?event_type=consult&outlet=" + enc("Corvish Daily"));
        assertThat(events.get("total").asInt()).isEqualTo(1);
        assertThat(events.get("hits").get(0).get("event").get("type").asText()).isEqualTo("CONSULT");

        assertThat(http.json("/api/search?scope=events&from=2021-03-11&to=2021-03-11").get("total").asInt())
                .as("the event of 11 March is dated the 8th by its sentence").isZero();
        assertThat(http.json("/api/search?scope=events&min_confidence=0.9").get("total").asInt()).isZero();
    }

    @Test
    void cursorPagingReachesEveryHitOnce() {
        int total = http.json("/api/search").get("total").asInt();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = http.json("/api/search?limit=2" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            page.get("hits").forEach(h -> assertThat(seen.add(h.get("kind").asText() + h.get("id").asText())).isTrue());
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(total);
        assertThat(pages).isEqualTo((total + 1) / 2);
    }

    @Test
    void anArticleComesWithItsFactsAsOffsetsIntoItsText() {
        JsonNode a = http.json("/api/articles/talks1");
        String text = a.get("article").get("text").asText();

        for (String kind : List.of("quotes", "events", "times", "mentions")) {
            assertThat(a.get(kind)).as(kind).isNotEmpty();
            a.get(kind).forEach(f -> assertThat(text.substring(f.get("start").asInt(), f.get("end").asInt()))
                    .as(kind).isEqualTo(f.get("text").asText()));
        }
        assertThat(a.get("actors")).extracting(x -> x.get("name").asText()).contains("Ilsa Varnek", "Tomas Brell");
        assertThat(a.get("story").get("articles")).extracting(JsonNode::asText).contains("talks1", "talks2");
    }

    @Test
    void anActorShowsTheNamesMergedIntoItWithTheirRulesAndItsTimeline() {
        String id = http.json("/api/articles/talks1").get("quotes").get(0).get("speaker").get("actor").asText();
        JsonNode actor = http.json("/api/actors/" + enc(id));

        assertThat(actor.get("actor").get("name").asText()).isEqualTo("Ilsa Varnek");
        assertThat(actor.get("merges")).extracting(m -> m.get("text").asText() + "/" + m.get("rule").asText())
                .contains("Ilsa Varnek/name", "Varnek/surname");
        assertThat(actor.get("network")).anySatisfy(e -> {
            assertThat(e.get("event").asText()).isEqualTo("CONSULT");
            assertThat(e.get("target_name").asText()).isEqualTo("Tomas Brell");
            assertThat(e.get("events").asInt()).isEqualTo(3);
        });
        assertThat(actor.get("timeline")).isNotEmpty();
        assertThat(actor.get("timeline").get(0).get("day").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aStoryPutsItsOutletsSideBySideAndAThreadListsItsStories() {
        String story = http.json("/api/articles/talks1").get("article").get("story").asText();
        JsonNode s = http.json("/api/stories/" + enc(story));
        assertThat(s.get("outlets")).extracting(o -> o.get("outlet").asText()).contains("Sarn Herald", "Corvish Daily");
        assertThat(s.get("framing").get("groups")).isNotEmpty();
        assertThat(s.get("coverage")).isNotEmpty();

        String thread = s.get("story").get("thread").asText();
        JsonNode t = http.json("/api/threads/" + enc(thread));
        assertThat(t.get("stories")).extracting(x -> x.get("story").get("id").asText()).contains(story);
    }

    @Test
    void theEventExportHasEveryEventTheQueryFindsAsCsv() {
        int events = http.json("/api/search?scope=events").get("total").asInt();
        HttpResponse<String> csv = http.get("/api/export/events.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("id,article,date,event,");
        assertThat(lines).hasSize(events + 1);
        assertThat(http.get("/api/export/events.csv?outlet=" + enc("Corvish Daily")).body().split("\r\n")).hasSize(2);
    }

    @Test
    void theGdeltExportHasTheTableOfTheQuerysEventsOnly() {
        HttpResponse<String> all = http.get("/api/export/events.gdelt.tsv");
        assertThat(all.statusCode()).isEqualTo(200);
        String[] lines = all.body().split("\n");
        assertThat(lines[0]).startsWith("GLOBALEVENTID\t");
        assertThat(lines.length - 1).as("rows: the same event reported twice is one row")
                .isBetween(1, http.json("/api/search?scope=events").get("total").asInt() - 1);

        String[] corvish = http.get("/api/export/events.gdelt.tsv?outlet=" + enc("Corvish Daily")).body().split("\n");
        assertThat(corvish).hasSize(2);
        assertThat(corvish[1]).contains("talks2.txt");
    }

    @Test
    void refusalsAreJsonNamingTheProblem() {
        HttpResponse<String> unknown = http.get("/api/articles/nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.parse(unknown).get("message").asText()).contains("nope");

        HttpResponse<String> param = http.get("/api/search?colour=red");
        assertThat(param.statusCode()).isEqualTo(400);
        assertThat(Http.parse(param).get("message").asText()).contains("colour");

        HttpResponse<String> syntax = http.get("/api/search?q=" + enc("\"open"));
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(Http.parse(syntax).get("error").asText()).isEqualTo("bad request");

        assertThat(http.get("/api/search?limit=0").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/search?from=2021-13-01").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/search?cursor=garbage").statusCode()).isEqualTo(400);
        HttpResponse<String> route = http.get("/api/nothing-here");
        assertThat(route.statusCode()).isEqualTo(404);
        assertThat(Http.parse(route).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void theOpenApiFileDescribesEveryRoute() {
        JsonNode api = http.json("/api/openapi.json");
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").fieldNames()).toIterable().contains("/api/search", "/api/articles/{id}",
                "/api/actors/{id}", "/api/stories/{id}", "/api/threads/{id}", "/api/export/events.csv", "/api/ingest",
                "/api/jobs", "/api/jobs/{id}");
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() {
        for (String path : List.of("/", "/assets/app.js", "/api/search", "/api/articles/nope")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(http.get("/").body()).doesNotContainPattern("<script>[^<]").doesNotContain("onclick=");
    }
}
