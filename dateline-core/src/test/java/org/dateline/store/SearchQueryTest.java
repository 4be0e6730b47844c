package org.dateline.store;

import org.dateline.store.SearchQuery.Scope;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryTest {
    private static SearchQuery withConfidence(double least) {
        return new SearchQuery(null, null, null, null, null, Scope.EVENTS, 10, null, null, null, null, least, null);
    }

    @Test
    void leastConfidenceOutsideZeroToOneIsAnErrorQuotingIt() {
        assertThat(withConfidence(0.3).minConfidence()).isEqualTo(0.3);
        for (double outside : new double[] {-0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> withConfidence(outside)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("between 0 and 1").hasMessageContaining(String.valueOf(outside));
        }
    }

    @Test
    void pageSizeBelowOneAndAnEmptyDateRangeAreErrors() {
        assertThatThrownBy(() -> new SearchQuery("talks", null, null, null, null, Scope.ALL, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page size").hasMessageContaining("0");
        assertThatThrownBy(() -> new SearchQuery(null, null, null, LocalDate.of(2021, 5, 2), LocalDate.of(2021, 5, 1),
                Scope.ALL, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-05-02");
    }

    @Test
    void withCursorKeepsEverythingElseAndABlankCursorIsTheFirstPage() {
        SearchQuery first = new SearchQuery("talks", "Varnek", "Velmora Herald", null, null, Scope.QUOTES, 7,
                "consult", "arm", "story-1", "thread-1", 0.5, null);
        SearchQuery next = first.withCursor("abc");
        assertThat(next.cursor()).isEqualTo("abc");
        assertThat(next.withCursor(" ")).isEqualTo(first);
        assertThat(next.eventType()).isEqualTo("CONSULT");
        assertThat(next.country()).isEqualTo("ARM");
        assertThat(next.thread()).isEqualTo("thread-1");
    }
}
