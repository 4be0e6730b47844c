package org.dateline.app;

import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.store.lucene.LuceneStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code dateline search} tells a person who typed something it cannot use: one line naming the input and
 * saying what to do, exit code 2, no stack trace; and queries that start with a - are searched, not refused.
 */
class SearchCommandMessagesTest {
    @TempDir
    Path store;

    @BeforeEach
    void fill() throws IOException {
        try (LuceneStore s = LuceneStore.open(store)) {
            s.put(article("talks", "Delegates from Velmora and Ostrany held talks in Sarn."));
            s.put(article("ceasefire", "The ceasefire talks in Sarn ended without a deal."));
        }
    }

    private static AnalyzedArticle article(String id, String text) {
        return new AnalyzedArticle(new Article(id, id + ".html", "Velmora Herald", id, "2021-03-03", "metadata", null,
                List.of(), "en", text, null, null, List.of()), List.of(), List.of(), List.of(), List.of());
    }

    private CliRun search(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "search";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = store.toString();
        return CliRun.of(all);
    }

    private static void assertUsageError(CliRun r, String message) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly("dateline: " + message);
    }

    @Test
    void anOpenSearchAddressWithoutIndexPrefixSaysHowToWriteIt() {
        assertUsageError(CliRun.of("search", "talks", "--store", "opensearch://127.0.0.1:9200"),
                "--store: the store address \"opensearch://127.0.0.1:9200\" has no index prefix:"
                        + " opensearch://HOST:PORT/PREFIX");
    }

    @Test
    void aQueryThatEndsAfterAndSaysToAddATermOrQuoteThePhrase() {
        assertUsageError(search("talks AND"), "cannot read the query \"talks AND\": it ends after AND; add a term"
                + " after it, or quote the words to search them as a phrase");
    }

    @Test
    void aTenThousandCharacterQueryIsQuotedCutToEightyCharactersInOneLine() {
        String query = "talks ".repeat(1666) + "Sarn";
        assertThat(query).hasSizeGreaterThan(9_999);
        assertUsageError(search(query), "cannot read the query \"" + "talks ".repeat(12) + "talks...\": it has more"
                + " terms than one search can take (1024); search fewer words");
    }

    @Test
    void aDateThatDoesNotExistNamesTheOptionAndTheFormat() {
        assertUsageError(search("--from", "2020-13-45"), "--from \"2020-13-45\" is not a date; use YYYY-MM-DD");
        assertUsageError(search("--to", "yesterday"), "--to \"yesterday\" is not a date; use YYYY-MM-DD");
    }

    @Test
    void aFromAfterToNamesBothDaysAndWhichGoesWhere() {
        assertUsageError(search("--from", "2021-05-01", "--to", "2021-04-01"),
                "--from \"2021-05-01\" is after --to \"2021-04-01\"; give the earlier day with --from");
    }

    @Test
    void aLimitBelowOneAndAConfidenceAboveOneNameTheOptionAndTheRange() {
        assertUsageError(search("--limit", "0"), "--limit \"0\" is not a number of hits; use a whole number from 1");
        assertUsageError(search("--min-confidence", "1.5"),
                "--min-confidence \"1.5\" is not a confidence; use a number from 0 to 1");
    }

    @Test
    void aStoreThatIsAFileIsCalledAFileNotAMissingFolder() throws IOException {
        Path file = Files.writeString(store.resolveSibling(store.getFileName() + ".txt"), "not an index");
        try {
            CliRun r = CliRun.of("search", "talks", "--store", file.toString());
            assertUsageError(r, "--store \"" + file + "\" is a file, not an index folder; give the folder analyze"
                    + " wrote with --store");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aWordWithAMinusBeforeItIsLeftOutNotTakenForAnOption() {
        CliRun r = search("talks", "-ceasefire", "--articles", "--limit", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("1 article").contains("[article talks]").doesNotContain("[article ceasefire]");

        CliRun alone = search("-ceasefire");
        assertThat(alone.exit()).as(alone.err()).isZero();
        assertThat(alone.out()).startsWith("1 hit").contains("[article talks]");

        CliRun afterDashes = CliRun.of("search", "--articles", "--store", store.toString(), "--", "-ceasefire");
        assertThat(afterDashes.exit()).as(afterDashes.err()).isZero();
        assertThat(afterDashes.out()).startsWith("1 article").contains("[article talks]");
    }

    @Test
    void aWordStartingWithHIsSearchedNotReadAsHelp() {
        CliRun r = search("-held");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("1 hit").contains("[article ceasefire]");
    }

    @Test
    void shortHelpStillPrintsTheUsage() {
        CliRun r = CliRun.of("search", "-h");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: dateline search");
    }

    @Test
    void otherUsageErrorsAreOneLineSayingWhereHelpIs() {
        assertUsageError(search("--quotes", "--events"),
                "--quotes, --events are mutually exclusive (specify only one); see dateline help search");
        assertUsageError(CliRun.of("search", "talks", "--from"),
                "Missing required parameter for option '--from' (YYYY-MM-DD); see dateline help search");
    }

    @Test
    void anUnknownDoubleDashOptionIsNamedAsNoOptionOfSearch() {
        assertUsageError(search("talks", "--frm", "2020-01-01"), "search has no option \"--frm\"; see dateline help"
                + " search (a word to leave out takes one -: -word)");
    }

    @Test
    void aSearchWithoutHitsRanAndExitsZero() {
        CliRun r = search("harvest");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("0 hits");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpSaysHowToLeaveOutAWord() {
        CliRun r = CliRun.of("search", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("To leave out hits with a word, put a - before it:"
                + " dateline search talks -ceasefire (or after --: dateline search -- -ceasefire)");
    }
}
