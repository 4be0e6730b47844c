package org.dateline.eval;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The pieces of {@code eval events} that need no CoreNLP: class mapping, scores, the fallback classifier. */
class EventScoringTest {

    private static Event event(EventType type, String cameo) {
        return new Event("e", "a", new Party(null, "x"), null, type, null, cameo, null, null, null, "x", 0, 1, 0.5);
    }

    @Test
    void cameoRootGivesThePentaclassAndThePloverTypeStandsInWithoutOne() {
        assertThat(EventEval.pentaclass(event(EventType.REQUEST, "020"))).isZero();
        assertThat(EventEval.pentaclass(event(EventType.AGREE, "039"))).isEqualTo(1);
        assertThat(EventEval.pentaclass(event(EventType.RETREAT, "087"))).isEqualTo(2);
        assertThat(EventEval.pentaclass(event(EventType.REQUEST, "100"))).isEqualTo(3);
        assertThat(EventEval.pentaclass(event(EventType.SANCTION, "163"))).isEqualTo(3);
        assertThat(EventEval.pentaclass(event(EventType.MOBILIZE, "154"))).isEqualTo(4);
        assertThat(EventEval.pentaclass(event(EventType.ASSAULT, "202"))).isEqualTo(4);
        assertThat(EventEval.pentaclass(event(EventType.PROTEST, null))).isEqualTo(4);
        assertThat(EventEval.pentaclass(event(EventType.AID, null))).isEqualTo(2);
    }

    @Test
    void macroF1AveragesOverTheGoldLabels() {
        LabelScore score = new LabelScore();
        score.add("A", "A");
        score.add("A", "B");
        score.add("B", "B");
        score.add("C", "B");
        assertThat(score.accuracy()).isEqualTo(0.5);
        // A: P 1, R 0.5 -> 2/3; B: P 1/3, R 1 -> 1/2; C: 0
        assertThat(score.macroF1()).isCloseTo((2.0 / 3 + 0.5 + 0) / 3, within(1e-9));
    }

    @Test
    void fallbackLearnsItsClassesFromTheTrainingFile(@TempDir Path dir) throws IOException {
        Path train = dir.resolve("train.tsv");
        Files.writeString(train, "The minister said the budget is fine\t0\r\n"
                + "Troops shelled the northern villages overnight\t4\r\n"
                + "The spokesman said the talks were useful\t0\r\n"
                + "Rebels shelled the airport and the barracks\t4\r\n");
        PentaclassFallback fallback = PentaclassFallback.train(train);
        assertThat(fallback.classify("Artillery shelled the villages")).isEqualTo(4);
        assertThat(fallback.classify("The minister said so")).isZero();
    }

    @Test
    void aTrainingLineWithoutALabelIsRejectedQuotingIt(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "no label here\n");
        assertThatThrownBy(() -> PentaclassFallback.train(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'no label here'");
    }
}
