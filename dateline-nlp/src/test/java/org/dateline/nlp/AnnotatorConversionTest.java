package org.dateline.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CoreNLP's annotation as Dateline's types, on odd texts: every offset inside the text, every index in range. */
class AnnotatorConversionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void anEmptyOrBlankTextHasNoSentencesNoMentionsAndNoTimes() {
        for (String text : List.of("", "   ", "\n\n\t\n")) {
            Annotation a = Annotator.forPreset(Preset.FACTS).annotate(text, DAY);
            assertThat(a.text()).isEqualTo(text);
            assertThat(a.sentences()).as("%s", text.length()).isEmpty();
            assertThat(a.mentions()).isEmpty();
            assertThat(a.timexes()).isEmpty();
        }
    }

    @Test
    void oddTextsGiveOffsetsIntoTheTextAndIndicesInRange() {
        String name = "Orla Fenwick of the Tarrow Ports Authority said on Monday that she would resign. ";
        List<String> texts = List.of(
                name,
                "\uD800 broken \uDC00 " + name + "\uD83D\uDE00 after 5 p.m. in Kraków, Żywiec and Zürich.",
                "“Quoted,” she said — «again» — in Москва on 4 March 2025.\n\nShe left.",
                name.repeat(40) + "Word ".repeat(300) + "on Friday.",
                "!!!!!!!! ???? ..... " + name);
        for (String text : texts) {
            Annotation a = Annotator.forPreset(Preset.FACTS).annotate(text, DAY);
            assertThat(a.sentences()).as(text).isNotEmpty();
            for (int si = 0; si < a.sentences().size(); si++) {
                Sentence s = a.sentences().get(si);
                assertThat(s.index()).isEqualTo(si);
                assertThat(s.start()).isBetween(0, s.end());
                assertThat(s.end()).isLessThanOrEqualTo(text.length());
                for (int ti = 0; ti < s.tokens().size(); ti++) {
                    Token t = s.tokens().get(ti);
                    assertThat(t.index()).isEqualTo(ti);
                    assertThat(t.start()).isBetween(s.start(), t.end());
                    assertThat(t.end()).isLessThanOrEqualTo(s.end());
                }
                for (Dependency d : s.dependencies()) {
                    assertThat(d.head()).isBetween(-1, s.tokens().size() - 1);
                    assertThat(d.dependent()).isBetween(0, s.tokens().size() - 1);
                }
            }
            for (Mention m : a.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.sentence()).isBetween(0, a.sentences().size() - 1);
                assertThat(m.firstToken()).isLessThan(m.lastToken());
                assertThat(m.lastToken()).isLessThanOrEqualTo(a.sentences().get(m.sentence()).tokens().size());
            }
            for (Timex t : a.timexes()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                assertThat(t.sentence()).isBetween(0, a.sentences().size() - 1);
            }
        }
        Annotation first = Annotator.forPreset(Preset.FACTS).annotate(texts.get(0), DAY);
        assertThat(first.mentions()).extracting(Mention::text).contains("Orla Fenwick");
        assertThat(first.timexes()).extracting(Timex::value).containsExactly("2026-03-02");
    }
}
