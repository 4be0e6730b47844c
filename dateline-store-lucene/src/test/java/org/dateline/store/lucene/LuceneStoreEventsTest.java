package org.dateline.store.lucene;

import org.dateline.store.SearchResult;
import org.dateline.store.SearchQuery;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.Party;
import org.dateline.store.SearchQuery.Scope;
import org.dateline.store.SearchResult.FacetCount;
import org.dateline.store.SearchResult.Hit;
import org.dateline.store.SearchResult.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events in the store: indexed with their article, searchable, filtered and faceted by type, actor and country. */
class LuceneStoreEventsTest {
    private static final Actor VARNEK = new Actor("a-varnek", "Ilsa Varnek", ActorType.PERSON, List.of(),
            List.of("Foreign Minister"), "ARM", "GOV", 2);
    private static final Actor OSTRANY = new Actor("a-ostrany", "Ostrany", ActorType.COUNTRY, List.of(), List.of(),
            "AZE", null, 1);
    private static final Actor BRELL = new Actor("a-brell", "Tomas Brell", ActorType.PERSON, List.of(), List.of(),
            "GEO", "GOV", 1);

    @TempDir
    Path dir;

    private static AnalyzedArticle article(String id, String published, String text, List<Actor> actors,
                                           List<Event> events) {
        Article a = new Article(id, id + ".html", "Velmora Herald", "Talks", published, "metadata", null, List.of(),
                "en", text, null, null, List.of());
        return new AnalyzedArticle(a, actors, List.of(), List.of(), events);
    }

    private static Event event(String id, String article, Actor source, Actor target, String type, String date,
                               String text) {
        return new Event(id, article, new Party(source.id(), source.name()),
                target == null ? null : new Party(target.id(), target.name()), type, null, "040", date, DateBasis.SENTENCE, "Sarn", text,
                0, text.length(), 0.8);
    }

    private static final String TALKS_TEXT = "Varnek met officials of Ostrany in Sarn.";
    private static final String DEMAND_TEXT = "Brell demanded guarantees from Varnek.";

    private static final AnalyzedArticle TALKS = article("a1", "2021-03-03", TALKS_TEXT, List.of(VARNEK, OSTRANY),
            List.of(event("e1", "a1", VARNEK, OSTRANY, "CONSULT", "2021-03-01", TALKS_TEXT)));
    private static final AnalyzedArticle DEMAND = article("a2", "2021-05-10", DEMAND_TEXT, List.of(BRELL, VARNEK),
            List.of(event("e2", "a2", BRELL, VARNEK, "REQUEST", "XXXX-05-09", DEMAND_TEXT)));

    private SearchResult search(LuceneStore store, String text, String type, String country) throws IOException {
        return store.search(new SearchQuery(text, null, null, null, null, Scope.EVENTS, 10, type, country, null, null));
    }

