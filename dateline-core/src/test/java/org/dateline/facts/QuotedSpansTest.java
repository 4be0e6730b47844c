package org.dateline.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedSpansTest {
    private static List<String> quotes(String text) {
        return QuotedSpans.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void curlyStraightGuillemetAndTypewriterMarks() {
        assertThat(quotes("She said: “We stay.” He said: \"We go.\" They said: «We wait.» It said: ''We watch.''"))
                .containsExactly("We stay.", "We go.", "We wait.", "We watch.");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        assertThat(quotes("The mayor’s aides don't agree; the ministers' meeting isn't over. ‘Never again,’ she said."))
                .containsExactly("Never again,");
    }

    @Test
    void nestedCurlyQuoteStaysInside() {
        assertThat(quotes("“We call it the “Lake plan” for now,” he said."))
                .containsExactly("We call it the “Lake plan” for now,");
    }

    @Test
    void paragraphReopeningAQuoteContinuesIt() {
        String text = "“The first part ends here.\n\n“The second part ends here,” she said.\n\nNo quote here.";
        assertThat(quotes(text)).containsExactly("The first part ends here.\n\n“The second part ends here,");
    }

    @Test
    void unclosedQuoteWithoutReopeningIsDropped() {
        assertThat(quotes("He wrote “the end.\n\nThen nothing.")).isEmpty();
    }
}
