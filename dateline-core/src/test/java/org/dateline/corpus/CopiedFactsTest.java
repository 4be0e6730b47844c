package org.dateline.corpus;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.Speaker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A near-duplicate never takes facts away from a complete article, and a page cut short is never an original. */
class CopiedFactsTest {
    /** An invented wire report, long enough for near-duplicate detection. */
    private static final String REPORT = "The harbour authority of Mirren said on Tuesday that the northern quay will"
            + " stay closed until the dredging of the channel is finished, a delay that shipping firms say costs them"
            + " several days for every vessel. Inspectors found that silt had built up faster than expected after the"
            + " spring floods, and the authority asked the river commission for two more dredgers. Captain Ilse Brandt,"
            + " who speaks for the pilots, said the channel was safe for small boats but not for tankers. The commission"
            + " will meet on Friday to decide whether the dredgers can be moved from the southern estuary before summer.";

    private static Article article(String id, String outlet, String published, String text, List<String> warnings) {
        return new Article(id, id + ".txt", outlet, "Mirren quay stays shut", published, "metadata", null, List.of(),
                "en", text, null, null, warnings);
    }

    private static Quote quote(String id, String article, String text) {
        return new Quote(id, article, new Speaker(null, "Ilse Brandt", "Brandt"), QuoteKind.INDIRECT, "said", text,
                0, 10, "2024-04-02", null);
    }

    private static Map<String, AnalyzedArticle> link(AnalyzedArticle... articles) {
        Corpus corpus = new Corpus();
        for (AnalyzedArticle a : articles) {
            corpus.add(a);
        }
        return corpus.link().articles().stream().collect(Collectors.toMap(a -> a.article().id(), Function.identity()));
    }

    @Test
    void aCopyKeepsTheQuotesItsOriginalLacksAndDropsTheOnesItHas() {
        AnalyzedArticle original = new AnalyzedArticle(article("orig", "Mirren Courier", "2024-04-02", REPORT, List.of()),
                List.of(), List.of(quote("q-safe", "orig", "the channel was safe for small boats but not for tankers")),
                List.of());
        AnalyzedArticle copy = new AnalyzedArticle(article("copy", "Valley Wire", "2024-04-03",
                REPORT + " Brandt added that pilots would guide every tanker through by hand.", List.of()),
                List.of(), List.of(quote("q-safe-2", "copy", "the channel was safe for small boats but not for tankers"),
                quote("q-guide", "copy", "pilots would guide every tanker through by hand")), List.of());

        Map<String, AnalyzedArticle> linked = link(original, copy);

        assertThat(linked.get("copy").article().duplicateOf()).isEqualTo("orig");
        assertThat(linked.get("orig").quotes()).extracting(Quote::id).containsExactly("q-safe");
        assertThat(linked.get("orig").quotes().get(0).outlets()).containsExactly("Mirren Courier", "Valley Wire");
        assertThat(linked.get("copy").quotes()).extracting(Quote::id).containsExactly("q-guide");
        assertThat(linked.get("copy").quotes().get(0).outlets()).as("only the copy carried it").containsExactly("Valley Wire");
        assertThat(linked.get("copy").quotes().get(0).fact()).isEqualTo("q-guide");
    }

    @Test
    void aPageReadInPartIsNeverTheOriginalOfACompleteOne() {
        AnalyzedArticle cut = new AnalyzedArticle(article("cut", "Mirren Courier", "2024-04-01", REPORT,
                List.of(Article.TRUNCATED + "read the first 5 MiB of 12.0 MiB")), List.of(), List.of(), List.of());
        AnalyzedArticle whole = new AnalyzedArticle(article("whole", "Valley Wire", "2024-04-03", REPORT, List.of()),
                List.of(), List.of(quote("q-whole", "whole", "the channel was safe for small boats but not for tankers")),
                List.of());

        Map<String, AnalyzedArticle> linked = link(cut, whole);

        assertThat(linked.get("whole").article().duplicateOf()).isNull();
        assertThat(linked.get("cut").article().duplicateOf()).isEqualTo("whole");
        assertThat(linked.get("whole").quotes()).extracting(Quote::id).containsExactly("q-whole");
    }
}
