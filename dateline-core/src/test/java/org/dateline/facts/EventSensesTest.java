package org.dateline.facts;

import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invented sentences for what ordinary news holds besides political events: hypotheticals, other senses of
 * trigger words, articles about sports or products, and parties that are no actors. Each asserts what is coded
 * and what is not.
 */
class EventSensesTest {

    /** The events of {@code text}, each checked to point at its evidence. */
    static List<Event> events(String text) {
        FactsFixture f = FactsFixture.of(text);
        List<Event> events = new EventExtractor().extract(f.article(), f.annotation(), f.actors(), f.quotes(),
                new TimeExtractor().extract(f.article().id(), f.annotation(), LocalDate.of(2021, 3, 15)));
        for (Event e : events) {
            assertThat(f.article().text().substring(e.start(), e.end())).isEqualTo(e.text());
        }
        return events;
    }

    /** The types of the events of {@code text}. */
    static List<EventType> types(String text) {
        return events(text).stream().map(Event::event).toList();
    }

    @Test
    void hypotheticalsAreNoEvents() {
        assertThat(types("Had Velmora shot down the drone, the crisis would have ended.")).doesNotContain(EventType.ASSAULT);
        assertThat(types("Ostrava is unlikely to agree to cut its grain exports at the meeting next month."))
                .doesNotContain(EventType.AGREE, EventType.REJECT, EventType.SANCTION);
        assertThat(types("The new harbour would help the farmers of Kestria.")).isEmpty();
        assertThat(types("If Dravia attacks the border posts, Velmora will close its embassy."))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("The director probably dismissed the complaint of Ana Ruiz.")).as("a guess").isEmpty();
        assertThat(types("The director dismissed the complaint of Ana Ruiz.")).contains(EventType.REJECT);
    }

    @Test
    void anAnnouncedActStaysAnIntent() {
        Event e = events("Foreign Minister Ilsa Varnek said Velmora would meet the rebel leaders next week.").get(0);
        assertThat(e.event()).isEqualTo(EventType.AGREE);
        assertThat(e.mode()).isEqualTo("intent");
        assertThat(types("Velmora could close its border with Dravia within days, the interior minister warned."))
                .contains(EventType.THREATEN);
    }

    @Test
    void aReleaseIsOfPersons() {
        assertThat(types("The rebel group released twelve hostages in Tarsk on Friday.")).contains(EventType.RETREAT);
        assertThat(types("The rebel group released a video of the captured soldiers on Friday."))
                .doesNotContain(EventType.RETREAT);
        assertThat(types("Prosecutors in Kestria released the footage of the raid on Monday."))
                .doesNotContain(EventType.RETREAT);
    }

    @Test
    void picturesAndFameAreNoVictims() {
        assertThat(types("Gunmen shot two police officers in Karvia on Sunday.")).contains(EventType.ASSAULT);
        assertThat(types("The photographer Leon Brandt shot the scene from a rooftop in Karvia."))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Actress Mira Lenz shot to fame in a police drama.")).doesNotContain(EventType.ASSAULT);
        assertThat(types("The bright flash was captured on video by a camera in Tarsk."))
                .doesNotContain(EventType.ASSAULT);
    }

    @Test
    void anAccidentIsNoAttack() {
        assertThat(types("Two Velmoran soldiers were killed in a helicopter crash near Tarsk."))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Two Velmoran soldiers were killed by rebels near Tarsk.")).contains(EventType.ASSAULT);
    }

    @Test
    void aRecallIsOfAnEnvoy() {
        assertThat(types("Velmora recalled its ambassador from Dravia.")).contains(EventType.SANCTION);
        assertThat(types("The driver Karel Dvorin recalled the tram speeding up in Tarsk."))
                .doesNotContain(EventType.SANCTION);
    }

    @Test
    void declininingToCommentIsNoRejection() {
        assertThat(types("The Kestrian ministry declined to comment on the talks.")).doesNotContain(EventType.REJECT);
        assertThat(types("Police in Tarsk denied rumors of a second attack.")).doesNotContain(EventType.REJECT);
        assertThat(types("The Kestrian ministry declined to address whether the envoy of Dravia had left."))
                .doesNotContain(EventType.REJECT);
        assertThat(types("Velmora refused to sign the trade agreement with Dravia.")).contains(EventType.REJECT);
    }

    @Test
    void aMissileFiredAtNothingIsAShowOfForce() {
        Event test = events("Dravia fired a ballistic missile over the strait on Friday.").get(0);
        assertThat(test.event()).isEqualTo(EventType.MOBILIZE);
        assertThat(test.mode()).isEqualTo("weapons");
        assertThat(types("Dravian troops fired missiles at the airport of Tarsk.")).contains(EventType.ASSAULT);
    }

    @Test
    void aWitnessIsNotTheAttacker() {
        assertThat(events("Tomas Ferreira, who witnessed the attack, spoke to reporters in Lisbon."))
                .noneMatch(e -> e.event() == EventType.ASSAULT && "Tomas Ferreira".equals(e.source().name()));
    }

    @Test
    void ideasAmountsAndMediaAreNoParties() {
        assertThat(events("The idea was firmly rejected by Velmora.")).allMatch(e -> e.target() == null);
        assertThat(events("The court ordered Karel Dvorin to pay 2 million pounds."))
                .noneMatch(e -> e.target() != null && e.target().name().contains("pounds"));
    }

    @Test
    void aTownOrAModifierIsNoRecipient() {
        assertThat(events("Police arrested the driver of the Tarsk tram on Monday."))
                .noneMatch(e -> e.target() != null && e.target().name().equals("Tarsk"));
    }

    @Test
    void aReturnIsOfSomethingReturned() {
        assertThat(types("The rebels returned the bodies of four soldiers to Velmora on Monday."))
                .contains(EventType.RETREAT);
        assertThat(types("President Ilsa Varnek returned to Tarsk from Kestria on Monday."))
                .doesNotContain(EventType.RETREAT);
        assertThat(types("The Kestrian government said the freed fighters would not return to the front line."))
                .doesNotContain(EventType.REJECT, EventType.RETREAT);
    }

    @Test
    void anImperativeIsNoReport() {
        assertThat(types("Visit the Velmora horse fair in Tarsk next month.")).isEmpty();
        assertThat(types("Velmoran President Ilsa Varnek visited Dravia on Monday.")).contains(EventType.CONSULT);
    }

    @Test
    void theGenericYouActsInNoEvent() {
        assertThat(types("With the new pad you can charge a phone and a watch at the same time.")).isEmpty();
        assertThat(types("In 2021 you can contribute up to 6,000 dollars to the Kestrian pension fund.")).isEmpty();
        assertThat(types("Prosecutors in Tarsk charged three men with murder on Tuesday."))
                .contains(EventType.ACCUSE);
    }

    @Test
    void aPermissionNeedsSomeoneWhoGivesIt() {
        assertThat(types("The agreement allows Dravia to build ports on the coast.")).isEmpty();
        assertThat(types("Their distance from the border provides some protection to the villagers.")).isEmpty();
        assertThat(types("Velmora allowed aid trucks into the border town on Sunday.")).contains(EventType.CONCEDE);
    }

    @Test
    void insistingDemandsOnlyAnAct() {
        assertThat(types("The opposition leader insisted that the president resign.")).contains(EventType.REQUEST);
        assertThat(types("The singer Mira Lenz insisted there had been no fight.")).doesNotContain(EventType.REQUEST);
    }

    @Test
    void pleasAndAppealsInCourtAreNoRequests() {
        assertThat(types("Two prison guards pleaded not guilty in a Tarsk court on Tuesday."))
                .doesNotContain(EventType.REQUEST);
        assertThat(types("The verdict against the two guards can be appealed.")).doesNotContain(EventType.REQUEST);
        assertThat(types("The Velmoran president appealed to Dravia for calm.")).contains(EventType.REQUEST);
    }

    @Test
    void withholdingInformationIsNoRejection() {
        assertThat(types("The office of Senator Ana Lobo did not provide further details.")).isEmpty();
        assertThat(types("The police had not yet provided evidence of a motive.")).isEmpty();
        assertThat(types("The government of Velmora provided food and medicine to the flood victims."))
                .contains(EventType.AID);
    }

    @Test
    void denyingAllegationsIsNoRejection() {
        assertThat(types("The governor of Kestria denied the allegations.")).doesNotContain(EventType.REJECT);
        assertThat(types("Dravia denied Velmora's request for a meeting.")).contains(EventType.REJECT);
    }

    @Test
    void anInterviewIsNoConsultation() {
        assertThat(types("Radio host Ana Lobo talks to Piet Marek, a reporter for the Tarsk Herald, about the attack."))
                .doesNotContain(EventType.CONSULT);
        assertThat(types("Ana Lobo, thank you.")).isEmpty();
        assertThat(types("The foreign ministers of Velmora and Dravia talked in Tarsk on Monday."))
                .contains(EventType.CONSULT);
    }

    @Test
    void avoidedCriticismIsNoCriticism() {
        assertThat(types("Governor Ana Lobo has avoided direct criticism of the teachers."))
                .doesNotContain(EventType.ACCUSE);
        assertThat(types("Governor Ana Lobo sharply criticised the teachers.")).contains(EventType.ACCUSE);
    }

    @Test
    void aLodgedProtestIsAnAccusation() {
        assertThat(types("Velmora lodged a protest with Dravia over the border incident."))
                .contains(EventType.ACCUSE).doesNotContain(EventType.PROTEST);
    }

    @Test
    void aWarningIsAThreatOnlyWhenItAnnouncesSomething() {
        assertThat(types("The police in Tarsk warned residents to stay indoors.")).doesNotContain(EventType.THREATEN);
        assertThat(types("Doctors in Tarsk warned that the children are at risk of illness."))
                .doesNotContain(EventType.THREATEN);
        assertThat(types("Velmora warned that it will close the border if Dravia sends troops."))
                .contains(EventType.THREATEN);
    }

    @Test
    void anActFearedIsNoEvent() {
        assertThat(types("Velmora fears an invasion by its northern neighbour.")).doesNotContain(EventType.ASSAULT);
        assertThat(types("Dravian troops began an invasion of Velmora on Monday.")).contains(EventType.ASSAULT);
    }

    @Test
    void aWarningThatForecastsThingsIsNoThreat() {
        assertThat(types("The mayor of Tarsk warned that the number of victims could rise.")).doesNotContain(EventType.THREATEN);
        assertThat(types("The Velmoran envoy warned that the talks with Dravia will fail.")).doesNotContain(EventType.THREATEN);
        assertThat(types("The Dravian defence minister warned that Dravia would respond with force."))
                .contains(EventType.THREATEN);
    }

    @Test
    void otherSensesOfShowingHandingAndProbing() {
        assertThat(types("The new lander will demonstrate how plants grow on the moon.")).isEmpty();
        assertThat(types("Protesters demonstrated outside parliament in Tarsk on Friday."))
                .contains(EventType.PROTEST);
        assertThat(types("The chief executive Ana Lobo will hand over the reins to her deputy in May.")).isEmpty();
        assertThat(types("Kestria launched a lunar probe on Monday.")).doesNotContain(EventType.ACCUSE);
        assertThat(types("A hunter killed a wild rabbit near Tarsk.")).doesNotContain(EventType.ASSAULT);
        assertThat(types("The new law has received little attention.")).isEmpty();
        assertThat(types("The prime minister of Velmora received the Dravian delegation in Tarsk."))
                .contains(EventType.CONSULT);
    }

    @Test
    void aQuestionIsNoRequest() {
        assertThat(types("The senator Ana Lobo asked how the prisoner could escape.")).doesNotContain(EventType.REQUEST);
        assertThat(types("Counsel Piet Marek asked the witness about the phone call."))
                .doesNotContain(EventType.REQUEST);
        assertThat(types("Velmora asked Dravia for military aid.")).contains(EventType.REQUEST);
        assertThat(types("Velmora asked Dravia to withdraw its troops.")).contains(EventType.REQUEST);
    }

    @Test
    void aReceptionOrADenialOfAStatementIsNoEvent() {
        assertThat(types("The plan of Mayor Ana Lobo was met with laughter in Tarsk.")).doesNotContain(EventType.CONSULT);
        assertThat(types("The prince flatly denied having met the two women.")).doesNotContain(EventType.REJECT);
        assertThat(types("Seven passengers were killed when a tram derailed in Tarsk on Monday."))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Seven passengers were killed when gunmen opened fire on a tram in Tarsk."))
                .contains(EventType.ASSAULT);
    }

    private static final String SPORTS = "The Harbor City Gulls beat the Lakeside Owls 4-2 on Sunday for their third"
            + " straight victory of the season. Goalkeeper Tom Brandt blocked a shot in the final minute, and"
            + " striker Ola Mensah fired across the field for the winning goal. Coach Dana Price said the league"
            + " leaders will meet the Owls again in the playoffs. The game drew 20,000 fans to the stadium, and the"
            + " team signed a rookie player before the season.";

    @Test
    void aSportsReportCodesNoAttacksOrProtests() {
        assertThat(ArticleTopic.of(FactsFixture.of(SPORTS).annotation()))
                .isEqualTo(new ArticleTopic(ArticleTopic.Topic.SPORTS, false));
        assertThat(types(SPORTS)).doesNotContain(EventType.ASSAULT, EventType.PROTEST, EventType.AGREE,
                EventType.CONSULT);
    }

    @Test
    void aProductReviewCodesNoAid() {
        String text = "The Norvik X2 smartphone has a better camera and a larger battery. Norvik provides users"
                + " with a free software update, and the update allows customers to share photos with other apps."
                + " Norvik released the new device in stores on Tuesday at a lower price.";
        assertThat(ArticleTopic.of(FactsFixture.of(text).annotation()).political()).isFalse();
        assertThat(types(text)).isEmpty();
    }

    @Test
    void aPoliticalArticleKeepsItsAttacks() {
        String text = "Rebel fighters attacked an army post near Tarsk on Sunday, the defence ministry said. The"
                + " government of Velmora condemned the attack and the president called for talks with the rebels.";
        assertThat(ArticleTopic.of(FactsFixture.of(text).annotation()).political()).isTrue();
        assertThat(types(text)).contains(EventType.ASSAULT);
    }

    @Test
    void aThingThatThreatensIsADanger() {
        assertThat(types("A spokesman for Velmora said the new settlements threaten the safety of Dravia."))
                .doesNotContain(EventType.THREATEN);
        assertThat(types("The drought that threatens the farms of Tarsk worries the government of Velmora."))
                .doesNotContain(EventType.THREATEN);
        assertThat(types("A spokesman for Velmora said the new settlements are illegal and threaten the safety of Dravia."))
                .doesNotContain(EventType.THREATEN);
        assertThat(types("The rebel commander Ivo Petrak threatened the villagers of Tarsk on Sunday."))
                .contains(EventType.THREATEN);
        assertThat(types("The inhabitants of Tarsk threatened to block the highway to Dravia.")).contains(EventType.THREATEN);
    }

    @Test
    void aGuessAtWhatIsUnderWayIsNoThreat() {
        assertThat(types("The spokeswoman of Velmora warned that Ivo Petrak may be trying to split the alliance."))
                .doesNotContain(EventType.THREATEN);
        assertThat(types("The spokeswoman of Velmora warned that Ivo Petrak may split the alliance."))
                .contains(EventType.THREATEN);
    }

    @Test
    void aRocketThatBlowsUpSeizesNothing() {
        assertThat(types("The test rocket of Orvik Space blew up over the launch pad in Tarsk.")).doesNotContain(EventType.COERCE);
        assertThat(types("Rebels blew up a railway bridge near Tarsk on Sunday.")).contains(EventType.COERCE);
    }

    @Test
    void aChargeOfMoneyIsNoAccusation() {
        assertThat(types("The landlord Piet Moran charged the city council of Tarsk $4 million for the land."))
                .doesNotContain(EventType.ACCUSE);
        assertThat(types("The landlord Piet Moran charged the tenants a fee for the repairs."))
                .doesNotContain(EventType.ACCUSE);
        assertThat(types("Prosecutors in Tarsk charged the landlord Piet Moran with fraud on Monday."))
                .contains(EventType.ACCUSE);
    }

    @Test
    void aTourOfTheBorderIsNoVisit() {
        assertThat(types("Senator Ana Ruiz visited the border near Tarsk on Friday.")).doesNotContain(EventType.CONSULT);
        assertThat(types("Senator Ana Ruiz visited Dravia on Friday.")).contains(EventType.CONSULT);
    }

    @Test
    void aDemonstrationOfStrengthIsNoProtest() {
        assertThat(types("The Velmoran army staged a demonstration of its strength near Tarsk on Monday."))
                .doesNotContain(EventType.PROTEST);
        assertThat(types("Thousands of nurses held a demonstration in Tarsk on Sunday.")).contains(EventType.PROTEST);
    }

    @Test
    void aNeedIsNoAct() {
        assertThat(types("Velmora needs to investigate the bank of Ana Ruiz, the senator said."))
                .doesNotContain(EventType.ACCUSE);
        assertThat(types("Velmora investigated the bank of Ana Ruiz, the senator said.")).contains(EventType.ACCUSE);
    }

    @Test
    void aMissileOverACountryOrIntoTheSeaIsAShowOfForce() {
        assertThat(types("Dravia fired a rocket over Velmora on Tuesday.")).contains(EventType.MOBILIZE)
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Dravia fired a missile into the sea on Tuesday.")).contains(EventType.MOBILIZE)
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("Dravian troops fired into a crowd in Tarsk on Tuesday.")).contains(EventType.ASSAULT);
    }
    @Test
    void aPresentTenseHeadingIsPageFurniture() {
        assertThat(types("Velmora expels two Dravian diplomats\nThe two left on Monday.")).as("a related link")
                .doesNotContain(EventType.SANCTION);
        assertThat(types("Protests in Tarsk after Velmora expels two Dravian diplomats\nThe two left on Monday."))
                .doesNotContain(EventType.SANCTION);
        assertThat(types("Velmora expels two Dravian diplomats, the ministry says.\nThe two left on Monday."))
                .as("a sentence with its stop").contains(EventType.SANCTION);
        assertThat(types("Velmora has expelled two Dravian diplomats\nThe two left on Monday.")).as("a perfect")
                .contains(EventType.SANCTION);
        assertThat(types("Crowds gather in Tarsk after Velmora expelled two Dravian diplomats\nThe two left on Monday."))
                .as("a caption telling a past act").contains(EventType.SANCTION);
    }

    @Test
    void toHailFromIsAnOrigin() {
        assertThat(types("The senator, who hailed from the Green Party of Velmora, was jailed last year."))
                .doesNotContain(EventType.SUPPORT);
        assertThat(types("The Green Party of Velmora hailed the ruling of the court.")).contains(EventType.SUPPORT);
    }

    @Test
    void aSimileIsNoEvent() {
        assertThat(types("\"It felt like the army shot us,\" said Ana Ruiz.")).doesNotContain(EventType.ASSAULT);
        assertThat(types("\"The army shot us,\" said Ana Ruiz.")).contains(EventType.ASSAULT);
    }

    @Test
    void anAgreementOfOneSideNamesWhatIsAgreed() {
        assertThat(types("Kim Sol praised the games. The spokesman of Velmora agreed.")).doesNotContain(EventType.AGREE);
        assertThat(types("Ana Ruiz agreed: \"It is a different job.\"")).doesNotContain(EventType.AGREE);
        assertThat(types("Velmora agreed to reopen the border with Dravia.")).contains(EventType.AGREE);
        assertThat(types("Velmora agreed with Dravia on a truce.")).contains(EventType.AGREE);
        assertThat(types("Velmora and Dravia agreed on Monday.")).contains(EventType.AGREE);
    }

    @Test
    void aRestraintOrACapabilityDemonstratedIsNoProtest() {
        assertThat(types("The restraint both Velmora and Dravia have demonstrated so far — Velmora staying clear of the"
                + " border and Dravia not testing a missile — is a sign of hope.")).doesNotContain(EventType.PROTEST);
        assertThat(types("Dravia demonstrated that its new missile could reach Tarsk.")).doesNotContain(EventType.PROTEST);
        assertThat(types("Great restraint was demonstrated by Velmora on Monday.")).doesNotContain(EventType.PROTEST);
        assertThat(types("The nurses who demonstrated outside parliament in Tarsk were arrested."))
                .contains(EventType.PROTEST);
    }

    @Test
    void aRallyOfMarketsIsNoProtest() {
        assertThat(types("Bank stocks in Tarsk rallied on the new tax law.")).doesNotContain(EventType.PROTEST);
        assertThat(types("Thousands of teachers rallied in Tarsk on Sunday.")).contains(EventType.PROTEST);
    }

    @Test
    void aSignedLetterOrCertificateIsNoAgreement() {
        assertThat(types("The letter was signed by twelve senators of Velmora.")).doesNotContain(EventType.AGREE);
        assertThat(types("The two prison guards signed false certifications.")).doesNotContain(EventType.AGREE);
        assertThat(types("Velmora and Dravia signed a trade agreement in Tarsk.")).contains(EventType.AGREE);
    }

    @Test
    void aCourtHearingIsNoInquiry() {
        assertThat(types("Friends of the two guards attended the court hearing in Tarsk.")).doesNotContain(EventType.ACCUSE);
        assertThat(types("The Velmoran Senate held a public hearing on the collapse of the bank."))
                .contains(EventType.ACCUSE);
    }

    @Test
    void toSeizeOnAnIdeaSeizesNothing() {
        assertThat(types("The singer Ana Ruiz seized on a slow waltz rhythm.")).doesNotContain(EventType.COERCE);
        assertThat(types("Police in Tarsk seized the records of the company.")).contains(EventType.COERCE);
        assertThat(types("The banker Ana Ruiz, whose computers the police in Tarsk have seized, denied any fraud."))
                .as("the object of a relative clause").contains(EventType.COERCE);
    }

    @Test
    void aRecognitionIsOfAPolityOrSomeoneWhoActs() {
        assertThat(types("The senator Ana Ruiz finally recognized her mistake.")).doesNotContain(EventType.SUPPORT);
        assertThat(types("The witness did not recognize the face that flashed on the screen.")).isEmpty();
        assertThat(types("Velmora recognized the independence of Kestria.")).contains(EventType.SUPPORT);
    }

    @Test
    void aDeploymentIsOfForces() {
        assertThat(types("New pollution control technologies were deployed in Tarsk.")).doesNotContain(EventType.MOBILIZE);
        assertThat(types("Dravia deployed warships off the coast of Velmora.")).contains(EventType.MOBILIZE);
    }

    @Test
    void aQuestionOnWhoseAuthorityIsNoRequest() {
        assertThat(types("\"And I asked, well, on whose authority?\" the envoy Ana Ruiz said."))
                .doesNotContain(EventType.REQUEST);
        assertThat(types("Velmora asked Dravia on Monday for military aid.")).contains(EventType.REQUEST);
    }

    @Test
    void aSceneShotForAFilmIsNoAttack() {
        assertThat(types("All the office sequences of the new film were shot in Tarsk in three days."))
                .doesNotContain(EventType.ASSAULT);
    }

    @Test
    void anActThatNoSignShowsIsNoEvent() {
        assertThat(types("Investigators have not found any evidence that the van driver pledged allegiance to the"
                + " Dravian rebels."))
                .doesNotContain(EventType.SUPPORT, EventType.REJECT);
        assertThat(types("There was no evidence that Velmora had shelled the village of Rell."))
                .doesNotContain(EventType.ASSAULT);
        assertThat(types("There was evidence that Velmora had shelled the village of Rell.")).contains(EventType.ASSAULT);
    }
}
