package org.dateline.export;

import org.dateline.corpus.Corpus;
import org.dateline.corpus.Stories;
import org.dateline.corpus.Threads;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Sector;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {
    private static final String HOSTILE = "<script>alert(1)</script> & <img src=x onerror='alert(2)'>";
    private static final String TEXT = "Envoy Mira Solde met Tomas Brell in Karst. \"" + HOSTILE + " stays,\" Solde said.";

    @TempDir
    Path dir;

    /** One article run through the exporter and the corpus stage, as analyze writes it. */
    private Path folder() throws IOException {
        Article article = new Article("art1", "karst.txt", "\"Karst\" <Post>", HOSTILE, "2021-04-02", "metadata",
                null, List.of(), "en", TEXT, null, null, List.of());
        int qStart = TEXT.indexOf('<');
        int qEnd = TEXT.indexOf(" stays") + " stays".length();
        Quote quote = new Quote("q1", "art1", new Speaker("solde", "Mira Solde", "Solde"), QuoteKind.DIRECT, "said",
                TEXT.substring(qStart, qEnd), qStart, qEnd, "2021-04-02", DateBasis.PUBLISHED);
        Event met = new Event("e1", "art1", new Party("solde", "Mira Solde"), new Party("brell", "Tomas Brell"),
                EventType.CONSULT, null, "040", "2021-04-01", DateBasis.SENTENCE, "Karst", TEXT.substring(0, 31), 0, 31, 0.8);
        List<Actor> actors = List.of(
                new Actor("solde", "Mira Solde", ActorType.PERSON, List.of(), List.of("Envoy"), null, Sector.GOV, 2),
                new Actor("brell", "Tomas Brell", ActorType.PERSON, List.of(), List.of(), null, null, 1));
        AnalyzedArticle analyzed = new AnalyzedArticle(article, actors, List.of(quote), List.of(), List.of(met));
        Corpus corpus = new Corpus();
        corpus.add(analyzed);
        try (JsonlExporter exporter = JsonlExporter.open(dir)) {
            exporter.write(analyzed);
            exporter.finish(corpus.link());
        }
        return dir;
    }

    @Test
    void everyDatumIsEscapedAndThePageAllowsNoScript() throws IOException {
        String page = Files.readString(ReportWriter.write(folder(), OutputFolder.read(dir)), StandardCharsets.UTF_8);

        assertThat(page).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror='")
                .doesNotContain("<Post>");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=&#39;alert(2)&#39;&gt;");
        assertThat(page).contains("&quot;Karst&quot; &lt;Post&gt;");
        assertThat(page).containsPattern("Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
    }

    @Test
    void theFiveSectionsCarryTheFacts() throws IOException {
        String page = ReportWriter.render(OutputFolder.read(folder()));

        for (String id : List.of("timeline", "stories", "threads", "quotes", "network", "framing")) {
            assertThat(page).contains("<section id=\"" + id + "\">");
        }
        String timeline = between(page, "id=\"timeline\"", "id=\"stories\"");
        assertThat(timeline).contains("class=\"mark quote basis-published\"").contains("class=\"mark event basis-sentence\"")
                .containsSubsequence("2021-04-01", "Mira Solde CONSULT Tomas Brell", "2021-04-02", "Mira Solde said");
        assertThat(between(page, "id=\"quotes\"", "id=\"network\"")).contains("Mira Solde (1)")
                .contains("2021-04-02 (published)").contains("<mark>&lt;script&gt;");
        assertThat(between(page, "id=\"network\"", "id=\"framing\"")).contains("class=\"edge coop\"")
                .containsSubsequence("<td>Mira Solde</td>", "CONSULT", "<td>Tomas Brell</td>");
        assertThat(page.substring(page.indexOf("id=\"framing\""))).contains("<h4>&quot;Karst&quot; &lt;Post&gt;</h4>")
                .contains("no distinctive terms").contains("Coverage (2 facts)");
    }

    @Test
    void theTimelineListsStoriesOfOneFirstDayInTheOrderOfTheirIdsAndNamesAnUntitledOne() throws IOException {
        String[][] texts = {
                {"Velmar dam", "Engineers closed the Velmar dam on the Karst river after the spring floods."},
                {null, "Fishermen in Port Aric signed a new quota agreement with the harbour board."},
                {"Lesovia vote", "Lesovia's parliament postponed its vote on the railway budget until autumn."}};
        Corpus corpus = new Corpus();
        try (JsonlExporter exporter = JsonlExporter.open(dir)) {
            for (int i = 0; i < texts.length; i++) {
                String body = texts[i][1];
                Article article = new Article("a" + i, "a" + i + ".txt", "Outlet " + i, texts[i][0], "2021-04-02",
                        "metadata", null, List.of(), "en", body, null, null, List.of());
                Event event = new Event("e" + i, "a" + i, new Party("p" + i, "Party " + i), null, EventType.CONSULT,
                        null, "040", "2021-04-01", DateBasis.SENTENCE, null, body, 0, body.length(), 0.8);
                AnalyzedArticle analyzed = new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(event));
                corpus.add(analyzed);
                exporter.write(analyzed);
            }
            exporter.finish(corpus.link());
        }
        OutputFolder out = OutputFolder.read(dir);
        String byStory = between(ReportWriter.render(out), "By story</h3>", "By actor</h3>");

        assertThat(out.stories()).hasSize(3);
        assertThat(byStory).doesNotContain("null").contains("(untitled story) (1)");
        List<Integer> places = out.stories().stream().sorted(java.util.Comparator.comparing(Stories.Story::id))
                .map(story -> byStory.indexOf((story.title() == null ? "(untitled story)" : story.title()) + " (1)"))
                .toList();
        assertThat(places).doesNotContain(-1).isSorted();
    }

    @Test
    void aLargeCorpusIsListedUpToTheCapsAndTheRestIsCounted() throws IOException {
        int many = ReportWriter.MAX_LISTED + 30;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < many; i++) {
            text.append("\"Point ").append(i).append(" stands,\" Solde said on April 2. ");
        }
        String body = text.toString();
        Article article = new Article("big", "big.txt", "Karst Post", "Many points", "2021-04-02", "metadata",
                null, List.of(), "en", body, null, null, List.of());
        List<Quote> quotes = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < many; i++) {
            int start = body.indexOf("Point ", from);
            int end = body.indexOf(" stands", start) + " stands".length();
            quotes.add(new Quote("q" + i, "big", new Speaker("solde", "Mira Solde", "Solde"), QuoteKind.DIRECT,
                    "said", body.substring(start, end), start, end, "2021-04-02", DateBasis.SENTENCE));
            from = end;
        }
        List<Actor> actors = List.of(new Actor("solde", "Mira Solde", ActorType.PERSON, List.of(), List.of(), null,
                Sector.GOV, many));
        AnalyzedArticle analyzed = new AnalyzedArticle(article, actors, quotes, List.of(), List.of());
        Corpus corpus = new Corpus();
        corpus.add(analyzed);
        try (JsonlExporter exporter = JsonlExporter.open(dir)) {
            exporter.write(analyzed);
            exporter.finish(corpus.link());
        }
        String page = ReportWriter.render(OutputFolder.read(dir));

        String quotesSection = between(page, "id=\"quotes\"", "id=\"network\"");
        assertThat(quotesSection).contains("Mira Solde (" + many + ")").contains("\u2026 and 30 more quotes");
        assertThat(quotesSection.split("<blockquote>", -1)).hasSize(ReportWriter.MAX_LISTED + 1);
        assertThat(between(page, "id=\"timeline\"", "id=\"stories\"")).contains("\u2026 and 30 more facts");
    }

    @Test
    void aCoverageCellNamesAtMostAFewOutletsAndCountsTheRest() throws IOException {
        int outlets = ReportWriter.MAX_NAMES + 8;
        Corpus corpus = new Corpus();
        try (JsonlExporter exporter = JsonlExporter.open(dir)) {
            for (int i = 0; i < outlets; i++) {
                String text = "Harbour " + i + " opened, Solde said.";
                Article article = new Article("a" + i, "a" + i + ".txt", "Outlet " + i, "Harbour " + i,
                        "2021-04-02", "metadata", null, List.of(), "en", text, null, null, List.of());
                Quote quote = new Quote("q" + i, "a" + i, new Speaker(null, "Mira Solde", "Solde"), QuoteKind.INDIRECT,
                        "said", "Harbour " + i + " opened", 0, ("Harbour " + i + " opened").length(), null, null);
                AnalyzedArticle analyzed = new AnalyzedArticle(article, List.of(), List.of(quote), List.of(), List.of());
                corpus.add(analyzed);
                exporter.write(analyzed);
            }
            exporter.finish(corpus.link());
        }
        String framing = ReportWriter.render(OutputFolder.read(dir));
        framing = framing.substring(framing.indexOf("id=\"framing\""));
        assertThat(framing).as("one statement carried by every outlet").contains("Coverage (1 facts)")
                .contains("\u2026 and " + (outlets - ReportWriter.MAX_NAMES) + " more</td>");
    }

    @Test
    void aThreadShowsItsStoriesAlongItsDaysOldestFirst() {
        Article talks = new Article("t1", "t1.txt", "Varna Post", "Talks open in Varna", "2031-05-02", "metadata",
                null, List.of(), "en", "Envoys met in Varna.", null, null, List.of());
        Article more = new Article("t2", "t2.txt", "Lind Daily", "Talks go on", "2031-05-03", "metadata",
                null, List.of(), "en", "The envoys met again.", null, null, List.of());
        Article deal = new Article("t3", "t3.txt", "Varna Post", HOSTILE, "2031-07-04", "metadata",
                null, List.of(), "en", "A deal was signed.", null, null, List.of());
        List<Stories.Story> stories = List.of(
                new Stories.Story("s2", HOSTILE, List.of("t3"), List.of("Varna Post"), "2031-07-04", "2031-07-04", "th1"),
                new Stories.Story("s1", "Talks open in Varna", List.of("t1", "t2"), List.of("Varna Post", "Lind Daily"),
                        "2031-05-02", "2031-05-03", "th1"));
        Threads.Thread thread = new Threads.Thread("th1", "Talks open in Varna", List.of("s1", "s2"),
                List.of("t1", "t2", "t3"), List.of("Varna Post", "Lind Daily"), "2031-05-02", "2031-07-04");

        String page = ReportWriter.render(new OutputFolder(List.of(talks, more, deal), List.of(), List.of(), List.of(),
                stories, List.of(thread)));

        assertThat(page).contains("<span>1 threads</span>").contains("<a href=\"#threads\">");
        String threads = between(page, "id=\"threads\"", "id=\"quotes\"");
        assertThat(threads).contains("<h3>Talks open in Varna</h3>")
                .contains("2031-05-02 \u2013 2031-07-04 \u00b7 2 stories \u00b7 3 articles \u00b7 2 outlets")
                .containsSubsequence("<time>2031-05-02 \u2013 2031-05-03</time>Talks open in Varna (2 articles)",
                        "<time>2031-07-04</time>&lt;script&gt;")
                .doesNotContain("<script");
        assertThat(threads.split("<rect class=\"bar\"", -1)).as("one bar per story").hasSize(3);

        String without = ReportWriter.render(new OutputFolder(List.of(talks), List.of(), List.of(), List.of(),
                List.of(stories.get(1)), List.of()));
        assertThat(between(without, "id=\"threads\"", "id=\"quotes\"")).contains("This output has no threads");
    }

    private static String between(String page, String from, String to) {
        return page.substring(page.indexOf(from), page.indexOf(to));
    }
}
