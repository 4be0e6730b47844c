package org.dateline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dateline.corpus.Corpus;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Dateline;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Sector;
import org.dateline.model.Speaker;
import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlExporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TEXT = "VELMORA, March 3 -- Foreign Minister Ilsa Varnek said on Monday: "
            + "\"The border talks will resume.\" Varnek added that both sides had agreed to a ceasefire.";

    @TempDir
    Path out;

    static AnalyzedArticle sample(String id) {
        Article article = new Article(id, "inbox/" + id + ".html", "Velmora Herald", "Talks to resume",
                "2021-03-03", "metadata", new Dateline("Velmora", "2021-03-03"), List.of("K. Osten"), "en", TEXT,
                null, null, List.of("sidebar removed"));
        String said = "The border talks will resume.";
        int start = TEXT.indexOf(said);
        Quote direct = new Quote(id + "-q1", id, new Speaker("a-varnek", "Ilsa Varnek", "Foreign Minister Ilsa Varnek"),
                QuoteKind.DIRECT, "said", said, start, start + said.length(), "2021-03-01", DateBasis.SENTENCE);
        String reported = "both sides had agreed to a ceasefire";
        int rStart = TEXT.indexOf(reported);
        Quote indirect = new Quote(id + "-q2", id, new Speaker(null, null, "Varnek"), QuoteKind.INDIRECT, "added",
                reported, rStart, rStart + reported.length(), null, null);
        int mStart = TEXT.indexOf("Monday");
        TimeMention monday = new TimeMention(id, "Monday", "DATE", "2021-03-01", mStart, mStart + "Monday".length());
        Actor varnek = new Actor("a-varnek", "Ilsa Varnek", ActorType.PERSON, List.of("Varnek"),
                List.of("Foreign Minister"), null, Sector.GOV, 2);
        String agreed = "both sides had agreed";
        int eStart = TEXT.indexOf(agreed);
        Event agree = new Event(id + "-e1", id, new Party(null, "both sides"), null, EventType.AGREE, null, "030",
                "2021-03-03", DateBasis.DATELINE, "Velmora", agreed, eStart, eStart + agreed.length(), 0.72);
        return new AnalyzedArticle(article, List.of(varnek), List.of(direct, indirect), List.of(monday),
                List.of(agree));
    }

    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesExactlyTheContractFieldsWithNullsPresent() throws IOException {
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(sample("art1"));
        }

        JsonNode article = read(out.resolve(JsonlExporter.ARTICLES)).get(0);
        assertThat(fieldNames(article)).containsExactly("id", "source", "outlet", "title", "published",
                "published_basis", "modified", "dateline", "authors", "language", "text", "duplicate_of", "story", "thread", "warnings", "actors");
        assertThat(article.get("actors")).extracting(JsonNode::asText).containsExactly("a-varnek");
        assertThat(article.get("duplicate_of").isNull()).isTrue();
        assertThat(article.get("story").isNull()).isTrue();
        assertThat(article.get("thread").isNull()).as("no thread before the corpus stage").isTrue();
        assertThat(article.get("published_basis").asText()).isEqualTo("metadata");
        assertThat(fieldNames(article.get("dateline"))).containsExactly("place", "date");
        assertThat(article.get("warnings").get(0).asText()).isEqualTo("sidebar removed");

        List<JsonNode> quotes = read(out.resolve(JsonlExporter.QUOTES));
        assertThat(quotes).hasSize(2);
        assertThat(fieldNames(quotes.get(0)))
                .containsExactly("id", "article", "speaker", "kind", "cue", "text", "start", "end", "date",
                        "date_basis", "fact", "outlets", "confidence", "signals");
        assertThat(quotes.get(0).get("confidence").isNull()).as("a quote made without one").isTrue();
        assertThat(quotes.get(0).get("fact").isNull()).as("not linked yet").isTrue();
        assertThat(quotes.get(0).get("outlets").isNull()).as("not linked yet").isTrue();
        assertThat(fieldNames(quotes.get(0).get("speaker"))).containsExactly("actor", "name", "mention");
        assertThat(quotes.get(0).get("kind").asText()).isEqualTo("direct");
        assertThat(quotes.get(1).get("kind").asText()).isEqualTo("indirect");
        assertThat(quotes.get(1).get("speaker").get("actor").isNull()).isTrue();
        assertThat(quotes.get(1).get("speaker").get("name").isNull()).isTrue();
        assertThat(quotes.get(0).get("date_basis").asText()).isEqualTo("sentence");
        assertThat(quotes.get(1).get("date").isNull()).isTrue();
        assertThat(quotes.get(1).get("date_basis").isNull()).isTrue();

        JsonNode time = read(out.resolve(JsonlExporter.TIMES)).get(0);
        assertThat(fieldNames(time)).containsExactly("article", "text", "type", "value", "start", "end");

        JsonNode actor = read(out.resolve(JsonlExporter.ACTORS)).get(0);
        assertThat(fieldNames(actor))
                .containsExactly("id", "name", "type", "aliases", "titles", "country", "sector", "mentions");
        assertThat(actor.get("type").asText()).isEqualTo("PERSON");
        assertThat(actor.get("country").isNull()).isTrue();

        JsonNode event = read(out.resolve(JsonlExporter.EVENTS)).get(0);
        assertThat(fieldNames(event)).containsExactly("id", "article", "source", "target", "event", "mode", "cameo",
                "date", "date_basis", "place", "text", "start", "end", "confidence", "reciprocal", "fact", "outlets",
                "signals");
        assertThat(event.get("fact").isNull()).as("not linked yet").isTrue();
        assertThat(event.get("outlets").isNull()).as("not linked yet").isTrue();
        assertThat(event.get("date_basis").asText()).isEqualTo("dateline");
        assertThat(fieldNames(event.get("source"))).containsExactly("actor", "name", "country", "sector", "implied");
        assertThat(event.get("source").get("implied").asBoolean()).isFalse();
        assertThat(event.get("source").get("actor").isNull()).isTrue();
        assertThat(event.get("target").isNull()).isTrue();
        assertThat(event.get("mode").isNull()).isTrue();
        assertThat(event.get("confidence").asDouble()).isEqualTo(0.72);
        assertThat(out.resolve(JsonlExporter.STORIES)).isEmptyFile();
    }

    @Test
    void offsetsRoundTripToTheEvidence() throws IOException {
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(sample("art1"));
        }
        String text = read(out.resolve(JsonlExporter.ARTICLES)).get(0).get("text").asText();
        assertThat(text).isEqualTo(TEXT);
        for (JsonNode quote : read(out.resolve(JsonlExporter.QUOTES))) {
            assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt()))
                    .isEqualTo(quote.get("text").asText());
        }
        JsonNode time = read(out.resolve(JsonlExporter.TIMES)).get(0);
        assertThat(text.substring(time.get("start").asInt(), time.get("end").asInt())).isEqualTo("Monday");
        JsonNode event = read(out.resolve(JsonlExporter.EVENTS)).get(0);
        assertThat(text.substring(event.get("start").asInt(), event.get("end").asInt()))
                .isEqualTo(event.get("text").asText());
    }

    @Test
    void nullDatelineIsWrittenAsNull() throws IOException {
        AnalyzedArticle full = sample("art1");
        Article a = full.article();
        Article noDateline = new Article(a.id(), a.source(), null, null, null, null, null, List.of(), null,
                a.text(), null, null, List.of());
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(new AnalyzedArticle(noDateline, List.of(), List.of(), List.of()));
        }
        JsonNode article = read(out.resolve(JsonlExporter.ARTICLES)).get(0);
        for (String field : List.of("dateline", "outlet", "title", "published", "published_basis", "language")) {
            assertThat(article.has(field)).as(field).isTrue();
            assertThat(article.get(field).isNull()).as(field).isTrue();
        }
        assertThat(article.get("authors").isArray()).isTrue();
        assertThat(out.resolve(JsonlExporter.QUOTES)).isEmptyFile();
    }

    @Test
    void eachArticleIsOnDiskBeforeClose() throws IOException {
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(sample("art1"));
            assertThat(read(out.resolve(JsonlExporter.ARTICLES))).hasSize(1);
            assertThat(read(out.resolve(JsonlExporter.QUOTES))).hasSize(2);
            assertThat(read(out.resolve(JsonlExporter.TIMES))).hasSize(1);
            exporter.write(sample("art2"));
            assertThat(read(out.resolve(JsonlExporter.ARTICLES))).hasSize(2);
            assertThat(Files.readString(out.resolve(JsonlExporter.QUOTES))).endsWith("\n");
            assertThat(out.resolve(JsonlExporter.ACTORS)).isEmptyFile();
        }
        assertThat(read(out.resolve(JsonlExporter.ACTORS))).hasSize(1);
    }

    @Test
    void rerunIntoTheSameFolderReplacesThePreviousOutput() throws IOException {
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(sample("art1"));
            exporter.write(sample("art2"));
        }
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(sample("art3"));
        }
        List<JsonNode> articles = read(out.resolve(JsonlExporter.ARTICLES));
        assertThat(articles).extracting(n -> n.get("id").asText()).containsExactly("art3");
        assertThat(read(out.resolve(JsonlExporter.QUOTES))).hasSize(2);
        assertThat(read(out.resolve(JsonlExporter.TIMES))).hasSize(1);
        assertThat(read(out.resolve(JsonlExporter.ACTORS)).get(0).get("mentions").asInt()).isEqualTo(2);
    }

    @Test
    void actorsWithTheSameIdAreMergedAcrossArticles() throws IOException {
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(sample("art1"));
            exporter.write(sample("art2"));
        }
        List<JsonNode> actors = read(out.resolve(JsonlExporter.ACTORS));
        assertThat(actors).hasSize(1);
        assertThat(actors.get(0).get("mentions").asInt()).isEqualTo(4);
        Iterator<JsonNode> aliases = actors.get(0).get("aliases").elements();
        assertThat(aliases.next().asText()).isEqualTo("Varnek");
        assertThat(aliases.hasNext()).isFalse();
    }

    @Test
    void twoSpellingsOfOneSpeakerAreOneCorpusActorByIdAndNameInQuotesAndEvents() throws IOException {
        Corpus corpus = new Corpus();
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            for (String[] spelling : new String[][]{{"one", "Sergey Lavrov"}, {"two", "Sergei Lavrov"}}) {
                String id = spelling[0];
                String text = spelling[1] + " said: \"The talks will go on.\"";
                Article article = new Article(id, id + ".txt", id.equals("one") ? "Kessel Courier" : "Ostrany Daily",
                        "Talks", "2021-03-0" + (id.equals("one") ? 1 : 2), "metadata", null, List.of(), "en", text, null,
                        null, List.of());
                Actor lavrov = new Actor(id + "-lavrov", spelling[1], ActorType.PERSON, List.of(), List.of(), "RUS",
                        Sector.GOV, 1);
                int start = text.indexOf("The talks");
                Quote quote = new Quote(id + "-q", id, new Speaker(lavrov.id(), spelling[1], spelling[1]),
                        QuoteKind.DIRECT, "said", "The talks will go on.", start, start + 21, null, null);
                Event event = new Event(id + "-e", id, new Party(lavrov.id(), spelling[1], "RUS", Sector.GOV), null,
                        EventType.CONSULT, null, "040", "2021-02-28", DateBasis.SENTENCE, null, text, 0, text.length(), 0.5);
                AnalyzedArticle analyzed = new AnalyzedArticle(article, List.of(lavrov), List.of(quote), List.of(),
                        List.of(event));
                corpus.add(analyzed);
                exporter.write(analyzed);
            }
            Corpus.Linked linked = corpus.link();
            exporter.finish(linked);
            assertThat(linked.articles()).flatExtracting(AnalyzedArticle::quotes)
                    .extracting(q -> q.speaker().actor() + " " + q.speaker().name()).hasSize(2).containsOnly(
                            read(out.resolve(JsonlExporter.QUOTES)).get(0).get("speaker").get("actor").asText() + " "
                                    + read(out.resolve(JsonlExporter.QUOTES)).get(0).get("speaker").get("name").asText());
        }
        List<JsonNode> quotes = read(out.resolve(JsonlExporter.QUOTES));
        List<JsonNode> events = read(out.resolve(JsonlExporter.EVENTS));
        assertThat(quotes).extracting(q -> q.get("speaker").get("actor").asText()).hasSize(2).containsOnly(
                quotes.get(0).get("speaker").get("actor").asText());
        assertThat(quotes).extracting(q -> q.get("speaker").get("name").asText()).containsOnly(
                quotes.get(0).get("speaker").get("name").asText());
        assertThat(quotes).extracting(q -> q.get("speaker").get("mention").asText())
                .containsExactlyInAnyOrder("Sergey Lavrov", "Sergei Lavrov");
        assertThat(events).extracting(e -> e.get("source").get("name").asText()).containsOnly(
                quotes.get(0).get("speaker").get("name").asText());
        assertThat(quotes).as("one statement reported by two outlets is one fact, its first report")
                .extracting(q -> q.get("fact").asText()).containsOnly("one-q");
        assertThat(events).extracting(e -> e.get("fact").asText()).containsOnly("one-e");
    }
}
