package org.dateline.facts;

import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Sector;
import org.dateline.resources.TsvResource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EventConfidenceTest {
    private static final EventPattern ONE_WORD = new EventPattern("meet", null, false, EventType.CONSULT, null, "040");
    private static final EventPattern TWO_WORDS = new EventPattern("hold", "talk", true, EventType.CONSULT, null, "046");
    private static final ActRules.Act DONE = new ActRules.Act(EventType.CONSULT, null, "040", true);
    private static final Party CHILE = new Party("a1", "Chile", "CHL", Sector.GOV);
    private static final Party NEIGHBOUR = new Party("a2", "Tom Reed");
    private static final ArticleTopic SPORTS = new ArticleTopic(ArticleTopic.Topic.SPORTS, false);

    @Test
    void signalsNameThePatternThePartiesTheDepthTheTypeAndTheTopic() {
        assertThat(EventConfidence.signals(ONE_WORD, DONE, CHILE, NEIGHBOUR, 0, ArticleTopic.UNKNOWN))
                .containsExactly("pattern:one-word", "trigger:meet", "source:coded", "target:plain", "depth:0",
                        "type:CONSULT", "topic:none");
        ActRules.Act announced = new ActRules.Act(EventType.THREATEN, "intent", "130", false);
        assertThat(EventConfidence.signals(TWO_WORDS, announced, new Party(null, "protesters"), null, 5, SPORTS))
                .containsExactly("pattern:two-word", "trigger:hold+talk", "pattern:noun", "announced",
                        "source:unresolved", "target:none", "depth:2", "type:THREATEN", "topic:sports");
        Party implied = new Party(null, "government of Peru", "PER", Sector.GOV, true);
        assertThat(EventConfidence.signals(ONE_WORD, DONE, new Party(null, null), implied, 1, ArticleTopic.UNKNOWN))
                .contains("source:none", "target:implied", "depth:1");
    }

    @Test
    void theConfidenceIsTheLogisticOfTheBiasAndTheWeightsOfItsSignals() {
        double bias = weight(SignalWeights.BIAS);
        assertThat(EventConfidence.of(List.of())).isCloseTo(1 / (1 + Math.exp(-bias)), within(0.0005));
        assertThat(EventConfidence.of(List.of("no-such-signal"))).isEqualTo(EventConfidence.of(List.of()));
        double none = weight("source:none");
        assertThat(EventConfidence.of(List.of("source:none")))
                .isCloseTo(1 / (1 + Math.exp(-(bias + none))), within(0.0005));
        assertThat(EventConfidence.of(List.of("type:CONSULT", "source:none"))).isBetween(0.0, 1.0);
    }

    @Test
    void everyWeighedSignalIsOneTheCoderEmits() {
        String types = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining("|"));
        String topics = Arrays.stream(ArticleTopic.Topic.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
        String known = "bias|pattern:(one-word|two-word|noun)|announced|(source|target):(none|unresolved|coded|plain)|target:implied"
                + "|target:searched|trigger:\\S+|depth:[012]|type:(" + types + ")|topic:(none|" + topics + ")";
        assertThat(TsvResource.rows(EventConfidence.class, "event-confidence.tsv", 2))
                .allSatisfy(row -> assertThat(row[0]).matches(known));
    }

    private static double weight(String signal) {
        return TsvResource.rows(EventConfidence.class, "event-confidence.tsv", 2).stream()
                .filter(row -> row[0].equals(signal)).mapToDouble(row -> Double.parseDouble(row[1])).findFirst()
                .orElse(0.0);
    }
}
