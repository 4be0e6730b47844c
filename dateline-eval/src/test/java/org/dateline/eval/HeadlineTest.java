package org.dateline.eval;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineTest {
    private static Event event(String id, double confidence, String... signals) {
        return new Event(id, "a", new Party("p", "Peru", "PER", null), null, EventType.ACCUSE, null, null, null, null,
                null, "x", 0, 1, confidence, false, List.of(signals));
    }

    @Test
    void theMainClauseOutranksAMoreConfidentEventBelowIt() {
        Event main = event("main", 0.3, "pattern:one-word", "source:coded", "depth:0");
        Event below = event("below", 0.9, "pattern:two-word", "source:coded", "depth:1");
        assertThat(Headline.of(List.of(below, main))).contains(main);
    }

    @Test
    void atTheSameDepthATwoWordPatternWithResolvedPartiesWins() {
        Event two = event("two", 0.2, "pattern:two-word", "source:coded", "target:coded", "depth:1");
        Event one = event("one", 0.2, "pattern:one-word", "source:coded", "target:coded", "depth:1");
        Event noSource = event("none", 0.9, "pattern:two-word", "source:none", "target:coded", "depth:1");
        assertThat(Headline.of(List.of(one, noSource, two))).contains(two);
        assertThat(Headline.rank(one)).isLessThan(Headline.rank(two));
        assertThat(Headline.of(List.of())).isEmpty();
    }
}
