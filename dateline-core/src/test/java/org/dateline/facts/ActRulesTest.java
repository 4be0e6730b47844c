package org.dateline.facts;

import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActRulesTest {
    private static final ActRules RULES = ActRules.get();
    private static final EventPattern BOYCOTT = new EventPattern("boycott", null, false, EventType.PROTEST, "boycott", "143");
    private static final EventPattern MEET = new EventPattern("meet", null, false, EventType.CONSULT, null, "040");
    private static final EventPattern MEDIATE = new EventPattern("mediate", null, false, EventType.CONSULT, "third-party",
            "045");

    @Test
    void theTableHasNoDuplicateKeyAndOnlyWellFormedCodes() {
        Set<String> keys = new HashSet<>();
        for (ActRules.Rule r : RULES.rules()) {
            assertThat(keys.add(r.stage() + "|" + r.type() + "|" + r.mode() + "|" + r.source())).as("key of %s", r)
                    .isTrue();
            assertThat(r.coded().cameo()).as("CAMEO code of %s", r).matches("\\d{3,4}");
        }
    }

    @Test
    void noRuleIsHiddenBehindAWildcardRuleBeforeIt() {
        List<ActRules.Rule> rules = RULES.rules();
        for (int i = 0; i < rules.size(); i++) {
            for (ActRules.Rule earlier : rules.subList(0, i)) {
                ActRules.Rule later = rules.get(i);
                boolean covers = earlier.stage() == later.stage()
                        && (earlier.type() == null || earlier.type() == later.type())
                        && (earlier.mode().equals(ActRules.ANY) || earlier.mode().equals(later.mode()))
                        && (earlier.source() == ActRules.Source.ANY || earlier.source() == later.source());
                assertThat(covers).as("%s hides %s", earlier, later).isFalse();
            }
        }
    }

    @Test
    void cooperativeTypesAreTheTypesWithAnIntentCode() {
        assertThat(RULES.cooperative(EventType.CONSULT)).isTrue();
        assertThat(RULES.cooperative(EventType.RETREAT)).isTrue();
        assertThat(RULES.cooperative(EventType.PROTEST)).isFalse();
        assertThat(RULES.cooperative(EventType.REJECT)).isFalse();
    }

    @Test
    void aPlainActKeepsItsPatternUnlessItsSourceRecastsIt() {
        assertThat(RULES.act(MEET, Polarity.PLAIN, false, kind -> false))
                .isEqualTo(new ActRules.Act(EventType.CONSULT, null, "040", true));
        EventPattern visit = new EventPattern("visit", null, false, EventType.CONSULT, "visit", "042");
        assertThat(RULES.act(visit, Polarity.PLAIN, false, kind -> kind == ActRules.Source.MILITARY))
                .isEqualTo(new ActRules.Act(EventType.MOBILIZE, "troops", "154", true));
        assertThat(RULES.act(visit, Polarity.PLAIN, false, kind -> true))
                .isEqualTo(new ActRules.Act(EventType.AID, null, "074", true));
    }

    @Test
    void negatedAnnouncedAndConditionalActsAreNotDone() {
        assertThat(RULES.act(MEET, Polarity.NEGATED, false, kind -> false))
                .isEqualTo(new ActRules.Act(EventType.REJECT, "meet", "125", false));
        assertThat(RULES.act(MEET, Polarity.INTENT, false, kind -> false))
                .isEqualTo(new ActRules.Act(EventType.AGREE, "intent", "036", false));
        assertThat(RULES.act(MEDIATE, Polarity.INTENT, false, kind -> false))
                .isEqualTo(new ActRules.Act(EventType.AGREE, "intent", "039", false));
        assertThat(RULES.act(MEET, Polarity.INTENT, true, kind -> false))
                .isEqualTo(new ActRules.Act(EventType.THREATEN, "intent", "130", false));
        assertThat(RULES.act(BOYCOTT, Polarity.INTENT, false, kind -> false))
                .isEqualTo(new ActRules.Act(EventType.THREATEN, "intent", "133", false));
    }

    @Test
    void anObligationIsARequest() {
        EventPattern p = RULES.obligation();
        assertThat(List.of(p.event(), p.cameo())).containsExactly(EventType.REQUEST, "100");
        assertThat(p.word()).isNull();
    }

    @Test
    void aLineWithAnUnknownStageIsRejectedQuotingIt() {
        String[] row = {"announced", "AGREE", "*", "*", "AGREE", "intent", "030"};
        assertThatThrownBy(() -> ActRules.rule(row)).hasMessageContaining("announced\tAGREE");
    }

    @Test
    void aLineWithATypePloverLacksIsRejectedQuotingIt() {
        String[] row = {"intent", "FIGHT", "*", "*", "THREATEN", "-", "138"};
        assertThatThrownBy(() -> ActRules.rule(row)).hasMessageContaining("PLOVER type")
                .hasMessageContaining("intent\tFIGHT");
    }
}
