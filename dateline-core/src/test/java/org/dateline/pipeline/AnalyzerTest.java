package org.dateline.pipeline;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Event;
import org.dateline.model.Quote;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Preset;
import org.dateline.nlp.StageProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalyzerTest {
    private static final String TEXT = String.join("\n\n",
            "Mayor Tomas Ferrand said on Friday that the harbour would reopen in May.",
            "\"We owe the fishermen a working port,\" Ferrand told the council.",
            "Councillor Ines Vaudrey said the budget could not carry the repairs.");

    private static Article article(String published, Dateline dateline) {
        return new Article("a1", "test.txt", "Harbour Post", "Harbour to reopen", published, published == null ? null : "sidecar",
                dateline, List.of(), "en", TEXT, null, null, List.of());
    }

    @Test
    void aRunawayTextIsAnalysedInPartWithAWarning() {
        int limit = TEXT.indexOf("Councillor") + 5;
        AnalyzedArticle a = new Analyzer(Annotator.forPreset(Preset.FACTS), limit).analyze(article("2023-03-10", null));
        assertThat(a.article().warnings()).anyMatch(w -> w.startsWith(Article.TRUNCATED + "facts looked for in the first"));
        assertThat(a.article().partial()).isTrue();
        assertThat(a.article().text()).isEqualTo(TEXT);
        assertThat(a.quotes()).isNotEmpty().allMatch(q -> q.end() <= TEXT.indexOf("Councillor"));
        assertThat(a.quotes()).noneMatch(q -> q.text().contains("budget"));
    }

    @Test
    void theWholeTextIsAnalysedBelowTheLimit() {
        AnalyzedArticle a = new Analyzer(Annotator.forPreset(Preset.FACTS)).analyze(article("2023-03-10", null));
        assertThat(a.article().warnings()).isEmpty();
        assertThat(a.quotes()).anyMatch(q -> q.text().contains("budget") && "Ines Vaudrey".equals(q.speaker().name()));
    }

    @Test
    void eventsBelowTheMinimumConfidenceAreNotKept() {
        Article talks = new Article("a3", "talks.txt", "Harbour Post", "Talks", "2023-03-10", "sidecar", null,
                List.of(), "en", "Chile and Peru held talks in Lima on Friday. Peru accused Chile of spying.", null,
                null, List.of());
        Analyzer all = new Analyzer(Annotator.forPreset(Preset.FACTS));
        List<Double> found = all.analyze(talks).events().stream().map(Event::confidence).sorted().toList();
        assertThat(found).hasSizeGreaterThan(1);
        double highest = found.get(found.size() - 1);
        assertThat(all.withMinEventConfidence(highest).analyze(talks).events()).isNotEmpty()
                .allMatch(e -> e.confidence() >= highest)
                .hasSize((int) found.stream().filter(c -> c >= highest).count());
        assertThat(all.withMinEventConfidence(0).analyze(talks).events()).hasSize(found.size());
        assertThatThrownBy(() -> all.withMinQuoteConfidence(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
    }

    @Test
    void quotesBelowTheMinimumConfidenceAreNotKeptButStillCodeEvents() {
        Analyzer all = new Analyzer(Annotator.forPreset(Preset.FACTS));
        AnalyzedArticle every = all.analyze(article("2023-03-10", null));
        List<Double> found = every.quotes().stream().map(Quote::confidence).sorted().toList();
        assertThat(found).isNotEmpty().doesNotContainNull();
        double highest = found.get(found.size() - 1);
        AnalyzedArticle strict = all.withMinQuoteConfidence(highest).analyze(article("2023-03-10", null));
        assertThat(strict.quotes()).isNotEmpty().allMatch(q -> q.confidence() >= highest)
                .hasSize((int) found.stream().filter(c -> c >= highest).count());
        assertThat(strict.events().stream().filter(e -> e.confidence() >= highest).map(Event::id))
                .containsExactlyElementsOf(every.events().stream().filter(e -> e.confidence() >= highest)
                        .map(Event::id).toList());
    }

    @Test
    void eachStageOfAnAnalysedArticleIsProfiledAndAnArticleNotAnalysedAddsNothing() {
        StageProfile profile = StageProfile.measuring();
        new Analyzer(Annotator.forPreset(Preset.FACTS)).analyze(article("2023-03-10", null), profile);
        List<StageProfile.Stage> once = profile.stages();
        assertThat(once).extracting(StageProfile.Stage::name).contains("corenlp tokenize", "corenlp ner",
                "corenlp depparse", "corenlp to dateline types").endsWith("times", "actors", "quotes", "events");
        assertThat(once).allMatch(s -> s.cpuNanos() >= 0 && s.allocatedBytes() >= 0);
        assertThat(once.stream().filter(s -> s.name().equals("corenlp ner")).findFirst().orElseThrow().cpuNanos())
                .isPositive();
        Article french = new Article("a2", "fr.txt", null, "Le port", null, null, null, List.of(), "fr",
                "Le maire a dit vendredi que le port rouvrira en mai.", null, null, List.of());
        new Analyzer(Annotator.forPreset(Preset.FACTS)).analyze(french, profile);
        assertThat(profile.stages()).isEqualTo(once);
    }

    @Test
    void anArticleInAnotherLanguageGetsNoFactsButAWarning() {
        Article french = new Article("a2", "fr.txt", null, "Le port", null, null, null, List.of(), "fr",
                "Le maire a dit vendredi que le port rouvrira en mai.", null, null, List.of());
        AnalyzedArticle a = new Analyzer(Annotator.forPreset(Preset.FACTS)).analyze(french);
        assertThat(a.quotes()).isEmpty();
        assertThat(a.times()).isEmpty();
        assertThat(a.article().warnings()).containsExactly("no facts looked for: the language is 'fr' and the models read English only");
    }

    @Test
    void referenceDateIsThePublicationDayElseAFullDatelineDateElseUnknown() {
        assertThat(article("2023-03-10T08:00:00+01:00", new Dateline("Sete", "2023-03-09")).referenceDay())
                .isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(article(null, new Dateline("Sete", "2023-03-09")).referenceDay()).isEqualTo(LocalDate.of(2023, 3, 9));
        assertThat(article(null, new Dateline("Sete", "XXXX-03-09")).referenceDay()).isNull();
        assertThat(article(null, null).referenceDay()).isNull();
    }
}
