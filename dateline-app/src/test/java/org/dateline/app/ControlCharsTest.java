package org.dateline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Terminal escape sequences in article text, titles and file names never reach the terminal raw. */
class ControlCharsTest {
    private static final String CLEAR_SCREEN = "\u001b[2J";
    private static final String WINDOW_TITLE = "\u001b]0;owned\u0007";

    @TempDir
    Path work;

    @Test
    void controlCharactersAreEscapedButNewlinesAndTabsKept() {
        assertThat(ControlChars.escape("a\u001b[31mred\tb\nc\u009bd\u007f"))
                .isEqualTo("a\\u001b[31mred\tb\nc\\u009bd\\u007f");
    }

    @Test
    void extractPrintsTitlesAndFileNamesWithTheirEscapesMadeVisible() throws Exception {
        Path page = work.resolve("evil" + "\u001b[2J" + ".txt");
        Files.writeString(page, "Harbour talks resume" + WINDOW_TITLE + "\n\nThe port authority of Mirren said on Monday"
                + " that talks with the dock workers " + CLEAR_SCREEN + "would resume next week.\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", work.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("\\u001b[2J");
    }

    @Test
    void jsonOutputStaysValidJsonWithTheSameText() throws Exception {
        Files.writeString(work.resolve("a.txt"), "Grain deal signed\n\nOfficials in Orsk signed the deal"
                + "\u0085 on Friday, the ministry said.\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", "--json", work.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String text = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow())
                .get("text").asText();
        assertThat(text).contains("\u0085");
        assertThat(run.out()).doesNotContain("\u0085");
    }
}
