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

    @Test
    void titleCasedWordsAndWordsAfterANamingVerbAreNames() {
        assertThat(names("Ortiz said on the radio show “Morning Harbour Live” that prices would fall."))
                .containsExactly(true);
        assertThat(names("Ana Ruiz of “Lake of Dreams” fame wrote about the trip.")).containsExactly(true);
        assertThat(names("Ana Ruiz, a host on BNT's “Lake of Dreams,” wrote about the trip.")).containsExactly(true);
        assertThat(names("He wrote a memoir titled “why the river moved” in 2010.")).containsExactly(true);
        assertThat(names("The storm, dubbed “the long wind” by locals, hit the coast.")).containsExactly(true);
    }

    @Test
    void aQuotationRightAfterOrBeforeAWordForAWorkIsItsName() {
        assertThat(names("She revealed in her memoir, “The Long Table,” that she had left the band.")).containsExactly(true);
        assertThat(names("When the agency planned the “walk it home” campaign, it ran surveys.")).containsExactly(true);
        assertThat(names("Her new song “leave the porch light on” came out in May.")).containsExactly(true);
        assertThat(names("In her book she wrote that “nobody listened to the river.” It sold well.")).as("not right by the word")
                .containsExactly(false);
        assertThat(names("“We will walk it home,” the campaign said.")).as("speech, then the word").containsExactly(false);
        assertThat(names("Ana Ruiz runs the campaign. ''We will win the vote,'' she said.")).as("a sentence between")
                .containsExactly(false);
    }

    @Test
    void aLongTitleCasedQuotationIsANameAfterAWordForAWorkOrAPreposition() {
        assertThat(names("In his book \"Small Boats: A Short History of the Harbour and Its Forgotten Builders,\" Ruiz shares the plan."))
                .as("title case of any length after a word for a work").containsExactly(true);
        assertThat(names("In “Holding the Line Against the Rising Northern Sea,” the institute’s memo urged new dikes."))
                .as("title case after a preposition, comma inside").containsExactly(true);
        assertThat(names("Her memo “Three Rules for the Port” went out on Friday.")).containsExactly(true);
        assertThat(names("In his book he wrote \"that the harbour would never again be as busy as it was in those years,\" Ruiz said."))
                .as("not right by the word, sentence case").containsExactly(false);
        assertThat(names("In his book, \"we rebuilt the harbour with our own hands and with the little money the town had left,\" he said."))
                .as("sentence case of more than eight words after the word").containsExactly(false);
        assertThat(names("“We Will Hold the Line Against the Sea!” the crowd chanted.")).as("its own end").containsExactly(false);
    }

    @Test
    void speechIsNoName() {
        assertThat(names("“Never,” she said. “Not Now,” he said. “Absolutely,” he said.")).containsExactly(false, false, false);
        assertThat(names("She called the plan “a costly mistake” on Monday.")).containsExactly(false);
        assertThat(names("“We Will Win” is not what she said; she said “we will try”.")).containsExactly(true, false);
        assertThat(names("The mayor said “the bridge will open in May” to reporters.")).containsExactly(false);
    }

    private static List<Boolean> names(String text) {
        return QuotedSpans.find(text).stream().map(s -> QuotedSpans.isName(text, s)).toList();
    }
}
