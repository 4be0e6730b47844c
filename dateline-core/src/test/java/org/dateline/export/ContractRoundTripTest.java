package org.dateline.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.corpus.Corpus;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Dateline;
import org.dateline.model.Event;
import org.dateline.model.Mention;
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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.export.JsonlExporterTest.fieldNames;
import static org.dateline.export.JsonlExporterTest.read;

/**
 * The model is the contract: every field of every line {@code analyze} writes is a component of a model record
 * (an article's {@code actors} being the ids of {@link AnalyzedArticle#actors()}), and the linked records written
 * ({@link Corpus.Linked}) are the records {@link ContractReader} reads back.
 */
class ContractRoundTripTest {
    private static final String SAID = "The talks on the river crossing will go on next week in Sarn.";
    private static final String FIRST = "Sergey Lavrov said on Monday: \"" + SAID + "\" Officials of both delegations "
            + "met for six hours at the old customs house in Sarn and agreed to publish a joint note on the state of "
            + "the border talks before the end of the month.";
    private static final String SECOND = "Sergei Lavrov said: \"" + SAID + "\" His Ostranian counterpart left the "
            + "building without speaking to reporters, and the ministry in Velmora gave no date for a reply.";

    @TempDir
    Path out;

    /**
     * An article by {@code outlet} of {@code text}, in which {@code spelling} says {@link #SAID} and meets Ostrany on
     * the first of March.
     */
    private static AnalyzedArticle report(String id, String outlet, String day, String text, String spelling) {
        Article article = new Article(id, "in/" + id + ".txt", outlet, "Talks in Sarn", day, "metadata",
                new Dateline("Sarn", null), List.of("R. Tamm"), "en", text, null, null, List.of("byline removed"));
        Actor lavrov = new Actor(id + "-lavrov", spelling, ActorType.PERSON, List.of(), List.of("Foreign Minister"),
                "RUS", Sector.GOV, 1);
        Actor ostrany = new Actor(id + "-ostrany", "Ostrany", ActorType.COUNTRY, List.of(), List.of(), "OST", null, 1);
        int start = text.indexOf(SAID);
        Quote quote = new Quote(id + "-q", id, new Speaker(lavrov.id(), spelling, spelling), QuoteKind.DIRECT, "said",
                SAID, start, start + SAID.length(), day, DateBasis.PUBLISHED, null, null, 0.8,
                List.of("cue:verb", "speaker:name"));
        Event event = new Event(id + "-e", id, new Party(lavrov.id(), spelling, "RUS", Sector.GOV),
                new Party(ostrany.id(), "Ostrany", "OST", null, true), EventType.CONSULT, "verbal", "040", "2021-03-01",
                DateBasis.SENTENCE, "Sarn", text.substring(0, start), 0, start, 0.6, true);
        List<TimeMention> times = text.contains("Monday")
                ? List.of(new TimeMention(id, "Monday", "DATE", day, text.indexOf("Monday"), text.indexOf("Monday") + 6))
                : List.of();
        List<Mention> mentions = List.of(new Mention(lavrov.id(), id, spelling, 0, spelling.length(), "name"));
        return new AnalyzedArticle(article, List.of(lavrov, ostrany), List.of(quote), times, List.of(event), mentions);
    }

    private Corpus.Linked twoReportsAndACopy() throws IOException {
        return AppendBatchTest.run(JsonlExporter.open(out), new Corpus(), List.of(
                report("one", "Kessel Courier", "2021-03-01", FIRST, "Sergey Lavrov"),
                report("two", "Ostrany Daily", "2021-03-02", SECOND, "Sergei Lavrov"),
                report("copy", "Varna Post", "2021-03-02", FIRST, "Sergey Lavrov")));
    }

    @Test
    void theLinkedRecordsWrittenAreTheRecordsReadBack() throws IOException {
        Corpus.Linked linked = twoReportsAndACopy();

        Corpus.Earlier back = new ContractReader().read(out);

        assertThat(back.articles()).containsExactlyElementsOf(linked.articles());
        assertThat(back.actors()).containsExactlyElementsOf(linked.actors());
        assertThat(back.stories()).containsExactlyElementsOf(linked.stories());
    }

    @Test
    void anOutputReadBackSharesEachShortStringAndNoText() throws IOException {
        twoReportsAndACopy();

        Corpus.Earlier back = new ContractReader().read(out);

        AnalyzedArticle one = back.articles().stream().filter(a -> a.article().id().equals("one")).findFirst().orElseThrow();
        AnalyzedArticle two = back.articles().stream().filter(a -> a.article().id().equals("two")).findFirst().orElseThrow();
        assertThat(one.quotes().get(0).article()).as("an id read in two files is one string")
                .isSameAs(one.article().id()).isSameAs(one.mentions().get(0).article());
        assertThat(one.mentions().get(0).actor()).isSameAs(one.quotes().get(0).speaker().actor())
                .isSameAs(two.mentions().get(0).actor());
        assertThat(two.quotes().get(0).cue()).isSameAs(one.quotes().get(0).cue());
        assertThat(one.quotes().get(0).text()).as("a quote of up to 64 characters is shared too")
                .isSameAs(two.quotes().get(0).text());
        AnalyzedArticle copy = back.articles().stream().filter(a -> a.article().id().equals("copy")).findFirst()
                .orElseThrow();
        assertThat(copy.article().text()).as("a longer text is its own string, the same copied or not")
                .isEqualTo(one.article().text()).isNotSameAs(one.article().text());
    }

