package org.dateline.eval;

import org.dateline.nlp.Annotation;
import org.dateline.pipeline.Analyzer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's path on benchmark articles, with an annotator that finds nothing (the path, not the NLP, is tested). */
class AnalyzePathTest {
    private static final String LEDE = "The river authority of Velmora reopened the northern locks on Tuesday, officials said.";

    private final AnalyzePath path = new AnalyzePath(new Analyzer(
            (text, reference) -> new Annotation(text, List.of(), List.of(), List.of()), Analyzer.MAX_ANALYZED_CHARS), 2);

    @Test
    void everyArticleComesBackAlignedWithItsBenchmarkText() {
        String titled = "Locks reopen.\n\n  " + LEDE + "\n\nBarges followed.\n";
        AnalyzePath.Run run = path.run(List.of(
                new AnalyzePath.Input("one-paragraph", LEDE, LocalDate.of(2021, 4, 6), null, null),
                new AnalyzePath.Input("titled", titled, LocalDate.of(2021, 4, 6), "Velmora Post", "Locks reopen")));

        assertThat(run.skipped()).isZero();
        assertThat(run.unalignedLines()).isZero();
        assertThat(run.outputs().keySet()).containsExactly("one-paragraph", "titled");
        AnalyzePath.Output single = run.outputs().get("one-paragraph");
        assertThat(single.analyzed().article().text()).isEqualTo(LEDE);
        assertThat(single.analyzed().article().published()).isEqualTo("2021-04-06");
        AnalyzePath.Output other = run.outputs().get("titled");
        assertThat(other.analyzed().article().title()).isEqualTo("Locks reopen");
        assertThat(other.analyzed().article().outlet()).isEqualTo("Velmora Post");
        String text = other.analyzed().article().text();
        int start = text.indexOf("Barges");
        int[] span = other.alignment().original(start, text.length()).orElseThrow();
        assertThat(titled.substring(span[0], span[1])).isEqualTo("Barges followed.");
        assertThat(run.summary()).startsWith("analyze path: 2 articles, 0 skipped");
    }

    @Test
    void anInputWithoutTextIsReportedAsSkipped() {
        AnalyzePath.Run run = path.run(List.of(new AnalyzePath.Input("empty", "  \n", null, null, null),
                new AnalyzePath.Input("lede", LEDE, null, null, null)));
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.outputs().get("empty").analyzed()).isNull();
        assertThat(run.problems()).isNotEmpty();
        assertThat(run.outputs().get("lede").analyzed().article().text()).isEqualTo(LEDE);
    }
}
