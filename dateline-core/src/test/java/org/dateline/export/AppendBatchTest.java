package org.dateline.export;

import org.dateline.model.Sector;
import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.corpus.Corpus;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.export.JsonlExporterTest.read;

/**
 * A second batch added to an earlier output ({@link JsonlExporter#append}, {@link ContractReader},
 * {@link Corpus#Corpus(Corpus.Earlier)}): old stories keep their ids, a report on an old happening joins its
 * story, a copy of an old article is marked as one, and the result is what one run over both batches gives.
 */
class AppendBatchTest {
    private static final String TALKS = "Foreign Minister Ilsa Varnek arrived in Sarn on Wednesday for border talks with "
            + "her Ostranian counterpart. \"We came to settle the river crossing,\" Varnek said after the first round, "
            + "adding that customs posts on both banks would reopen.";
    private static final String TALKS_NEXT_DAY = "Border talks between Velmora and Ostrany went into a second day in "
            + "Sarn, where Ilsa Varnek said the river crossing and the customs posts on both banks were close to agreed.";
    private static final String TALKS_OUTCOME = "Velmora and Ostrany agreed in Sarn to reopen the river crossing, "
            + "Ilsa Varnek said as the border talks ended, and customs posts on both banks will open next month.";
    private static final String FLOOD = "Heavy rain flooded the lower Tessa valley overnight, and rescue crews "
            + "moved hundreds of families from villages along the river to schools on higher ground near Ostrany.";
    private static final String STRIKE = "Rail workers across Velmora stopped work on Friday over pay, leaving "
            + "commuter trains in the capital idle and freight wagons stranded at the northern depots.";

    @TempDir
    Path out;

    private static AnalyzedArticle article(String id, String outlet, String day, String title, String text,
                                           String varnekId) {
        Article a = new Article(id, "in/" + id, outlet, title, day, "metadata", new Dateline("Sarn", null), List.of(),
                "en", text, null, null, List.of());
        if (varnekId == null) {
            return new AnalyzedArticle(a, List.of(), List.of(), List.of());
        }
        Actor varnek = new Actor(varnekId, "Ilsa Varnek", ActorType.PERSON, List.of("Varnek"),
                List.of("Foreign Minister"), "VEL", Sector.GOV, 2);
        int start = text.indexOf("Ilsa Varnek");
        Quote said = new Quote(id + "-q", id, new Speaker(varnekId, "Ilsa Varnek", "Ilsa Varnek"), QuoteKind.INDIRECT,
                "said", "Ilsa Varnek", start, start + "Ilsa Varnek".length(), day, DateBasis.PUBLISHED);
        return new AnalyzedArticle(a, List.of(varnek), List.of(said), List.of());
    }

    private static final List<AnalyzedArticle> FIRST = List.of(
            article("talks-1", "Velmora Herald", "2021-03-03", "Varnek in Sarn for border talks", TALKS, "v-talks-1"),
            article("talks-2", "Sarn Courier", "2021-03-04", "Border talks go on", TALKS_NEXT_DAY, "v-talks-2"),
            article("flood-1", "Sarn Courier", "2021-03-03", "Tessa valley flooded", FLOOD, null));
    private static final List<AnalyzedArticle> SECOND = List.of(
            article("talks-3", "Ostrany Today", "2021-03-05", "Deal on the river crossing", TALKS_OUTCOME, "v-talks-3"),
            article("strike-1", "Velmora Herald", "2021-03-05", "Rail strike", STRIKE, null),
            article("flood-copy", "Ostrany Today", "2021-03-04", "Tessa valley flooded", FLOOD, null));

    /** One {@code analyze} run into {@link #out}: the articles written as analysed, then linked. */
    static Corpus.Linked run(JsonlExporter exporter, Corpus corpus, List<AnalyzedArticle> batch) throws IOException {
        try (exporter) {
            for (AnalyzedArticle a : batch) {
                corpus.add(a);
                exporter.write(a);
            }
            Corpus.Linked linked = corpus.link();
            exporter.finish(linked);
            return linked;
        }
    }

