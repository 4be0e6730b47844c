package org.dateline.store;

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
import org.dateline.store.SearchQuery.Scope;
import org.dateline.store.SearchResult.EventSummary;
import org.dateline.store.SearchResult.FacetCount;
import org.dateline.store.SearchResult.Hit;
import org.dateline.store.SearchResult.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Store} does, whatever keeps the documents: a store module's test extends this class and
 * says how to open its store. Each test opens its own fresh store and puts the three fixture articles below (or
 * its own) into it.
 *
 * <p>The fixture: {@code a1} (Velmora Herald, 2021-03-03, two quotes, one CONSULT event), {@code a2} (Kestrel
 * Wire, 2021-04-10, two quotes, one REQUEST event whose date has no year), both in story {@code story-border} of
 * thread {@code thread-border}; {@code a3} (Kestrel Wire, 2022-01-15, no quote, one PROTEST event by an unresolved
 * party) in story {@code story-harvest} of thread {@code thread-harvest}: ten documents.
 */
public abstract class StoreContract {
    private static final Actor VARNEK = new Actor("actor-varnek", "Ilsa Varnek", ActorType.PERSON, List.of(),
            List.of("Foreign Minister"), "ARM", Sector.GOV, 3);
    private static final Actor OSTRANY = new Actor("actor-ostrany", "Ostrany", ActorType.COUNTRY, List.of(),
            List.of(), "AZE", null, 1);
    private static final Actor BRELL = new Actor("actor-brell", "Tomas Brell", ActorType.PERSON, List.of(),
            List.of(), "GEO", Sector.GOV, 2);

    private static final String TALKS_LEAD = "Varnek met officials of Ostrany in Sarn.";
    private static final String DEMAND_LEAD = "Brell demanded guarantees from Varnek.";
    private static final String PROTEST = "Farmers in Ostrany protested the grain price.";

    private static final AnalyzedArticle TALKS = article("a1", "Velmora Herald", "2021-03-03",
            "Border talks to resume", "story-border", "thread-border", TALKS_LEAD, List.of(VARNEK, OSTRANY),
            List.of(new Party(VARNEK.id(), VARNEK.name()), new Party(OSTRANY.id(), OSTRANY.name())), "CONSULT",
            "2021-03-01", 0.8,
            new String[] {"Ilsa Varnek", "Foreign Minister Ilsa Varnek", "2021-03-01", "The border talks will resume soon."},
            new String[] {null, "a spokesman", null, "Both delegations are ready."});
    private static final AnalyzedArticle CEASEFIRE = article("a2", "Kestrel Wire", "2021-04-10T08:00:00Z",
            "Ceasefire holds", "story-border", "thread-border", DEMAND_LEAD, List.of(BRELL, VARNEK),
            List.of(new Party(BRELL.id(), BRELL.name()), new Party(VARNEK.id(), VARNEK.name())), "REQUEST",
            "XXXX-04-09", 0.8,
            new String[] {"Ilsa Varnek", "Varnek", null, "We expect the ceasefire to hold."},
            new String[] {"Tomas Brell", "Brell", null, "No agreement is possible without guarantees."});
    private static final AnalyzedArticle HARVEST = article("a3", "Kestrel Wire", "2022-01-15", "Harvest festival",
            "story-harvest", "thread-harvest", "Farmers in the valley celebrated a record harvest with a festival. " + PROTEST,
            List.of(), List.of(new Party(null, "farmers in Ostrany", "AZE", Sector.AGR)), "PROTEST", null, 0.3);

    private final List<Store> opened = new ArrayList<>();

    /** A new, empty store opened for writing; a second call in the same test is not made. */
    protected abstract Store create() throws IOException;

    /** The store {@link #create()} made in this test, opened again read-only (while that one is still open). */
    protected abstract Store openReadOnly() throws IOException;

    @AfterEach
    void closeStores() throws IOException {
        for (Store store : opened) {
            store.close();
        }
    }

