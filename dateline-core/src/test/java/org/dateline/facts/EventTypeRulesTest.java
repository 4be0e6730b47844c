package org.dateline.facts;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.facts.EventSensesTest.events;
import static org.dateline.facts.EventSensesTest.types;

/**
 * Invented sentences for the type an act is coded with and for words that name no act at all: promises coded by
 * what they promise, other senses of "end", "decline", "recognize", "strike" and "call", opposition to an act
 * done, proposals, and trigger nouns that are faced, judged or dropped. Each asserts what is coded and what is not
 * (with the helpers of {@link EventSensesTest}).
 */
class EventTypeRulesTest {

    @Test
    void aVowIsCodedByWhatItPromises() {
        assertThat(types("Velmora vowed to shoot down any Dravian missile that crosses its border."))
                .contains(EventType.THREATEN).doesNotContain(EventType.AGREE, EventType.ASSAULT);
        assertThat(types("The Velmoran president vowed an ironclad response to the Dravian missile test."))
                .contains(EventType.THREATEN).doesNotContain(EventType.AGREE);
        assertThat(types("The Dravian leader vowed that his final goal is parity of force with Velmora."))
                .doesNotContain(EventType.AGREE);
        assertThat(types("The Velmoran foreign minister vowed to punish the Dravian leader for the attack."))
                .contains(EventType.THREATEN).doesNotContain(EventType.AGREE);
        Event aid = events("Velmora pledged to send food aid to Dravia.").get(0);
        assertThat(aid.event()).isEqualTo(EventType.AGREE);
        assertThat(aid.mode()).isEqualTo("intent");
        assertThat(types("The rebel group pledged allegiance to the Kestrian Liberation Front."))
                .contains(EventType.SUPPORT).doesNotContain(EventType.AGREE);
    }

    @Test
    void endingOrCuttingSomethingOtherThanTiesIsNoSanction() {
        assertThat(types("Velmora suspended military aid to Dravia on Monday.")).contains(EventType.SANCTION);
        assertThat(types("Velmora ended its trade agreement with Dravia.")).contains(EventType.SANCTION);
        assertThat(types("The actress Mira Lenz ended up in Tarsk after eight hours of flying.")).isEmpty();
        assertThat(types("The Velmoran government wants to reduce the violence in the capital."))
                .doesNotContain(EventType.SANCTION);
        assertThat(types("Velmora threatened to reduce Dravia to ashes.")).doesNotContain(EventType.SANCTION);
        assertThat(types("The singer Ana Lobo ended their four-year relationship in May.")).isEmpty();
    }

    @Test
    void aDeclineOfHealthOrPricesIsNoRejection() {
        assertThat(types("The health of the Kestrian king continued to decline over the winter.")).isEmpty();
        assertThat(types("The Tarsk stock index declined 0.3% on Monday.")).isEmpty();
        assertThat(types("The Dravian president declined to sign the treaty with Velmora."))
                .contains(EventType.REJECT);
    }

    @Test
    void recognizingAFactIsNoRecognition() {
        assertThat(types("The Velmoran government recognized that its soldiers had also committed crimes."))
                .doesNotContain(EventType.SUPPORT);
        assertThat(types("Velmora recognized the government of Dravia on Monday.")).contains(EventType.SUPPORT);
    }

    @Test
    void opposingAnActDoneIsDisapproval() {
        assertThat(types("Kestria opposes the Dravian missile launches near its coast."))
                .contains(EventType.ACCUSE).doesNotContain(EventType.REJECT);
        assertThat(types("The Dravian government has firmly opposed the peace plan of Velmora.")).contains(EventType.REJECT);
    }

