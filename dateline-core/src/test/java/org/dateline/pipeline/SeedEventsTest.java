package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events a careful reader sees by eye in the seed articles of {@code ../shared/seeds}; skipped when that
 * folder is absent. Nothing of the seeds is copied here: the checks read the raw files.
 */
class SeedEventsTest {
    private static Map<String, AnalyzedArticle> BY_FILE;

    @BeforeAll
    static void analyzeSeeds() {
        BY_FILE = SeedCorpus.analyzed();
    }

    private static List<Event> consults(String source, String target) {
        return BY_FILE.values().stream().flatMap(a -> a.events().stream())
                .filter(e -> e.event().equals(EventType.CONSULT) && e.source().name() != null
                        && e.source().name().contains(source) && e.target() != null
                        && e.target().name().contains(target))
                .toList();
    }

    @Test
    void talksWithTheForeignMinisterAreAConsultOnTheirDayAndPlace() {
        assertThat(consults("Lavrov", "Mammadyarov")).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2017-11-20");
            assertThat(e.place()).isEqualTo("Baku");
            assertThat(e.source().actor()).isNotNull();
        });
    }

    @Test
    void meetingWithThePresidentIsAConsultTheDayBefore() {
        assertThat(consults("Lavrov", "Aliyev")).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2017-11-19");
            assertThat(e.place()).isEqualTo("Baku");
        });
    }

    @Test
    void everyEventIsEvidencedInTheBodyAndNoneComesFromTheComments() {
        for (var e : BY_FILE.entrySet()) {
            String text = e.getValue().article().text();
            for (Event event : e.getValue().events()) {
                assertThat(text.substring(event.start(), event.end())).isEqualTo(event.text());
            }
            SeedCorpus.comments(e.getKey()).ifPresent(comments -> {
                for (Event event : e.getValue().events()) {
                    assertThat(comments).as("event from the comments of " + e.getKey()).doesNotContain(event.text());
                }
            });
        }
    }
}
