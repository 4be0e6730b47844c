package org.dateline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuoteScorerTest {
    private static final String TEXT = "The plan will fail, Ann Lee said. Critics think it is late. \"We start now,\" he said.";

    /** A one-article corpus in PolNeAR's layout, with an extra annotator file that must be ignored. */
    private static Path corpus(Path dir) throws IOException {
        Path split = dir.resolve("dev");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(dir.resolve("metadata.tsv"), "compartment\tfilename\tlevel\tannotators\tpublisher\t"
                + "publication_date\tauthor\ttitle\nnews\tdoc-a\tNone\tb2\tx\t2016-10-01\ta\tt\n");
        Files.writeString(split.resolve("text/doc-a.txt"), TEXT);
        int said = TEXT.indexOf("said");
        int think = TEXT.indexOf("think");
        int we = TEXT.indexOf("We start");
        int he = TEXT.indexOf("he said");
        String ann = String.join("\n",
                "T1\tSource 20 27\tAnn Lee",
                "T2\tCue " + said + " " + (said + 4) + "\tsaid",
                "T3\tContent 0 18\tThe plan will fail",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
                "E2\tAttribution:T5 Cue:T5 Content:T6 Source:T4",
                "T4\tSource 34 41\tCritics",
                "T5\tCue " + think + " " + (think + 5) + "\tthink",
                "T6\tContent " + (think + 6) + " " + (TEXT.indexOf("late") + 4) + "\tit is late",
                "T7\tSource " + he + " " + (he + 2) + "\the",
                "T8\tCue " + (he + 3) + " " + (he + 7) + "\tsaid",
                "T9\tContent " + we + " " + (we + 13) + "\tWe start now,",
                "E3\tContent:T9 Cue:T8 Source:T7",
                "#1\tAnnotatorNotes T1\ta note",
                "T10\tDiscard 0 3\tThe") + "\n";
        Files.writeString(split.resolve("attributions/doc-a_b2.ann"), ann);
        Files.writeString(split.resolve("attributions/doc-a_a1.ann"), "T1\tContent 0 3\tThe\nE1\tContent:T1\n");
        return dir;
    }

    @Test
    void readsTheCanonicalAnnotation(@TempDir Path dir) throws IOException {
        List<PolnearDocument> docs = PolnearCorpus.load(corpus(dir), "dev");
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).gold()).hasSize(3);
        assertThat(docs.get(0).gold()).filteredOn(PolnearAttribution::speechCue).hasSize(2);
        assertThat(docs.get(0).published()).hasToString("2016-10-01");
    }

    @Test
    void scoresLikeTheReferenceScorer(@TempDir Path dir) throws IOException {
        List<PolnearDocument> docs = PolnearCorpus.load(corpus(dir), "dev");
        int we = TEXT.indexOf("We start");
        List<QuotePrediction> system = List.of(
                new QuotePrediction("doc-a", 0, 19, "Ann Lee"),          // exact after trimming, right speaker
                new QuotePrediction("doc-a", 4, 12, "Lee"),              // overlaps only the gold already taken
                new QuotePrediction("doc-a", we, we + 5, "Bob"),         // overlap; pronoun gold source: not judged
                new QuotePrediction("doc-a", 45, 50, "Critics"));        // hits the non-speech attribution
        QuoteEvalResult r = QuoteScorer.score("dev", docs, Map.of("doc-a", system));
        assertThat(r.system()).isEqualTo(4);
        assertThat(r.matched()).isEqualTo(3);
        assertThat(r.matchedSpeech()).isEqualTo(2);
        assertThat(r.overlapPrecision()).isCloseTo(0.75, within(1e-9));
        assertThat(r.overlapRecall()).isCloseTo(1.0, within(1e-9));
        assertThat(r.overlapRecallSpeech()).isCloseTo(1.0, within(1e-9));
        assertThat(r.exact()).isEqualTo(1);
        assertThat(r.speakers()).isEqualTo(2);
        assertThat(r.speakersOk()).isEqualTo(2);
        assertThat(r.speakersSpeech()).isEqualTo(1);
        assertThat(r.format()).contains("content overlap: P=0.750 R(all)=1.000");
    }

    @Test
    void missingSplitIsReportedWithItsPath(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolnearCorpus.load(dir, "nope"))
                .hasMessageContaining("nope");
    }
}