    private Map<String, JsonNode> articlesById() throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        read(out.resolve(JsonlExporter.ARTICLES)).forEach(o -> byId.put(o.get("id").asText(), o));
        return byId;
    }

    private Map<String, String> files() throws IOException {
        Map<String, String> contents = new HashMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                contents.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return contents;
    }

    @Test
    void anArticleWrittenIsReadBackAsTheSameRecords() throws IOException {
        AnalyzedArticle plain = JsonlExporterTest.sample("art1");
        Event e = plain.events().get(0);
        Event coded = new Event(e.id(), e.article(), new Party("a-varnek", "Ilsa Varnek", "VEL", Sector.GOV),
                new Party(null, "Ostrany", "OST", null), e.event(), "verbal", e.cameo(), e.date(), e.dateBasis(), e.place(), e.text(),
                e.start(), e.end(), e.confidence(), true);
        AnalyzedArticle sample = new AnalyzedArticle(plain.article().withLinks(null, "story-x"), plain.actors(),
                plain.quotes(), plain.times(), List.of(coded));
        try (JsonlExporter exporter = JsonlExporter.open(out)) {
            exporter.write(sample);
        }

        assertThat(new ContractReader().read(out).articles()).containsExactly(sample);
    }

    @Test
    void aSecondBatchJoinsTheOldStoriesKeepsTheirIdsAndMarksACopyOfAnOldArticle() throws IOException {
        Corpus.Linked first = run(JsonlExporter.open(out), new Corpus(), FIRST);
        String talks = storyOf(first).get("talks-1");
        String flood = storyOf(first).get("flood-1");
        assertThat(storyOf(first).get("talks-2")).isEqualTo(talks);
        assertThat(flood).isNotEqualTo(talks);
        String varnek = first.articles().get(0).actors().get(0).id();

        Corpus.Earlier earlier = new ContractReader().read(out);
        assertThat(earlier.articles()).extracting(a -> a.article().story()).containsExactly(talks, talks, flood);
        assertThat(earlier.articles().get(0).actors()).extracting(Actor::id).containsExactly(varnek);
        assertThat(earlier.articles().get(0).quotes()).singleElement()
                .satisfies(q -> assertThat(q.speaker().actor()).isEqualTo(varnek));
        assertThat(earlier.stories()).extracting(s -> s.id()).containsExactly(flood, talks);

        Corpus.Linked second = run(JsonlExporter.append(out), new Corpus(earlier), SECOND);

        Map<String, JsonNode> articles = articlesById();
        assertThat(articles).containsOnlyKeys("talks-1", "talks-2", "flood-1", "talks-3", "strike-1", "flood-copy");
        assertThat(articles.get("talks-1").get("story").asText()).isEqualTo(talks);
        assertThat(articles.get("talks-2").get("story").asText()).isEqualTo(talks);
        assertThat(articles.get("flood-1").get("story").asText()).isEqualTo(flood);
        assertThat(articles.get("talks-3").get("story").asText()).as("a report on the old talks joins their story")
                .isEqualTo(talks);
        String strike = articles.get("strike-1").get("story").asText();
        assertThat(strike).isNotIn(talks, flood);
        assertThat(articles.get("flood-copy").get("duplicate_of").asText()).isEqualTo("flood-1");
        assertThat(articles.get("flood-copy").get("story").asText()).isEqualTo(flood);
        assertThat(read(out.resolve(JsonlExporter.STORIES))).extracting(s -> s.get("id").asText())
                .containsExactly(flood, talks, strike);

        assertThat(second.articles()).as("the old corpus actor keeps its id, the new mention joins it")
                .filteredOn(a -> a.article().id().startsWith("talks-"))
                .allSatisfy(a -> assertThat(a.actors()).extracting(Actor::id).containsExactly(varnek));
        assertThat(articles.get("talks-3").get("actors")).extracting(JsonNode::asText).containsExactly(varnek);
        assertThat(read(out.resolve(JsonlExporter.QUOTES))).extracting(q -> q.get("speaker").get("actor").asText())
                .containsExactly(varnek, varnek, varnek);
        assertThat(read(out.resolve(JsonlExporter.ACTORS))).singleElement()
                .satisfies(a -> assertThat(a.get("mentions").asInt()).isEqualTo(6));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(JsonlExporter.ARTICLES,
                    JsonlExporter.ACTORS, JsonlExporter.QUOTES, JsonlExporter.TIMES, JsonlExporter.EVENTS,
                    JsonlExporter.STORIES, JsonlExporter.MENTIONS, JsonlExporter.THREADS);
        }
    }

    @Test
    void twoBatchesGiveTheStoriesAndThreadsOfOneRunOverBoth() throws IOException {
        run(JsonlExporter.open(out), new Corpus(), FIRST);
        Corpus.Linked appended = run(JsonlExporter.append(out), new Corpus(new ContractReader().read(out)), SECOND);

        Corpus once = new Corpus();
        Stream.concat(FIRST.stream(), SECOND.stream()).forEach(once::add);
        Corpus.Linked single = once.link();

        assertThat(storyOf(appended)).isEqualTo(storyOf(single));
        assertThat(appended.stories()).isEqualTo(single.stories());
        assertThat(appended.threads()).isEqualTo(single.threads()).isNotEmpty();
        assertThat(appended.articles()).extracting(a -> a.article().id() + " in " + a.article().thread())
                .containsExactlyInAnyOrderElementsOf(single.articles().stream()
                        .map(a -> a.article().id() + " in " + a.article().thread()).toList());
        assertThat(appended.articles()).filteredOn(a -> a.article().duplicateOf() != null)
                .extracting(a -> a.article().id() + " of " + a.article().duplicateOf())
                .containsExactlyElementsOf(single.articles().stream().filter(a -> a.article().duplicateOf() != null)
                        .map(a -> a.article().id() + " of " + a.article().duplicateOf()).toList());
    }

    @Test
    void earlierArticlesKeepTheStoriesTheyWereGivenWhereOneRunWouldGroupThemOtherwise() {
        List<AnalyzedArticle> earlier = List.of(withStory(FIRST.get(0), "kept-a"), withStory(FIRST.get(1), "kept-b"));
        Corpus corpus = new Corpus(new Corpus.Earlier(earlier, List.of(), List.of()));
        corpus.add(SECOND.get(0));

        Corpus.Linked linked = corpus.link();

        assertThat(storyOf(linked)).containsEntry("talks-1", "kept-a").containsEntry("talks-2", "kept-b");
        assertThat(storyOf(linked).get("talks-3")).isIn("kept-a", "kept-b");
        assertThat(linked.stories()).hasSize(2);
    }

    private static AnalyzedArticle withStory(AnalyzedArticle a, String story) {
        return new AnalyzedArticle(a.article().withLinks(null, story), a.actors(), a.quotes(), a.times(), a.events());
    }

    @Test
    void anAppendRunKilledBeforeLinkingLeavesTheEarlierOutputAsItWas() throws IOException {
        run(JsonlExporter.open(out), new Corpus(), FIRST);
        Map<String, String> before = files();

        try (JsonlExporter exporter = JsonlExporter.append(out)) {
            exporter.write(SECOND.get(0));
        }

        Map<String, String> after = files();
        List<String> staged = new ArrayList<>(after.keySet());
        staged.removeAll(before.keySet());
        assertThat(staged).allMatch(name -> name.endsWith(".new"));
        after.keySet().removeAll(staged);
        assertThat(after).isEqualTo(before);
        assertThat(new ContractReader().read(out).articles()).hasSize(3);
    }

    @Test
    void theLinkedArticlesAreEveryArticleOnceEarlierOnesFirstAsTheFilesHoldThem() throws IOException {
        run(JsonlExporter.open(out), new Corpus(), FIRST);
        Corpus corpus = new Corpus(new ContractReader().read(out));
        SECOND.forEach(corpus::add);

        Corpus.Linked linked = corpus.link();

        assertThat(linked.articles()).extracting(a -> a.article().id())
                .containsExactly("talks-1", "talks-2", "flood-1", "talks-3", "strike-1", "flood-copy");
        assertThat(linked.articles()).allSatisfy(a -> assertThat(a.article().story()).isNotNull());
        AnalyzedArticle copy = linked.articles().get(5);
        assertThat(copy.article().duplicateOf()).isEqualTo("flood-1");
        assertThat(copy.quotes()).isEmpty();
    }

    @Test
    void aBatchAddedKeepsItsTimesBesideTheEarlierOnes() throws IOException {
        run(JsonlExporter.open(out), new Corpus(), List.of(withTime(FIRST.get(0), "Wednesday", "2021-03-03")));
        run(JsonlExporter.append(out), new Corpus(new ContractReader().read(out)),
                List.of(withTime(SECOND.get(1), "Friday", "2021-03-05")));

        assertThat(read(out.resolve(JsonlExporter.TIMES))).extracting(t -> t.get("article").asText() + " "
                + t.get("text").asText()).containsExactly("talks-1 Wednesday", "strike-1 Friday");
    }

    /** {@code a} with one time expression, {@code word} of its text, on {@code day}. */
    private static AnalyzedArticle withTime(AnalyzedArticle a, String word, String day) {
        int start = a.article().text().indexOf(word);
        return new AnalyzedArticle(a.article(), a.actors(), a.quotes(),
                List.of(new TimeMention(a.article().id(), word, "DATE", day, start, start + word.length())), a.events());
    }

    /** Article id to story id, as {@code linked} assigned them. */
    private static Map<String, String> storyOf(Corpus.Linked linked) {
        Map<String, String> out = new HashMap<>();
        linked.articles().forEach(a -> out.put(a.article().id(), a.article().story()));
        return out;
    }
}
