package org.dateline.app;

import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Sector;
import org.dateline.store.lucene.LuceneStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dateline search --events} over a store filled with hand-built events. */
class SearchCommandEventsTest {
    @TempDir
    Path store;



    @BeforeEach
    void fill() throws IOException {
        Actor varnek = new Actor("a1", "Ilsa Varnek", ActorType.PERSON, List.of(), List.of(), "ARM", Sector.GOV, 1);
        Actor brell = new Actor("a2", "Tomas Brell", ActorType.PERSON, List.of(), List.of(), "GEO", Sector.GOV, 1);
        String text = "Varnek met Brell in Sarn. Brell later rejected the plan.";
        Article article = new Article("art1", "art1.html", "Velmora Herald", "Talks", "2021-03-03", "metadata", null,
                List.of(), "en", text, null, null, List.of());
        List<Event> events = List.of(
                new Event("e1", "art1", new Party("a1", "Ilsa Varnek"), new Party("a2", "Tomas Brell"), EventType.CONSULT, null,
                        "040", "2021-03-01", DateBasis.SENTENCE, "Sarn", "Varnek met Brell in Sarn.", 0, 25, 0.8),
                new Event("e2", "art1", new Party("a2", "Tomas Brell"), null, EventType.REJECT, null, "120", "2021-03-02", DateBasis.SENTENCE, null,
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

    @Test
    void aPageEndsWithTheCursorOfTheNextAndAllPrintsEveryHit() {
        CliRun first = CliRun.of("search", "--events", "--limit", "1", "--store", store.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("2 events").contains("countries:").containsOnlyOnce("[event ");
        Matcher more = Pattern.compile("more hits: add --cursor (\\S+) for the next page").matcher(first.out());
        assertThat(more.find()).as(first.out()).isTrue();

        CliRun second = CliRun.of("search", "--events", "--limit", "1", "--cursor", more.group(1),
                "--store", store.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).containsOnlyOnce("[event ").doesNotContain("more hits:");
        assertThat(List.of(first.out().contains("[event e1]"), second.out().contains("[event e1]")))
                .as("e1 on exactly one page").containsExactlyInAnyOrder(true, false);

        CliRun all = CliRun.of("search", "--events", "--limit", "1", "--all", "--store", store.toString());
        assertThat(all.out()).contains("[event e1]").contains("[event e2]").doesNotContain("more hits:");
    }

    @Test
    void aCursorThatIsNotOneIsReportedQuotingIt() {
        CliRun r = CliRun.of("search", "--cursor", "bogus", "--store", store.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("\"bogus\"");
    }

    @Test
    void aFolderWithoutAnIndexIsReportedByNameWithHowToFillIt(@TempDir Path empty) {
        CliRun r = CliRun.of("search", "talks", "--store", empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(empty.toString()).contains("holds no index")
                .contains("dateline analyze PATH... --store " + empty);
    }
}
