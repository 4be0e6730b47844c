package org.dateline.facts;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventVocabularyTest {

    private static final EventVocabulary SMALL = EventVocabulary.load(EventVocabularyTest.class,
            "small-vocabulary.tsv");

    @Test
    void twoWordPatternWinsOverOneWordWhenItsWordIsThere() {
        assertThat(SMALL.verb("call", "for"::equals)).get().extracting(EventPattern::event)
                .isEqualTo(EventType.REQUEST);
        assertThat(SMALL.verb("call", w -> false)).get().extracting(EventPattern::mode).isEqualTo("phone");
        assertThat(SMALL.verb("call for", w -> true)).isEmpty();
    }

    @Test
    void nounPatternTakesItsModifierFirstAndDashesAreNull() {
        assertThat(SMALL.noun("strike", "hunger"::equals)).get().extracting(EventPattern::cameo).isEqualTo("142");
        EventPattern plain = SMALL.noun("strike", w -> false).orElseThrow();
        assertThat(plain.mode()).isNull();
        assertThat(plain.cameo()).isNull();
        assertThat(SMALL.verb("strike", w -> true)).isEmpty();
    }

    @Test
    void aRowWithAnUnknownTypeFailsAtLoadNamingFileAndLine() {
        assertThatThrownBy(() -> EventVocabulary.load(EventVocabularyTest.class, "unknown-type-vocabulary.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("unknown-type-vocabulary.tsv:3: bad row (")
                .hasMessageContaining("MEET")
                .hasMessageEndingWith("): \"meet\tMEET\t-\t040\"");
    }

    @Test
    void theShippedVocabularyCoversEveryPloverType() {
        EventVocabulary v = EventVocabulary.get();
        for (String[] trigger : new String[][]{{"meet", "CONSULT"}, {"agree", "AGREE"}, {"praise", "SUPPORT"},
                {"concede", "CONCEDE"}, {"cooperate", "COOPERATE"}, {"donate", "AID"}, {"withdraw", "RETREAT"},
                {"demand", "REQUEST"}, {"accuse", "ACCUSE"}, {"reject", "REJECT"}, {"threaten", "THREATEN"},
                {"protest", "PROTEST"}, {"sanction", "SANCTION"}, {"mobilize", "MOBILIZE"}, {"arrest", "COERCE"},
                {"attack", "ASSAULT"}}) {
            assertThat(v.verb(trigger[0], w -> false)).as(trigger[0]).get().extracting(EventPattern::event)
                    .isEqualTo(EventType.valueOf(trigger[1]));
        }
    }
}