    private Store fresh() throws IOException {
        Store store = create();
        opened.add(store);
        return store;
    }

    private Store filled() throws IOException {
        Store store = fresh();
        for (AnalyzedArticle a : List.of(TALKS, CEASEFIRE, HARVEST)) {
            store.put(a);
        }
        return store;
    }

    /**
     * An article whose text is {@code lead} followed by its quotes, given as (speaker name or null, mention, date
     * or null, words said), with one event: {@code parties} are its source and, if there is a second, its target;
     * its evidence is the last sentence of {@code lead}.
     */
    private static AnalyzedArticle article(String id, String outlet, String published, String title, String story,
                                           String thread, String lead, List<Actor> actors, List<Party> parties, String eventType,
                                           String eventDate, double confidence, String[]... quotes) {
        StringBuilder text = new StringBuilder(lead);
        List<Quote> qs = new ArrayList<>();
        for (String[] q : quotes) {
            text.append(' ').append(q[1]).append(" said: \"");
            int start = text.length();
            text.append(q[3]);
            int end = text.length();
            text.append("\"");
            qs.add(new Quote(id + "-q" + qs.size(), id, new Speaker(q[0] == null ? null : "actor-" + q[0], q[0], q[1]),
                    QuoteKind.DIRECT, "said", q[3], start, end, q[2], q[2] == null ? null : DateBasis.SENTENCE));
        }
        int evidence = lead.lastIndexOf(". ") < 0 ? 0 : lead.lastIndexOf(". ") + 2;
        Event event = new Event("e" + id, id, parties.get(0), parties.size() > 1 ? parties.get(1) : null,
                EventType.valueOf(eventType),
                null, "040", eventDate, DateBasis.SENTENCE, parties.size() > 1 ? "Sarn" : null,
                lead.substring(evidence), evidence, lead.length(), confidence);
        Article a = new Article(id, id + ".html", outlet, title, published, "metadata", null, List.of(), "en",
                text.toString(), null, null, List.of()).withLinks(null, story).withThread(thread);
        return new AnalyzedArticle(a, actors, qs, List.of(), List.of(event));
    }

    private static SearchQuery query(String text, String speaker, String outlet, LocalDate from, LocalDate to,
                                     Scope scope) {
        return new SearchQuery(text, speaker, outlet, from, to, scope, 50);
    }

    private static SearchQuery events(String text, String type, String country, Double minConfidence) {
        return new SearchQuery(text, null, null, null, null, Scope.EVENTS, 50, type, country, null, null,
                minConfidence, null);
    }

    private static SearchQuery story(String story, Scope scope) {
        return new SearchQuery(null, null, null, null, null, scope, 50, null, null, story, null, null, null);
    }

    private static SearchQuery thread(String thread, Scope scope) {
        return new SearchQuery(null, null, null, null, null, scope, 50, null, null, null, thread, null, null);
    }

    @Test
    void everyArticleQuoteAndEventIsADocumentCountedByKind() throws IOException {
        SearchResult all = filled().search(query(null, null, null, null, null, Scope.ALL));
        assertThat(all.totalHits()).isEqualTo(10);
        assertThat(all.hits()).hasSize(10);
        assertThat(all.facet(Facet.KIND)).containsExactlyInAnyOrder(new FacetCount("article", 3),
                new FacetCount("quote", 4), new FacetCount("event", 3));
        assertThat(all.facets()).containsOnlyKeys(Facet.values());
        assertThat(all.nextCursor()).isNull();
    }

