package org.dateline.eval;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractionScorerTest {
    private static final String EIGHT = "Envoys of Velmora met envoys of Ostrand today.";
    private static final String SIX = "The survey starts in early April.";

    @Test
    void tokensAreRunsOfLettersNumbersAndUnderscoreWithMarksAndSymbolsSeparating() {
        assertThat(ExtractionScorer.tokens("Kessin's 2nd_round: ⓒ 12,5%")).containsExactly("Kessin", "s", "2nd_round", "12", "5");
        // a combining acute accent (U+0301) splits the word it sits in; ⓒ is a symbol, not a letter
        assertThat(ExtractionScorer.tokens("Cafe\u0301 ⓒ")).containsExactly("Cafe");
        assertThat(ExtractionScorer.tokens("Мир и 平和")).containsExactly("Мир", "и", "平和");
        assertThat(ExtractionScorer.tokens(null)).isEmpty();
    }

    @Test
    void pageCountsFollowTheShingleMultisets() {
        // 8 tokens = 5 shingles; the first 4 tokens = 1 shingle, which the truth has
        assertThat(ExtractionScorer.page(EIGHT, "Envoys of Velmora met")).isEqualTo(new ExtractionScorer.PageScore(1, 0, 4, false));
        // 6 tokens = 3 shingles; a junk paragraph of 2 tokens adds 2 shingles that span it
        assertThat(ExtractionScorer.page(SIX, SIX + "\nShare this")).isEqualTo(new ExtractionScorer.PageScore(3, 2, 0, false));
        // a repeated body doubles every shingle but one spans the seam
        assertThat(ExtractionScorer.page(SIX, SIX + " " + SIX)).isEqualTo(new ExtractionScorer.PageScore(3, 6, 0, false));
        // short texts are one shingle of all their tokens
        assertThat(ExtractionScorer.page("Talks resume", "Talks, resume!")).isEqualTo(new ExtractionScorer.PageScore(1, 0, 0, true));
        assertThat(ExtractionScorer.page("", null)).isEqualTo(new ExtractionScorer.PageScore(0, 0, 0, true));
    }

    /**
     * Four pages built from known edits; by hand: precisions 1, 3/5, (empty: left out), 1 and recalls 1/5,
     * 1, 0, 1, so P = 2.6/3, R = 2.2/4, F1 = 2PR/(P+R), accuracy 1/4.
     */
    @Test
    void corpusScoreMacroAveragesAndLeavesEmptyPredictionsOutOfPrecision() {
        Map<String, String> truth = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        truth.put("half", EIGHT);
        predicted.put("half", "Envoys of Velmora met"); // second half dropped
        truth.put("junk", SIX);
        predicted.put("junk", SIX + "\nShare this"); // junk paragraph added
        truth.put("empty", "Ostrand answered on Friday.");
        // "empty" has no prediction at all
        truth.put("exact", "Talks resume");
        predicted.put("exact", "  Talks\n\nresume. ");
        ExtractionScorer.Score score = ExtractionScorer.score(truth, predicted);
        double p = (1 + 0.6 + 1) / 3;
        double r = (0.2 + 1 + 0 + 1) / 4;
        assertThat(score.pages()).isEqualTo(4);
        assertThat(score.precision()).isCloseTo(p, within(1e-12));
        assertThat(score.recall()).isCloseTo(r, within(1e-12));
        assertThat(score.f1()).isCloseTo(2 * p * r / (p + r), within(1e-12));
        assertThat(score.f1()).isCloseTo(0.6729, within(1e-4));
        assertThat(score.accuracy()).isEqualTo(0.25);
        assertThat(score.format()).isEqualTo("pages=4 precision=0.867 recall=0.550 F1=0.673 accuracy=0.250");
    }

    @Test
    void bothEmptyPagesCountInNeitherMean() {
        ExtractionScorer.Score score = ExtractionScorer.score(Map.of("a", SIX, "b", ""), Map.of("a", SIX, "b", ""));
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.accuracy()).isEqualTo(1.0);
    }
}
