package org.dateline.eval;

import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimeScorerTest {
    private static TimeMention t(int start, int end, String value, String type) {
        return new TimeMention("d", "x", type, value, start, end);
    }

    @Test
    void countsRelaxedStrictValueAndTypeMatches() {
        List<TimeMention> gold = List.of(t(0, 10, "2019-12-02", "DATE"), t(20, 30, "P2W", "DURATION"),
                t(40, 45, "PRESENT_REF", "DATE"));
        List<TimeMention> system = List.of(t(0, 10, "2019-12-02", "DATE"), t(22, 30, "P2D", "DURATION"),
                t(50, 55, "2019", "DATE"));
        TimeEvalResult r = TimeScorer.score(Map.of("d", gold), Map.of("d", system));
        assertThat(r.relaxed()).isEqualTo(2);
        assertThat(r.strict()).isEqualTo(1);
        assertThat(r.valueMatches()).isEqualTo(1);
        assertThat(r.typeMatches()).isEqualTo(2);
        assertThat(r.relaxedF1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(r.valueF1()).isCloseTo(2.0 / 3 * 0.5, within(1e-9));
    }

    @Test
    void eachSystemTimexPairsWithOneGoldTimexFirstComeFirstServed() {
        List<TimeMention> gold = List.of(t(0, 5, "A", "DATE"), t(6, 10, "B", "DATE"));
        List<TimeMention> system = List.of(t(0, 10, "B", "DATE"));
        TimeEvalResult r = TimeScorer.score(Map.of("d", gold), Map.of("d", system));
        assertThat(r.relaxed()).isEqualTo(1);
        assertThat(r.valueMatches()).as("the first gold timex took the only system timex").isZero();
    }

    @Test
    void predictionsForDocumentsWithoutGoldAreIgnored() {
        TimeEvalResult r = TimeScorer.score(Map.of("d", List.of(t(0, 5, "A", "DATE"))),
                Map.of("other", List.of(t(0, 5, "A", "DATE"))));
        assertThat(r.system()).isZero();
        assertThat(r.format()).contains("gold=1 system=0");
    }
}
