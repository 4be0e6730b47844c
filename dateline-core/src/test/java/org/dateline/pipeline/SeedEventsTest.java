package org.dateline.pipeline;

import org.dateline.extract.ArticleExtractor;
import org.dateline.ingest.Inputs;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Event;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The events a careful reader sees by eye in the seed articles of {@code ../shared/seeds}; skipped when that
 * folder is absent. Nothing of the seeds is copied here: the checks read the raw files.
 */
class SeedEventsTest {
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
    /** "  3. name said:" opens a reader comment. */
    private static final Pattern COMMENT = Pattern.compile("(?m)^\\s*\\d+\\.\\s+\\S.*\\bsaid:\\s*$");
    private static final Map<String, AnalyzedArticle> BY_FILE = new HashMap<>();

    @BeforeAll
    static void analyzeSeeds() {
        Path seeds = SEEDS.toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(seeds), "no ../shared/seeds here");
        Analyzer analyzer = new Analyzer(Annotator.forPreset(Preset.FACTS));
        ArticleExtractor extractor = new ArticleExtractor();
        List<String> problems = new ArrayList<>();
        Inputs.read(List.of(seeds), page -> BY_FILE.put(Path.of(page.source()).getFileName().toString(),
                analyzer.analyze(extractor.extract(page))), problems::add);
        assertThat(problems).isEmpty();
    }

    private static List<Event> consults(String source, String target) {
        return BY_FILE.values().stream().flatMap(a -> a.events().stream())
                .filter(e -> e.event().equals("CONSULT") && e.source().name() != null
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
    void everyEventIsEvidencedInTheBodyAndNoneComesFromTheComments() throws IOException {
        for (var e : BY_FILE.entrySet()) {
            String text = e.getValue().article().text();
            for (Event event : e.getValue().events()) {
                assertThat(text.substring(event.start(), event.end())).isEqualTo(event.text());
            }
            String raw = Files.readString(SEEDS.resolve(e.getKey()), StandardCharsets.UTF_8);
            Matcher m = COMMENT.matcher(raw);
            if (m.find()) {
                String comments = raw.substring(m.start());
                for (Event event : e.getValue().events()) {
                    assertThat(comments).as("event from the comments of " + e.getKey()).doesNotContain(event.text());
                }
            }
        }
    }
}