    @Test
    void strikingANoteOrAnImpressionIsNoAttack() {
        assertThat(types("The Velmoran president struck a conciliatory note in his speech on Tuesday."))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("The remarks of the Dravian envoy struck the senator Ana Lobo as political."))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Dravian jets struck rebel positions near Tarsk on Tuesday.")).contains(EventType.ASSAULT);
    }

    @Test
    void aCallThatAsksNothingIsNoRequest() {
        assertThat(types("Velmoran officials immediately made the necessary calls.")).doesNotContain(EventType.REQUEST);
        assertThat(types("The coach Piet Marek took the judgement call that his players needed a rest."))
                .doesNotContain(EventType.REQUEST);
        assertThat(types("Dravia repeated its call for peace talks with Velmora.")).contains(EventType.REQUEST);
        assertThat(types("Kestria and Dravia renewed their calls to halt the deployment of Velmoran troops."))
                .contains(EventType.REQUEST);
    }

    @Test
    void aCivilAlertIsNoMobilization() {
        assertThat(types("The Velmoran government sent a text alert to residents of Tarsk."))
                .doesNotContain(EventType.MOBILIZE);
        assertThat(types("Dravian troops remained on alert along the border.")).contains(EventType.MOBILIZE);
    }

    @Test
    void anImposedWillIsNoCoercionAndTariffsAreSanctions() {
        assertThat(types("Velmora imposed tariffs on Dravian steel on Monday.")).contains(EventType.SANCTION)
                .doesNotContain(EventType.COERCE);
        assertThat(types("Velmora tried to impose its will on Dravia.")).doesNotContain(EventType.COERCE);
        assertThat(types("The Velmoran army imposed a curfew in Tarsk.")).contains(EventType.COERCE);
    }

    @Test
    void aProposedMeetingIsAnIntent() {
        Event e = events("Velmora proposed high-level talks with Dravia on Monday.").get(0);
        assertThat(e.event()).isEqualTo(EventType.AGREE);
        assertThat(e.mode()).isEqualTo("intent");
    }

    @Test
    void aFacedJudgedOrDroppedActIsNoEvent() {
        assertThat(types("Prosecutors in Kestria dropped their investigation into the governor Ana Lobo."))
                .doesNotContain(EventType.ACCUSE);
        assertThat(types("The company Norvik faces several investigations by regulators in Velmora."))
                .noneMatch(t -> t == EventType.ACCUSE);
        assertThat(types("Dravia poses a grave threat to Velmora and Kestria.")).doesNotContain(EventType.THREATEN);
        assertThat(types("The growing nuclear threat of Dravia worries Velmora.")).doesNotContain(EventType.THREATEN);
        assertThat(types("Dravia repeated its threat to close the border with Velmora.")).contains(EventType.THREATEN);
        assertThat(types("The pitcher Tom Brandt missed the team meeting in Tarsk.")).isEmpty();
        assertThat(types("Prosecutors in Kestria opened an investigation into the governor Ana Lobo."))
                .contains(EventType.ACCUSE);
    }

    @Test
    void aFireCaughtOrASiteVisitedIsNoEvent() {
        assertThat(types("A tram caught fire in Tarsk after a collision with a lorry.")).doesNotContain(EventType.ASSAULT);
        assertThat(types("Mayor Ana Lobo visited the site of the derailment in Tarsk.")).doesNotContain(EventType.CONSULT);
        assertThat(types("Velmoran President Ilsa Varnek visited Dravia on Monday.")).contains(EventType.CONSULT);
        assertThat(types("Dravian soldiers fired into the crowd in Tarsk.")).contains(EventType.ASSAULT);
    }

    @Test
    void talkAboutSomethingIsNoConsultation() {
        assertThat(types("Many people in Tarsk are talking about the new slogan of the Velmoran tourism board."))
                .doesNotContain(EventType.CONSULT);
        assertThat(types("The Velmoran foreign minister talked with his Dravian counterpart about the border."))
                .contains(EventType.CONSULT);
        assertThat(types("The two presidents also talked about the new railway from Tarsk to Velmora."))
                .contains(EventType.CONSULT);
    }

    private static final String SPORTS = "The Harbor City Gulls lost 3-1 to the Lakeside Owls on Sunday, their"
            + " fourth straight defeat of the season. Coach Dana Price stepped down after the game, and the striker"
            + " Ola Mensah turned down an offer from a club in the league. The goalkeeper scored no goal and the"
            + " fans left the stadium before the final whistle.";

    @Test
    void aCoachLeavingAClubIsNoPoliticalAct() {
        assertThat(ArticleTopic.of(FactsFixture.of(SPORTS).annotation()).political()).isFalse();
        assertThat(types(SPORTS)).doesNotContain(EventType.RETREAT, EventType.REJECT);
    }
}