    @Test
    void aStoreOpenedForWritingSeesEveryPutWithoutACommit() throws IOException {
        Store store = fresh();
        store.put(TALKS);
        assertThat(store.search(query(null, null, null, null, null, Scope.ARTICLES)).hits()).extracting(Hit::id)
                .containsExactly("a1");
        store.put(HARVEST);
        SearchResult both = store.search(query(null, null, null, null, null, Scope.ARTICLES));
        assertThat(both.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a1", "a3");
        assertThat(both.facet(Facet.OUTLET)).as("facets of the refreshed store")
                .containsExactlyInAnyOrder(new FacetCount("Velmora Herald", 1), new FacetCount("Kestrel Wire", 1));
    }

    @Test
    void puttingTheSameArticlesAgainDuplicatesNothing() throws IOException {
        Store store = filled();
        store.put(TALKS);
        store.put(CEASEFIRE);
        SearchResult all = store.search(SearchQuery.of(null));
        assertThat(all.totalHits()).isEqualTo(10);
        assertThat(all.facet(Facet.KIND)).containsExactlyInAnyOrder(new FacetCount("article", 3),
                new FacetCount("quote", 4), new FacetCount("event", 3));
    }

    @Test
    void reputtingAnArticleRemovesTheQuotesAndEventsItNoLongerHas() throws IOException {
        Store store = filled();
        store.put(new AnalyzedArticle(TALKS.article(), TALKS.actors(), TALKS.quotes().subList(0, 1), List.of(),
                List.of()));
        SearchResult quotes = store.search(query(null, null, "Velmora Herald", null, null, Scope.QUOTES));
        assertThat(quotes.hits()).extracting(Hit::id).containsExactly("a1-q0");
        assertThat(store.search(events(null, null, null, null)).hits()).extracting(Hit::id)
                .containsExactlyInAnyOrder("ea2", "ea3");
    }

    @Test
    void aStoryKeepsItsArticlesWithTheirQuotesAndEvents() throws IOException {
        Store store = filled();
        SearchResult border = store.search(story("story-border", Scope.ALL));
        assertThat(border.totalHits()).as("two articles, their four quotes and two events").isEqualTo(8);
        assertThat(border.hits()).extracting(Hit::article).containsOnly("a1", "a2");
        assertThat(store.search(story(null, Scope.ARTICLES)).facet(Facet.STORY))
                .containsExactly(new FacetCount("story-border", 2), new FacetCount("story-harvest", 1));
    }

    @Test
    void aThreadKeepsTheArticlesOfAllItsStoriesWithTheirQuotesAndEvents() throws IOException {
        Store store = filled();
        store.put(article("a4", "Velmora Herald", "2021-05-20", "Guarantees offered", "story-guarantees",
                "thread-border", "Ostrany offered guarantees to Varnek.", List.of(VARNEK, OSTRANY),
                List.of(new Party(OSTRANY.id(), OSTRANY.name()), new Party(VARNEK.id(), VARNEK.name())), "COOPERATE",
                "2021-05-20", 0.7));
        SearchResult border = store.search(thread("thread-border", Scope.ALL));
        assertThat(border.totalHits()).as("three articles of two stories, their four quotes and three events")
                .isEqualTo(10);
        assertThat(border.hits()).extracting(Hit::article).containsOnly("a1", "a2", "a4");
        assertThat(border.facet(Facet.STORY)).extracting(FacetCount::value)
                .containsExactlyInAnyOrder("story-border", "story-guarantees");
        assertThat(store.search(thread(null, Scope.ARTICLES)).facet(Facet.THREAD))
                .containsExactly(new FacetCount("thread-border", 3), new FacetCount("thread-harvest", 1));
        assertThat(store.search(thread("thread-nowhere", Scope.ALL)).totalHits()).isZero();
    }

    @Test
    void speakerFacetCountsResolvedSpeakersAndTheSpeakerFilterMatchesPartOfTheName() throws IOException {
        Store store = filled();
        SearchResult quotes = store.search(query(null, null, null, null, null, Scope.QUOTES));
        assertThat(quotes.totalHits()).isEqualTo(4);
        assertThat(quotes.facet(Facet.SPEAKER)).containsExactly(new FacetCount("Ilsa Varnek", 2),
                new FacetCount("Tomas Brell", 1));

        SearchResult varnek = store.search(query(null, "varnek", null, null, null, Scope.ALL));
        assertThat(varnek.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a1-q0", "a2-q0");
        assertThat(varnek.hits()).allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo(Kind.QUOTE);
            assertThat(h.speaker()).isEqualTo("Ilsa Varnek");
        });
        assertThat(varnek.facet(Facet.SPEAKER)).containsExactly(new FacetCount("Ilsa Varnek", 2));

        assertThat(store.search(query(null, "spokesman", null, null, null, Scope.QUOTES)).hits()).singleElement()
                .satisfies(h -> assertThat(h.speaker()).isEqualTo("a spokesman"));
    }

