package org.dateline.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventVocabularyTest {

    @Test
    void twoWordPatternWinsOverOneWordWhenItsWordIsThere() {
        EventVocabulary v = EventVocabulary.parse(List.of("# comment", "call\tCONSULT\tphone\t041",
                "call for\tREQUEST\t-\t020"));
        assertThat(v.verb("call", "for"::equals)).get().extracting(EventPattern::event).isEqualTo("REQUEST");
        assertThat(v.verb("call", w -> false)).get().extracting(EventPattern::mode).isEqualTo("phone");
        assertThat(v.verb("call for", w -> true)).isEmpty();
    }

    @Test
    void nounPatternTakesItsModifierFirstAndDashesAreNull() {
        EventVocabulary v = EventVocabulary.parse(List.of("=hunger strike\tPROTEST\thunger\t142",
                "=strike\tPROTEST\t-\t-"));
        assertThat(v.noun("strike", "hunger"::equals)).get().extracting(EventPattern::cameo).isEqualTo("142");
        EventPattern plain = v.noun("strike", w -> false).orElseThrow();
        assertThat(plain.mode()).isNull();
        assertThat(plain.cameo()).isNull();
        assertThat(v.verb("strike", w -> true)).isEmpty();
    }

    @Test
    void aLineWithAnUnknownTypeIsRejectedQuotingIt() {
        assertThatThrownBy(() -> EventVocabulary.parse(List.of("meet\tMEET\t-\t040")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'meet\tMEET\t-\t040'");
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
                    .isEqualTo(trigger[1]);
        }
    }
}
