package org.dateline.export;

import org.dateline.corpus.Timeline;
import org.dateline.model.DateBasis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineChartTest {
    private static Timeline.Entry fact(String id, String day) {
        return new Timeline.Entry(day, LocalDate.parse(day), DateBasis.SENTENCE, Timeline.Kind.EVENT, id, "a1",
                List.of("p1"), "s1", "t1", "Mara Tell CONSULT Oskar Lind", "Mara Tell met Oskar Lind", 0, 24);
    }

    @Test
    void theAxisSpansTheReportingPeriodAndABackgroundDateSitsClippedAtItsStart() {
        String svg = TimelineChart.render(Map.of("s1", List.of(fact("old", "1988-02-20"), fact("new", "2031-05-01"))),
                Map.of("s1", "Talks in Varna"), List.of(LocalDate.parse("2031-05-02"), LocalDate.parse("2031-05-20")));

        assertThat(svg).contains(">2031-04-25<").contains(">2031-05-20<").doesNotContainPattern("tick-label[^>]*>1988");
        assertThat(svg).containsOnlyOnce("clipped").containsSubsequence("clipped", "1988-02-20");
    }

    @Test
    void withoutArticleDaysTheAxisRunsOverTheFactsDays() {
        String svg = TimelineChart.render(Map.of("s1", List.of(fact("a", "2031-05-01"), fact("b", "2031-06-01"))),
                Map.of(), List.of());

        assertThat(svg).contains(">2031-05-01<").contains(">2031-06-01<").doesNotContain("clipped");
    }
}