    @Test
    void outletFilterIsExactButCaseInsensitive() throws IOException {
        Store store = filled();
        SearchResult kestrel = store.search(query(null, null, "kestrel wire", null, null, Scope.ALL));
        assertThat(kestrel.totalHits()).isEqualTo(6);
        assertThat(kestrel.facet(Facet.OUTLET)).containsExactly(new FacetCount("Kestrel Wire", 6));
        assertThat(store.search(query(null, null, "KESTREL WIRE", null, null, Scope.ARTICLES)).hits())
                .extracting(Hit::id).containsExactlyInAnyOrder("a2", "a3");
        assertThat(store.search(query(null, null, "Kestrel", null, null, Scope.ALL)).totalHits()).isZero();
    }

    @Test
    void dateFilterUsesTheQuoteOrEventDateWhenItIsAFullDayElseThePublishedDate() throws IOException {
        Store store = filled();
        SearchResult spring = store.search(query(null, null, null, LocalDate.of(2021, 4, 1),
                LocalDate.of(2021, 12, 31), Scope.ALL));
        assertThat(spring.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a2", "a2-q0", "a2-q1", "ea2");

        LocalDate beforePublication = LocalDate.of(2021, 3, 2);
        assertThat(store.search(query(null, null, null, null, beforePublication, Scope.ALL)).hits())
                .extracting(Hit::id).containsExactlyInAnyOrder("a1-q0", "ea1");
        assertThat(store.search(query(null, null, null, null, beforePublication, Scope.QUOTES)).hits())
                .singleElement().satisfies(h -> {
                    assertThat(h.id()).isEqualTo("a1-q0");
                    assertThat(h.date()).isEqualTo("2021-03-01");
                    assertThat(h.outlet()).isEqualTo("Velmora Herald");
                    assertThat(h.article()).isEqualTo("a1");
                    assertThat(h.title()).isEqualTo("Border talks to resume");
                });
        LocalDate published = LocalDate.of(2021, 3, 3);
        assertThat(store.search(query(null, null, null, published, published, Scope.ARTICLES)).hits())
                .extracting(Hit::id).containsExactly("a1");
    }

    @Test
    void facetsCountAllMatchesNotOnlyThePage() throws IOException {
        SearchResult all = filled().search(new SearchQuery(null, null, null, null, null, Scope.ALL, 1));
        assertThat(all.hits()).hasSize(1);
        assertThat(all.totalHits()).isEqualTo(10);
        assertThat(all.facet(Facet.OUTLET)).containsExactly(new FacetCount("Kestrel Wire", 6),
                new FacetCount("Velmora Herald", 4));
        assertThat(all.facet(Facet.MONTH)).containsExactlyInAnyOrder(new FacetCount("2021-03", 4),
                new FacetCount("2021-04", 4), new FacetCount("2022-01", 2));
    }

    @Test
    void freeTextSearchesTitlesTextsSpeakersAndActors() throws IOException {
        Store store = filled();
        assertThat(store.search(new SearchQuery("harvest", null, null, null, null, Scope.ALL, 10)).hits())
                .singleElement().satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Kind.ARTICLE);
                    assertThat(h.id()).isEqualTo("a3");
                    assertThat(h.snippet()).contains("record harvest");
                    assertThat(h.speaker()).isNull();
                });
        assertThat(store.search(new SearchQuery("ceasefire", null, null, null, null, Scope.QUOTES, 10)).hits())
                .extracting(Hit::snippet).containsExactly("We expect the ceasefire to hold.");
        assertThat(store.search(SearchQuery.of("speaker:brell AND guarantees")).hits())
                .extracting(Hit::id).containsExactly("a2-q1");
        assertThat(store.search(SearchQuery.of("ceasefire harvest")).totalHits()).isZero();
        assertThat(store.search(SearchQuery.of("ceasefire OR harvest")).hits()).extracting(Hit::id)
                .containsExactlyInAnyOrder("a2", "a2-q0", "a3");
        assertThat(store.search(events("actor:brell", null, null, null)).hits()).extracting(Hit::id)
                .containsExactly("ea2");
        assertThat(store.search(events("Ostrany", null, null, null)).hits()).extracting(Hit::id)
                .containsExactlyInAnyOrder("ea1", "ea3");
    }

    @Test
    void eventsAreHitsWithTheirCodingAndFacets() throws IOException {
        SearchResult all = filled().search(events(null, null, null, null));
        assertThat(all.totalHits()).isEqualTo(3);
        Hit talks = all.hits().stream().filter(h -> h.id().equals("ea1")).findFirst().orElseThrow();
        assertThat(talks.kind()).isEqualTo(Kind.EVENT);
        assertThat(talks.snippet()).isEqualTo(TALKS_LEAD);
        assertThat(talks.date()).isEqualTo("2021-03-01");
        assertThat(talks.event()).isEqualTo(new EventSummary("CONSULT", null, "040", "Ilsa Varnek", "Ostrany", "Sarn"));
        assertThat(all.facet(Facet.EVENT_TYPE)).containsExactlyInAnyOrder(new FacetCount("CONSULT", 1),
                new FacetCount("REQUEST", 1), new FacetCount("PROTEST", 1));
        assertThat(all.facet(Facet.ACTOR)).contains(new FacetCount("Ilsa Varnek", 2), new FacetCount("Tomas Brell", 1));
        assertThat(all.facet(Facet.COUNTRY)).containsExactlyInAnyOrder(new FacetCount("ARM", 2),
                new FacetCount("AZE", 2), new FacetCount("GEO", 1));
        assertThat(all.facet(Facet.MONTH)).containsExactlyInAnyOrder(new FacetCount("2021-03", 1),
                new FacetCount("2021-04", 1), new FacetCount("2022-01", 1));
    }

    @Test
    void filtersByEventTypeAndCountryInAnyCaseAndAnUnresolvedPartyCountsByItsOwnCountry() throws IOException {
        Store store = filled();
        assertThat(store.search(events(null, "request", null, null)).hits()).extracting(Hit::id).containsExactly("ea2");
        assertThat(store.search(events(null, null, "aze", null)).hits()).extracting(Hit::id)
                .containsExactlyInAnyOrder("ea1", "ea3");
        assertThat(store.search(events(null, null, "ARM", null)).totalHits()).isEqualTo(2);
        assertThat(store.search(events(null, "CONSULT", "GEO", null)).totalHits()).isZero();
    }

    @Test
    void eventFiltersLeaveArticlesAndQuotesOut() throws IOException {
        Store store = filled();
        SearchResult confident = store.search(new SearchQuery(null, null, null, null, null, Scope.ALL, 50, null,
                null, null, null, 0.5, null));
        assertThat(confident.hits()).extracting(Hit::id).containsExactlyInAnyOrder("ea1", "ea2");
        assertThat(store.search(events(null, null, null, 0.3)).totalHits()).isEqualTo(3);
        SearchResult typed = store.search(new SearchQuery(null, null, null, null, null, Scope.ALL, 50, "consult",
                null, null, null, null, null));
        assertThat(typed.hits()).extracting(Hit::kind).containsExactly(Kind.EVENT);
    }

    @Test
    void pagesReachEveryMatchOnceWhetherScoresTieOrDiffer() throws IOException {
        Store store = fresh();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            String text = "Queue " + i + " at the depot." + " The queue grew.".repeat(i % 4);
            Article a = new Article("p" + i, "p" + i + ".html", i % 2 == 0 ? "Velmora Herald" : "Kestrel Wire",
                    "Depot " + i, LocalDate.of(2023, 5, 1).plusDays(i).toString(), "metadata", null, List.of(), "en", text, null, null,
                    List.of());
            store.put(new AnalyzedArticle(a, List.of(), List.of(), List.of()));
            expected.add(a.id());
        }
        List<String> tied = page(store, new SearchQuery(null, null, null, null, null, Scope.ALL, 6), 4);
        assertThat(tied).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        List<String> scored = page(store, new SearchQuery("queue", null, null, null, null, Scope.ALL, 5), 5);
        assertThat(scored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Pages through {@code query}, checking each page and that there are {@code pages} of them, and returns the ids
     * of all hits in order.
     */
    private static List<String> page(Store store, SearchQuery query, int pages) throws IOException {
        List<String> ids = new ArrayList<>();
        SearchResult result = store.search(query);
        SearchResult first = result;
        float lastScore = Float.POSITIVE_INFINITY;
        for (int n = 1; ; n++) {
            assertThat(n).as("pages so far (a cursor that does not lead on repeats pages)").isLessThanOrEqualTo(pages);
            assertThat(result.totalHits()).isEqualTo(first.totalHits());
            assertThat(result.facets()).isEqualTo(first.facets());
            for (Hit h : result.hits()) {
                assertThat(h.score()).as("best first across pages").isLessThanOrEqualTo(lastScore);
                lastScore = h.score();
                ids.add(h.id());
            }
            if (result.nextCursor() == null) {
                assertThat(n).as("pages").isEqualTo(pages);
                assertThat(result.hits()).isNotEmpty();
                return ids;
            }
            assertThat(result.hits()).hasSize(query.pageSize());
            result = store.search(query.withCursor(result.nextCursor()));
        }
    }

    @Test
    void aCursorTheStoreDidNotMakeIsAnErrorQuotingIt() throws IOException {
        Store store = filled();
        assertThatThrownBy(() -> store.search(SearchQuery.of(null).withCursor("not-a-cursor")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-a-cursor");
    }

    @Test
    void badQuerySyntaxIsAQuerySyntaxErrorWithTheQueryAndAOneLineProblem() throws IOException {
        Store store = filled();
        assertThatThrownBy(() -> store.search(SearchQuery.of("\"border talks")))
                .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
                    assertThat(e.query()).isEqualTo("\"border talks");
                    assertThat(e.problem()).isNotBlank().doesNotContain("\n").doesNotContain("border talks");
                    assertThat(e.getMessage()).contains("\"border talks");
                });
    }

    @Test
    void aQueryThatOnlyLeavesOutAWordMatchesEverythingElse() throws IOException {
        Store store = filled();
        SearchResult r = store.search(new SearchQuery("-ceasefire", null, null, null, null, Scope.ARTICLES, 10));
        assertThat(r.hits()).extracting(Hit::id).containsExactlyInAnyOrder("a1", "a3");
    }

    @Test
    void searchingAStoreWithoutArticlesIsIndexMissing() throws IOException {
        Store store = fresh();
        assertThatThrownBy(() -> store.search(SearchQuery.of("anything"))).isInstanceOf(IndexMissingException.class);
    }

    @Test
    void aReadOnlyStoreSeesWhatWasCommittedAndRefusesWrites() throws IOException {
        Store store = filled();
        store.commit();
        Store reader = openReadOnly();
        opened.add(reader);
        assertThat(reader.search(SearchQuery.of(null)).totalHits()).isEqualTo(10);
        assertThatThrownBy(() -> reader.put(HARVEST)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(reader::commit).isInstanceOf(IllegalStateException.class);
    }
}
