package org.dateline.facts;

import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConfidenceFactorTest {
    private static final EventPattern ONE_WORD = new EventPattern("meet", null, false, EventType.CONSULT, null, "040");
    private static final EventPattern TWO_WORDS = new EventPattern("hold", "talk", false, EventType.CONSULT, null, "046");
    private static final ActRules.Act DONE = new ActRules.Act(EventType.CONSULT, null, "040", true);
    private static final Party CHILE = new Party("a1", "Chile", "CHL", Sector.GOV);
    private static final Party PERU = new Party("a2", "Peru", "PER", Sector.GOV);

    @Test
    void aDoneActBetweenTwoResolvedStatesInTheMainClauseKeepsItsStart() {
        assertThat(ConfidenceFactor.of(ONE_WORD, DONE, CHILE, PERU, 0)).isEqualTo(ConfidenceFactor.ONE_WORD_START);
        assertThat(ConfidenceFactor.of(TWO_WORDS, DONE, CHILE, PERU, 0)).isEqualTo(ConfidenceFactor.TWO_WORD_START);
    }

    @Test
    void eachFactorThatAppliesMultipliesOnce() {
        ActRules.Act announced = new ActRules.Act(EventType.AGREE, "intent", "036", false);
        assertThat(ConfidenceFactor.of(ONE_WORD, announced, CHILE, PERU, 0)).isCloseTo(0.8 * 0.8, within(1e-12));
        Party words = new Party(null, "the delegation", "CHL", null);
        assertThat(ConfidenceFactor.of(ONE_WORD, DONE, words, PERU, 0)).isCloseTo(0.8 * 0.9, within(1e-12));
        assertThat(ConfidenceFactor.of(ONE_WORD, DONE, new Party(null, null), PERU, 0))
                .isCloseTo(0.8 * 0.6, within(1e-12));
        assertThat(ConfidenceFactor.of(ONE_WORD, DONE, CHILE, null, 0)).isCloseTo(0.8 * 0.9, within(1e-12));
        Party implied = new Party(null, "government of Peru", "PER", Sector.GOV, true);
        assertThat(ConfidenceFactor.of(ONE_WORD, DONE, CHILE, implied, 0)).isCloseTo(0.8 * 0.9, within(1e-12));
    }

    @Test
    void aPartyWithACountryOrSectorMakesTheEventPolitical() {
        Party friend = new Party(null, "a friend", null, null);
        Party neighbour = new Party(null, "his neighbour", null, null);
        assertThat(ConfidenceFactor.of(ONE_WORD, DONE, friend, neighbour, 0))
                .isCloseTo(0.8 * 0.9 * 0.8, within(1e-12));
        assertThat(ConfidenceFactor.of(ONE_WORD, DONE, friend, PERU, 0)).isCloseTo(0.8 * 0.9, within(1e-12));
    }

    @Test
    void depthAppliesOncePerEdgeBelowTheRoot() {
        assertThat(ConfidenceFactor.of(ONE_WORD, DONE, CHILE, PERU, 2)).isCloseTo(0.8 * 0.85 * 0.85, within(1e-12));
        assertThat(ConfidenceFactor.CLAUSE_DEPTH.apply(1.0, 3))
                .isCloseTo(Math.pow(ConfidenceFactor.CLAUSE_DEPTH.value(), 3), within(1e-12));
        assertThat(ConfidenceFactor.of(TWO_WORDS, DONE, CHILE, PERU, 1))
                .isLessThan(ConfidenceFactor.of(ONE_WORD, DONE, CHILE, PERU, 0));
    }

    @Test
    void everyFactorLowersTheConfidence() {
        for (ConfidenceFactor f : ConfidenceFactor.values()) {
            assertThat(f.value()).as(f.name()).isStrictlyBetween(0.0, 1.0);
        }
    }
}