    @Test
    void eventsAreHitsWithTheirCodingAndFacets() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(TALKS);
            store.put(DEMAND);
            SearchResult all = search(store, null, null, null);
            assertThat(all.totalHits()).isEqualTo(2);
            Hit talks = all.hits().stream().filter(h -> h.id().equals("e1")).findFirst().orElseThrow();
            assertThat(talks.kind()).isEqualTo(Kind.EVENT);
            assertThat(talks.snippet()).isEqualTo(TALKS_TEXT);
            assertThat(talks.date()).isEqualTo("2021-03-01");
            assertThat(talks.event()).isEqualTo(
                    new SearchResult.EventSummary("CONSULT", null, "040", "Ilsa Varnek", "Ostrany", "Sarn"));
            assertThat(all.eventTypes()).containsExactlyInAnyOrder(new FacetCount("CONSULT", 1), new FacetCount("REQUEST", 1));
            assertThat(all.actors()).contains(new FacetCount("Ilsa Varnek", 2), new FacetCount("Tomas Brell", 1));
            assertThat(all.countries()).contains(new FacetCount("ARM", 2), new FacetCount("AZE", 1),
                    new FacetCount("GEO", 1));
            assertThat(all.months()).containsExactlyInAnyOrder(new FacetCount("2021-03", 1), new FacetCount("2021-05", 1));
        }
    }

    @Test
    void filtersByEventTypeAndCountryInAnyCase() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(TALKS);
            store.put(DEMAND);
            assertThat(search(store, null, "request", null).hits()).extracting(Hit::id).containsExactly("e2");
            assertThat(search(store, null, null, "aze").hits()).extracting(Hit::id).containsExactly("e1");
            assertThat(search(store, null, null, "ARM").totalHits()).isEqualTo(2);
            assertThat(search(store, null, "CONSULT", "GEO").totalHits()).isZero();
        }
    }

    @Test
    void filtersByTheLeastConfidence() throws IOException {
        Event weak = new Event("e4", "a4", new Party(null, "a neighbour"), null, "AID", null, "070", "2021-06-01",
                DateBasis.SENTENCE, null, "A neighbour helped.", 0, 19, 0.3);
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(TALKS);
            store.put(article("a4", "2021-06-02", "A neighbour helped.", List.of(), List.of(weak)));
            SearchResult confident = store.search(new SearchQuery(null, null, null, null, null, Scope.ALL, 10, null,
                    null, null, 0.5));
            assertThat(confident.hits()).extracting(Hit::id).containsExactly("e1");
            assertThat(store.search(new SearchQuery(null, null, null, null, null, Scope.EVENTS, 10, null, null, null,
                    0.3)).totalHits()).isEqualTo(2);
        }
        for (double outside : new double[]{-0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> new SearchQuery(null, null, null, null, null, Scope.EVENTS, 10, null, null, null,
                    outside)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        }
    }

    @Test
    void anUnresolvedPartyIsFacetedByTheCountryItsWordsGiveIt() throws IOException {
        Event protest = new Event("e3", "a3", new Party(null, "farmers in Ostrany", "AZE", "AGR"), null, "PROTEST",
                null, "141", "2021-06-01", DateBasis.SENTENCE, null, "Farmers in Ostrany protested.", 0, 29, 0.7);
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(article("a3", "2021-06-02", "Farmers in Ostrany protested.", List.of(), List.of(protest)));
            assertThat(search(store, null, null, "AZE").hits()).extracting(Hit::id).containsExactly("e3");
        }
    }

    @Test
    void freeTextFindsEventsByActorName() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(TALKS);
            store.put(DEMAND);
            assertThat(search(store, "actor:brell", null, null).hits()).extracting(Hit::id).containsExactly("e2");
            assertThat(search(store, "Ostrany", null, null).hits()).extracting(Hit::id).containsExactly("e1");
        }
    }

    @Test
    void eventFiltersLeaveArticlesAndQuotesOutAndScopeAllStillCountsArticles() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(TALKS);
            SearchResult all = store.search(SearchQuery.of(null));
            assertThat(all.kinds()).containsExactlyInAnyOrder(new FacetCount("article", 1), new FacetCount("event", 1));
            SearchResult typed = store.search(new SearchQuery(null, null, null, null, null, Scope.ALL, 10, "consult", null, null, null));
            assertThat(typed.hits()).extracting(Hit::kind).containsExactly(Kind.EVENT);
            SearchResult articles = store.search(new SearchQuery(null, null, null, LocalDate.of(2021, 3, 3), null,
                    Scope.ARTICLES, 10));
            assertThat(articles.hits()).extracting(Hit::id).containsExactly("a1");
        }
    }

    @Test
    void reputtingAnArticleReplacesItsEvents() throws IOException {
        try (LuceneStore store = LuceneStore.open(dir)) {
            store.put(TALKS);
            store.put(article("a1", "2021-03-03", TALKS_TEXT, List.of(VARNEK, OSTRANY), List.of()));
            assertThat(search(store, null, null, null).totalHits()).isZero();
        }
    }
}
