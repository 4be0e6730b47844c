package org.dateline.corpus;

import org.dateline.model.Article;
import org.dateline.model.DateBasis;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {
    private static final String TEXT = "Minister Ilsa Varnek met Tomas Brell in Sarn. \"We agree,\" Varnek said.";

    private static Article article(String id, String story) {
        return new Article(id, id + ".txt", "Velmora Post", "Talks", "2021-03-05", "metadata", null, List.of(), "en",
                TEXT, null, story, List.of());
    }

    private static Quote quote(String id, String article, String date, DateBasis basis) {
        return new Quote(id, article, new Speaker("varnek", "Ilsa Varnek", "Varnek"), QuoteKind.DIRECT, "said",
                "We agree,", 47, 56, date, basis);
    }

    private static Event meeting(String id, String article, String date, DateBasis basis) {
        return new Event(id, article, new Party("varnek", "Ilsa Varnek"), new Party("brell", "Tomas Brell"),
                EventType.CONSULT, null, "040", date, basis, "Sarn", "Minister Ilsa Varnek met Tomas Brell", 0, 36, 0.8);
    }

    @Test
    void factsAreOrderedByDayPerActorAndPerStoryWithTheirBasis() {
        Timeline t = Timeline.of(List.of(article("a1", "s1"), article("a2", "s1")),
                List.of(quote("q-late", "a2", "2021-03-09", DateBasis.PUBLISHED)),
                List.of(meeting("e-mid", "a1", "2021-03", DateBasis.SENTENCE),
                        meeting("e-early", "a2", "2021-02-27", DateBasis.DATELINE)));

        assertThat(t.byActor().get("varnek")).extracting(Timeline.Entry::id).containsExactly("e-early", "e-mid", "q-late");
        assertThat(t.byActor().get("brell")).extracting(Timeline.Entry::id).containsExactly("e-early", "e-mid");
        assertThat(t.byStory().get("s1")).extracting(Timeline.Entry::dateBasis)
                .containsExactly(DateBasis.DATELINE, DateBasis.SENTENCE, DateBasis.PUBLISHED);
        Timeline.Entry quote = t.byStory().get("s1").get(2);
        assertThat(quote.kind()).isEqualTo(Timeline.Kind.QUOTE);
        assertThat(quote.summary()).isEqualTo("Ilsa Varnek said");
        assertThat(TEXT.substring(quote.start(), quote.end())).isEqualTo(quote.text());
        assertThat(t.byStory().get("s1").get(0).summary()).isEqualTo("Ilsa Varnek CONSULT Tomas Brell");
        assertThat(t.undated()).isEmpty();
    }

    @Test
    void aThreadHoldsTheFactsOfAllItsStoriesOldestFirst() {
        Timeline t = Timeline.of(List.of(article("a1", "s1").withThread("t1"), article("a2", "s2").withThread("t1"),
                        article("a3", "s3").withThread("t2")),
                List.of(quote("q-a2", "a2", "2021-03-09", DateBasis.PUBLISHED)),
                List.of(meeting("e-a1", "a1", "2021-03-01", DateBasis.SENTENCE),
                        meeting("e-a3", "a3", "2021-02-20", DateBasis.SENTENCE)));

        assertThat(t.byThread().get("t1")).extracting(Timeline.Entry::id).containsExactly("e-a1", "q-a2");
        assertThat(t.byThread().get("t1")).extracting(Timeline.Entry::story).containsExactly("s1", "s2");
        assertThat(t.byThread().get("t2")).extracting(Timeline.Entry::id).containsExactly("e-a3");
        assertThat(t.byStory()).containsOnlyKeys("s1", "s2", "s3");
    }

    @Test
    void factsWithoutADateOrAYearAreListedApart() {
        Timeline t = Timeline.of(List.of(article("a1", null)),
                List.of(quote("q-none", "a1", null, null)),
                List.of(meeting("e-noyear", "a1", "XXXX-12-02", DateBasis.DATELINE),
                        meeting("e-dated", "a1", "2021-03-01", DateBasis.SENTENCE)));

        assertThat(t.undated()).extracting(Timeline.Entry::id).containsExactly("q-none", "e-noyear");
        assertThat(t.byActor().get("varnek")).extracting(Timeline.Entry::id).containsExactly("e-dated");
        assertThat(t.byStory()).as("an article outside any story").isEmpty();
        assertThat(t.byThread()).as("an article outside any thread").isEmpty();
    }

    @Test
    void aPeriodIsPlacedOnItsFirstDay() {
        assertThat(Timeline.firstDay("2019-12-02T10:00")).isEqualTo(LocalDate.of(2019, 12, 2));
        assertThat(Timeline.firstDay("2019-11")).isEqualTo(LocalDate.of(2019, 11, 1));
        assertThat(Timeline.firstDay("2010")).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(Timeline.firstDay("2019-W49")).isEqualTo(LocalDate.of(2019, 12, 2));
        assertThat(Timeline.firstDay("XXXX-12-02")).isNull();
        assertThat(Timeline.firstDay("2019-13-40")).isNull();
        assertThat(Timeline.firstDay(null)).isNull();
    }
}
