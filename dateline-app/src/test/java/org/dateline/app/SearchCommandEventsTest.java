package org.dateline.app;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.Party;
import org.dateline.store.lucene.LuceneStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline search --events} over a store filled with hand-built events. */
class SearchCommandEventsTest {
    @TempDir
    Path store;



    @BeforeEach
    void fill() throws IOException {
        Actor varnek = new Actor("a1", "Ilsa Varnek", ActorType.PERSON, List.of(), List.of(), "ARM", "GOV", 1);
        Actor brell = new Actor("a2", "Tomas Brell", ActorType.PERSON, List.of(), List.of(), "GEO", "GOV", 1);
        String text = "Varnek met Brell in Sarn. Brell later rejected the plan.";
        Article article = new Article("art1", "art1.html", "Velmora Herald", "Talks", "2021-03-03", "metadata", null,
                List.of(), "en", text, null, null, List.of());
        List<Event> events = List.of(
                new Event("e1", "art1", new Party("a1", "Ilsa Varnek"), new Party("a2", "Tomas Brell"), "CONSULT", null,
                        "040", "2021-03-01", DateBasis.SENTENCE, "Sarn", "Varnek met Brell in Sarn.", 0, 25, 0.8),
                new Event("e2", "art1", new Party("a2", "Tomas Brell"), null, "REJECT", null, "120", "2021-03-02", DateBasis.SENTENCE, null,
                        "Brell later rejected the plan.", 26, 56, 0.7));
        try (LuceneStore s = LuceneStore.open(store)) {
            s.put(new AnalyzedArticle(article, List.of(varnek, brell), List.of(), List.of(), events));
        }
    }

    @Test
    void printsEventHitsWithTheirFacets() {
        CliRun r = CliRun.of("search", "--events", "--store", store.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 events")
                .contains("[event e1] CONSULT Ilsa Varnek -> Tomas Brell  (CAMEO 040, Sarn, Velmora Herald, 2021-03-01")
                .contains("event types:").contains("CONSULT (1)").contains("countries:").contains("GEO (2)");
    }

    @Test
    void filtersByEventTypeAndCountry() {
        CliRun r = CliRun.of("search", "--event-type", "reject", "--country", "geo", "--store", store.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 hit").contains("[event e2] REJECT Tomas Brell -> -").doesNotContain("[event e1]");
    }
}
