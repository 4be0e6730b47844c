package org.dateline.store.lucene;

import org.dateline.store.IndexMissingException;
import org.dateline.store.SearchResult;
import org.dateline.store.SearchQuery;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.dateline.store.SearchQuery.Scope;
import org.dateline.store.SearchResult.FacetCount;
import org.dateline.store.SearchResult.Hit;
import org.dateline.store.SearchResult.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuceneStoreTest {
    @TempDir
    Path dir;

    /** Builds an article whose quotes are given as (speaker name or null, mention, date or null, words said). */
    private static AnalyzedArticle article(String id, String outlet, String published, String title, String lead,
                                           String[]... quotes) {
        StringBuilder text = new StringBuilder(lead);
        List<Quote> qs = new ArrayList<>();
        for (String[] q : quotes) {
            text.append(' ').append(q[1]).append(" said: \"");
            int start = text.length();
            text.append(q[3]);
            int end = text.length();
            text.append("\"");
            qs.add(new Quote(id + "-q" + qs.size(), id, new Speaker(q[0] == null ? null : "actor-" + q[0], q[0], q[1]),
                    QuoteKind.DIRECT, "said", q[3], start, end, q[2],
                    q[2] == null ? null : DateBasis.SENTENCE));
        }
        Article a = new Article(id, id + ".html", outlet, title, published, "metadata", null, List.of(), "en",
                text.toString(), null, null, List.of());
        return new AnalyzedArticle(a, List.of(), qs, List.of());
    }

    private static final AnalyzedArticle TALKS = article("a1", "Velmora Herald", "2021-03-03", "Border talks to resume",
            "The two governments agreed to meet again in Sarn.",
            new String[] {"Ilsa Varnek", "Foreign Minister Ilsa Varnek", "2021-03-01", "The border talks will resume soon."},
            new String[] {null, "a spokesman", null, "Both delegations are ready."});
    private static final AnalyzedArticle CEASEFIRE = article("a2", "Kestrel Wire", "2021-04-10T08:00:00Z",
            "Ceasefire holds", "The ceasefire along the river held for a third week.",
            new String[] {"Ilsa Varnek", "Varnek", null, "We expect the ceasefire to hold."},
            new String[] {"Tomas Brell", "Brell", null, "No agreement is possible without guarantees."});
    private static final AnalyzedArticle HARVEST = article("a3", "Kestrel Wire", "2022-01-15", "Harvest festival",
            "Farmers in the valley celebrated a record harvest with a festival.");

    private static SearchQuery query(String text, String speaker, String outlet, LocalDate from, LocalDate to,
                                     Scope scope) {
        return new SearchQuery(text, speaker, outlet, from, to, scope, 50);
    }

    private LuceneStore filled() throws IOException {
        LuceneStore store = LuceneStore.open(dir);
        for (AnalyzedArticle a : List.of(TALKS, CEASEFIRE, HARVEST)) {
            store.put(a);
        }
        return store;
    }

    private static AnalyzedArticle inStory(AnalyzedArticle a, String story) {
        return new AnalyzedArticle(a.article().withLinks(null, story), a.actors(), a.quotes(), a.times(), a.events());
    }

    @Test
    void articlesPutAgainOnceLinkedAreFoundByStoryWithTheirQuotesAndCountedOnceInTheStoryFacet() throws IOException {
        try (LuceneStore store = filled()) {
            store.put(inStory(TALKS, "story-border"));
            store.put(inStory(CEASEFIRE, "story-border"));
            store.put(inStory(HARVEST, "story-harvest"));

            SearchResult border = store.search(new SearchQuery(null, null, null, null, null, Scope.ALL, 50, null, null,
                    "story-border", null));
            SearchResult articles = store.search(query(null, null, null, null, null, Scope.ARTICLES));

            assertThat(border.hits()).extracting(Hit::article).containsOnly("a1", "a2");
            assertThat(border.totalHits()).as("two articles and their four quotes").isEqualTo(6);
            assertThat(articles.stories()).containsExactly(new FacetCount("story-border", 2),
                    new FacetCount("story-harvest", 1));
        }
    }

    @Test
    void puttingTheSameArticlesAgainDuplicatesNothing() throws IOException {
        try (LuceneStore store = filled()) {
            store.put(TALKS);
            store.put(CEASEFIRE);
            SearchResult all = store.search(SearchQuery.of(null));
            assertThat(all.totalHits()).isEqualTo(7);
            assertThat(all.kinds()).containsExactlyInAnyOrder(new FacetCount("quote", 4), new FacetCount("article", 3));
        }
        try (LuceneStore again = LuceneStore.open(dir)) {
            again.put(HARVEST);
            again.put(TALKS);
            assertThat(again.search(SearchQuery.of(null)).totalHits()).isEqualTo(7);
        }
    }

    @Test
    void reputtingAnArticleReplacesItsQuotes() throws IOException {
        try (LuceneStore store = filled()) {
            AnalyzedArticle fewer = new AnalyzedArticle(TALKS.article(), List.of(), TALKS.quotes().subList(0, 1),
                    List.of());
            store.put(fewer);
            SearchResult quotes = store.search(query(null, null, "Velmora Herald", null, null, Scope.QUOTES));
            assertThat(quotes.hits()).extracting(Hit::id).containsExactly("a1-q0");
        }
    }

    @Test
    void speakerFacetCountsResolvedSpeakersAndTheSpeakerFilterMatchesPartOfTheName() throws IOException {
        try (LuceneStore store = filled()) {
            SearchResult quotes = store.search(query(null, null, null, null, null, Scope.QUOTES));
            assertThat(quotes.totalHits()).isEqualTo(4);
            assertThat(quotes.speakers()).containsExactly(new FacetCount("Ilsa Varnek", 2), new FacetCount("Tomas Brell", 1));

            SearchResult varnek = store.search(query(null, "varnek", null, null, null, Scope.ALL));
            assertThat(varnek.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a1-q0", "a2-q0");
            assertThat(varnek.hits()).allSatisfy(h -> {
                assertThat(h.kind()).isEqualTo(Kind.QUOTE);
                assertThat(h.speaker()).isEqualTo("Ilsa Varnek");
            });
            assertThat(varnek.speakers()).containsExactly(new FacetCount("Ilsa Varnek", 2));

            SearchResult unresolved = store.search(query(null, "spokesman", null, null, null, Scope.QUOTES));
            assertThat(unresolved.hits()).singleElement()
                    .satisfies(h -> assertThat(h.speaker()).isEqualTo("a spokesman"));
        }
    }

    @Test
    void outletFilterIsExactButCaseInsensitive() throws IOException {
        try (LuceneStore store = filled()) {
            SearchResult kestrel = store.search(query(null, null, "kestrel wire", null, null, Scope.ALL));
            assertThat(kestrel.totalHits()).isEqualTo(4);
            assertThat(kestrel.outlets()).containsExactly(new FacetCount("Kestrel Wire", 4));
            SearchResult articles = store.search(query(null, null, "KESTREL WIRE", null, null, Scope.ARTICLES));
            assertThat(articles.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a2", "a3");
            assertThat(store.search(query(null, null, "Kestrel", null, null, Scope.ALL)).totalHits()).isZero();
        }
    }

    @Test
    void dateFilterUsesTheQuoteDateElseThePublishedDate() throws IOException {
        try (LuceneStore store = filled()) {
            SearchResult spring = store.search(query(null, null, null, LocalDate.of(2021, 4, 1),
                    LocalDate.of(2021, 12, 31), Scope.ALL));
            assertThat(spring.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a2", "a2-q0", "a2-q1");

            SearchResult early = store.search(query(null, null, null, null, LocalDate.of(2021, 3, 2), Scope.ALL));
            assertThat(early.hits()).singleElement().satisfies(h -> {
                assertThat(h.id()).isEqualTo("a1-q0");
                assertThat(h.date()).isEqualTo("2021-03-01");
                assertThat(h.outlet()).isEqualTo("Velmora Herald");
                assertThat(h.article()).isEqualTo("a1");
                assertThat(h.title()).isEqualTo("Border talks to resume");
            });
        }
    }

    @Test
    void facetsCountOutletsAndMonthsOfAllMatches() throws IOException {
        try (LuceneStore store = filled()) {
            SearchResult all = store.search(new SearchQuery(null, null, null, null, null, Scope.ALL, 1));
            assertThat(all.hits()).hasSize(1);
            assertThat(all.totalHits()).isEqualTo(7);
            assertThat(all.outlets()).containsExactly(new FacetCount("Kestrel Wire", 4), new FacetCount("Velmora Herald", 3));
            assertThat(all.months()).containsExactlyInAnyOrder(new FacetCount("2021-03", 3), new FacetCount("2021-04", 3),
                    new FacetCount("2022-01", 1));
        }
    }

    @Test
    void freeTextSearchesTitlesTextsAndSpeakers() throws IOException {
        try (LuceneStore store = filled()) {
            SearchResult harvest = store.search(SearchQuery.of("harvest"));
            assertThat(harvest.hits()).singleElement().satisfies(h -> {
                assertThat(h.kind()).isEqualTo(Kind.ARTICLE);
                assertThat(h.id()).isEqualTo("a3");
                assertThat(h.snippet()).contains("record harvest");
                assertThat(h.speaker()).isNull();
            });

            SearchResult ceasefire = store.search(new SearchQuery("ceasefire", null, null, null, null, Scope.QUOTES, 10));
            assertThat(ceasefire.hits()).extracting(Hit::snippet).containsExactly("We expect the ceasefire to hold.");

            assertThat(store.search(SearchQuery.of("speaker:brell AND guarantees")).hits())
                    .extracting(Hit::id).containsExactly("a2-q1");
            assertThat(store.search(SearchQuery.of("ceasefire harvest")).totalHits()).isZero();
            assertThat(store.search(SearchQuery.of("ceasefire OR harvest")).totalHits()).isEqualTo(3);
        }
    }

    @Test
    void badQuerySyntaxIsReportedWithTheQuery() throws IOException {
        try (LuceneStore store = filled()) {
            assertThatThrownBy(() -> store.search(SearchQuery.of("\"border talks")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"border talks");
        }
    }

    @Test
    void missingOrEmptyIndexIsAnErrorNamingTheFolder() throws IOException {
        Path nowhere = dir.resolve("nowhere");
        assertThatThrownBy(() -> LuceneStore.openReadOnly(nowhere))
                .isInstanceOf(IndexMissingException.class).hasMessageContaining(nowhere.toString());
        assertThat(nowhere).doesNotExist();

        Path emptyFolder = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> LuceneStore.openReadOnly(emptyFolder))
                .isInstanceOf(IndexMissingException.class).hasMessageContaining(emptyFolder.toString());

        Path fresh = dir.resolve("fresh");
        try (LuceneStore store = LuceneStore.open(fresh)) {
            assertThatThrownBy(() -> store.search(SearchQuery.of("anything")))
                    .isInstanceOf(IndexMissingException.class).hasMessageContaining(fresh.toString());
        }
    }

    @Test
    void commitsEveryNArticlesSoAReaderSeesAllButTheLastBatch() throws IOException {
        try (LuceneStore writer = LuceneStore.open(dir, 2)) {
            writer.put(TALKS);
            writer.put(CEASEFIRE);
            writer.put(HARVEST);
            try (LuceneStore reader = LuceneStore.openReadOnly(dir)) {
                SearchResult seen = reader.search(query(null, null, null, null, null, Scope.ARTICLES));
                assertThat(seen.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a1", "a2");
                assertThatThrownBy(() -> reader.put(HARVEST)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining(dir.toString());
            }
        }
        try (LuceneStore reader = LuceneStore.openReadOnly(dir)) {
            assertThat(reader.search(query(null, null, null, null, null, Scope.ARTICLES)).totalHits()).isEqualTo(3);
        }
    }
}