    @Test
    void linkingGivesEachRecordItsContractValues() throws IOException {
        Map<String, AnalyzedArticle> byId = twoReportsAndACopy().articles().stream()
                .collect(Collectors.toMap(a -> a.article().id(), a -> a));
        AnalyzedArticle one = byId.get("one");
        AnalyzedArticle two = byId.get("two");
        AnalyzedArticle copy = byId.get("copy");

        assertThat(copy.article().duplicateOf()).isEqualTo("one");
        assertThat(copy.quotes()).as("a copy's facts are its original's").isEmpty();
        assertThat(copy.events()).isEmpty();
        assertThat(copy.times()).as("a copy keeps its times").hasSize(1);
        assertThat(one.quotes().get(0).outlets()).containsExactly("Kessel Courier", "Varna Post");
        assertThat(two.events().get(0).outlets()).containsExactly("Ostrany Daily");
        assertThat(one.quotes().get(0).fact()).isEqualTo("one-q");
        assertThat(two.quotes().get(0).confidence()).as("linking keeps a quote's confidence").isEqualTo(0.8);
        assertThat(two.quotes().get(0).signals()).containsExactly("cue:verb", "speaker:name");
        assertThat(two.quotes().get(0).fact()).as("the same statement, first reported by one").isEqualTo("one-q");
        assertThat(two.events().get(0).fact()).isEqualTo("one-e");
        assertThat(two.quotes().get(0).speaker().actor()).isEqualTo(one.quotes().get(0).speaker().actor());
        assertThat(two.quotes().get(0).speaker().name()).isEqualTo(one.quotes().get(0).speaker().name());
        assertThat(two.quotes().get(0).speaker().mention()).isEqualTo("Sergei Lavrov");
        assertThat(two.events().get(0).target().implied()).isTrue();
        assertThat(two.mentions()).as("a mention points at the corpus actor").singleElement()
                .satisfies(m -> assertThat(m.actor()).isEqualTo(one.quotes().get(0).speaker().actor()));
        assertThat(List.of(one, two, copy)).allSatisfy(a -> {
            assertThat(a.article().story()).isEqualTo(one.article().story()).isNotNull();
            assertThat(a.article().thread()).as("one story, one thread").isEqualTo(one.article().thread()).isNotNull();
            assertThat(a.actors()).extracting(Actor::id).containsExactlyElementsOf(
                    one.actors().stream().map(Actor::id).toList());
        });
    }

    @Test
    void everyFieldWrittenIsAComponentOfItsRecord() throws IOException {
        twoReportsAndACopy();

        for (JsonNode article : read(out.resolve(JsonlExporter.ARTICLES))) {
            assertThat(components(Article.class)).as("articles.jsonl")
                    .containsAll(fieldNames(article).stream().filter(f -> !f.equals("actors")).toList());
            assertThat(article.get("actors").isArray()).as("the ids of AnalyzedArticle.actors").isTrue();
            assertThat(components(Dateline.class)).containsAll(fieldNames(article.get("dateline")));
        }
        for (JsonNode quote : read(out.resolve(JsonlExporter.QUOTES))) {
            assertThat(components(Quote.class)).as("quotes.jsonl").containsAll(fieldNames(quote));
            assertThat(components(Speaker.class)).containsAll(fieldNames(quote.get("speaker")));
        }
        for (JsonNode event : read(out.resolve(JsonlExporter.EVENTS))) {
            assertThat(components(Event.class)).as("events.jsonl").containsAll(fieldNames(event));
            assertThat(components(Party.class)).containsAll(fieldNames(event.get("source")));
            assertThat(components(Party.class)).containsAll(fieldNames(event.get("target")));
        }
        Map<String, Class<? extends Record>> flat = Map.of(JsonlExporter.TIMES, TimeMention.class,
                JsonlExporter.ACTORS, Actor.class, JsonlExporter.STORIES, Stories.Story.class,
                JsonlExporter.MENTIONS, Mention.class, JsonlExporter.THREADS, Threads.Thread.class);
        for (Map.Entry<String, Class<? extends Record>> file : flat.entrySet()) {
            List<JsonNode> lines = read(out.resolve(file.getKey()));
            assertThat(lines).as(file.getKey()).isNotEmpty();
            lines.forEach(line -> assertThat(components(file.getValue())).as(file.getKey())
                    .containsAll(fieldNames(line)));
        }
    }

    /** The contract field names of {@code type}'s components: {@code duplicateOf} is {@code duplicate_of}. */
    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
