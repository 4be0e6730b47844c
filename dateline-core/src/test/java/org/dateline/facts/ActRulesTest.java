package org.dateline.facts;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActRulesTest {
    private static final ActRules RULES = ActRules.get();
    private static final EventPattern BOYCOTT = new EventPattern("boycott", null, false, "PROTEST", "boycott", "143");
    private static final EventPattern MEET = new EventPattern("meet", null, false, "CONSULT", null, "040");
    private static final EventPattern MEDIATE = new EventPattern("mediate", null, false, "CONSULT", "third-party",
            "045");

    @Test
    void theTableHasNoDuplicateKeyAndOnlyWellFormedCodes() {
        Set<String> keys = new HashSet<>();
        for (ActRules.Rule r : RULES.rules()) {
            assertThat(keys.add(r.stage() + "|" + r.type() + "|" + r.mode() + "|" + r.source())).as("key of %s", r)
                    .isTrue();
            assertThat(r.coded().cameo()).as("CAMEO code of %s", r).matches("\\d{3,4}");
            assertThat(EventVocabulary.TYPES).as("type coded by %s", r).contains(r.coded().event());
            assertThat(r.type().equals(ActRules.ANY) || EventVocabulary.TYPES.contains(r.type())).as("type of %s", r)
                    .isTrue();
        }
    }

    @Test
    void noRuleIsHiddenBehindAWildcardRuleBeforeIt() {
        List<ActRules.Rule> rules = RULES.rules();
        for (int i = 0; i < rules.size(); i++) {
            for (ActRules.Rule earlier : rules.subList(0, i)) {
                ActRules.Rule later = rules.get(i);
                boolean covers = earlier.stage() == later.stage()
                        && (earlier.type().equals(ActRules.ANY) || earlier.type().equals(later.type()))
                        && (earlier.mode().equals(ActRules.ANY) || earlier.mode().equals(later.mode()))
                        && (earlier.source() == ActRules.Source.ANY || earlier.source() == later.source());
                assertThat(covers).as("%s hides %s", earlier, later).isFalse();
            }
        }
    }

    @Test
    void cooperativeTypesAreTheTypesWithAnIntentCode() {
        assertThat(RULES.cooperative("CONSULT")).isTrue();
        assertThat(RULES.cooperative("RETREAT")).isTrue();
        assertThat(RULES.cooperative("PROTEST")).isFalse();
        assertThat(RULES.cooperative("REJECT")).isFalse();
    }

    @Test
    void aPlainActKeepsItsPatternUnlessItsSourceRecastsIt() {
        assertThat(RULES.act(MEET, Polarity.PLAIN, false, kind -> false))
                .isEqualTo(new ActRules.Act("CONSULT", null, "040", true));
        EventPattern visit = new EventPattern("visit", null, false, "CONSULT", "visit", "042");
        assertThat(RULES.act(visit, Polarity.PLAIN, false, kind -> kind == ActRules.Source.MILITARY))
                .isEqualTo(new ActRules.Act("MOBILIZE", "troops", "154", true));
        assertThat(RULES.act(visit, Polarity.PLAIN, false, kind -> true))
                .isEqualTo(new ActRules.Act("AID", null, "074", true));
    }

    @Test
    void negatedAnnouncedAndConditionalActsAreNotDone() {
        assertThat(RULES.act(MEET, Polarity.NEGATED, false, kind -> false))
                .isEqualTo(new ActRules.Act("REJECT", "meet", "125", false));
        assertThat(RULES.act(MEET, Polarity.INTENT, false, kind -> false))
                .isEqualTo(new ActRules.Act("AGREE", "intent", "036", false));
        assertThat(RULES.act(MEDIATE, Polarity.INTENT, false, kind -> false))
                .isEqualTo(new ActRules.Act("AGREE", "intent", "039", false));
        assertThat(RULES.act(MEET, Polarity.INTENT, true, kind -> false))
                .isEqualTo(new ActRules.Act("THREATEN", "intent", "130", false));
        assertThat(RULES.act(BOYCOTT, Polarity.INTENT, false, kind -> false))
                .isEqualTo(new ActRules.Act("THREATEN", "intent", "133", false));
    }

    @Test
    void anObligationIsARequest() {
        EventPattern p = RULES.obligation();
        assertThat(List.of(p.event(), p.cameo())).containsExactly("REQUEST", "100");
        assertThat(p.word()).isNull();
    }

    @Test
    void aLineWithAnUnknownStageIsRejectedQuotingIt() {
        List<String[]> rows = List.<String[]>of(new String[]{"announced", "AGREE", "*", "*", "AGREE", "intent", "030"});
        assertThatThrownBy(() -> ActRules.parse(rows)).hasMessageContaining("announced\tAGREE");
    }
}
