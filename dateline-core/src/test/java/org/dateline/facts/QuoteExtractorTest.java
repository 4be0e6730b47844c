package org.dateline.facts;

import org.dateline.model.DateBasis;
import org.dateline.model.Quote;
import org.dateline.model.QuoteKind;
import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

    /** The speaker's name of the quote holding {@code words} in {@code article}. */
    private static String speakerOf(String article, String words) {
        return FactsFixture.of(article).quote(words).speaker().name();
    }

    private static void assertEvidence(FactsFixture f) {
        for (Quote q : f.quotes()) {
            assertThat(f.article().text().substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @Test
    void splitQuoteHasOneSpeakerForBothParts() {
        FactsFixture f = FactsFixture.of("""
                Talks on the river dispute stalled again on Monday.

                “We will not sign this draft,” said Marta Kessler, the chief negotiator of the northern delegation. “It ignores the border villages entirely.”
                """);
        assertEvidence(f);
        Quote first = f.quote("We will not sign");
        Quote second = f.quote("It ignores the border");
        assertThat(first.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(first.speaker().name()).isEqualTo("Marta Kessler");
        assertThat(second.speaker().name()).isEqualTo("Marta Kessler");
        assertThat(first.text()).doesNotContain("“").doesNotContain("”");
    }

    @Test
    void multiParagraphQuoteIsOneQuote() {
        FactsFixture f = FactsFixture.of("""
                Mayor Ruth Albers spoke to reporters after the flood.

                “The water came faster than anyone expected. We moved the families from the lower streets first.

                “Now we need the bridges checked before anyone goes back,” Albers said.
                """);
        assertEvidence(f);
        Quote q = f.quote("The water came faster");
        assertThat(q.text()).contains("bridges checked");
        assertThat(q.speaker().name()).isEqualTo("Ruth Albers");
        assertThat(f.quotes()).hasSize(1);
    }

    @Test
    void mixedQuoteKeepsTheReportedClause() {
        FactsFixture f = FactsFixture.of("""
                Foreign Minister Tomas Ferreira stressed that "dialogue can still move the talks out of deadlock" before the summit.
                """);
        assertEvidence(f);
        Quote q = f.quote("dialogue can still move");
        assertThat(q.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(q.text()).startsWith("that");
        assertThat(q.cue()).isEqualTo("stressed");
        assertThat(q.speaker().name()).isEqualTo("Tomas Ferreira");
    }

    @Test
    void anAnnouncedThingIsNoSpeechButAnAnnouncedClauseIs() {
        FactsFixture f = FactsFixture.of("""
                The Lorvan space agency announced the next stage of its lunar lander programme on Tuesday.
                The agency announced that the first flight would leave in March.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("lunar lander"))
                .anyMatch(t -> t.contains("first flight would leave"));
    }

    @Test
    void indirectSpeechWithThatClause() {
        FactsFixture f = FactsFixture.of("""
                Governor Helen Marsh said on Tuesday that the state would reopen the northern highway by the end of the month.
                """);
        assertEvidence(f);
        Quote q = f.quote("reopen the northern highway");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).startsWith("that the state").endsWith("end of the month");
        assertThat(q.speaker().name()).isEqualTo("Helen Marsh");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void dateComesFromTheTimeExpressionOfTheCue() {
        String text = "Governor Helen Marsh said on Tuesday that the state would reopen the northern highway.";
        int at = text.indexOf("Tuesday");
        FactsFixture f = FactsFixture.of(text);
        Quote q = new QuoteExtractor().extract(f.article(), f.annotation(), f.actors(),
                List.of(new TimeMention("fixture", "Tuesday", "DATE", "2021-03-16", at, at + 7))).get(0);
        assertThat(q.date()).isEqualTo("2021-03-16");
        assertThat(q.dateBasis()).isEqualTo(DateBasis.SENTENCE);
        Quote undated = f.quote("highway");
        assertThat(undated.date()).as("the fixture's publication day").isEqualTo("2021-03-15");
        assertThat(undated.dateBasis()).isEqualTo(DateBasis.PUBLISHED);
    }

    @Test
    void accordingToTakesTheClauseItModifies() {
        FactsFixture f = FactsFixture.of("""
                According to Colonel Ivan Petrov, the convoy crossed the checkpoint before dawn.
                """);
        assertEvidence(f);
        Quote q = f.quote("the convoy crossed the checkpoint before dawn");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.text()).doesNotContain("According");
        assertThat(q.speaker().name()).isEqualTo("Ivan Petrov");
    }

    @Test
    void pronounSpeakerSeveralSentencesAfterTheName() {
        FactsFixture f = FactsFixture.of("""
                Senator Paul Grant arrived in the capital on Sunday. The visit had been planned for months. Security was tight around the parliament building. Crowds gathered near the gates.

                "We came to listen, not to lecture anyone here," he said.
                """);
        assertEvidence(f);
        Quote q = f.quote("We came to listen");
        assertThat(q.speaker().mention()).isEqualTo("he");
        assertThat(q.speaker().name()).isEqualTo("Paul Grant");
        assertThat(q.speaker().actor()).isNotNull();
    }

    @Test
    void roleMentionResolvesToTheTitledPerson() {
        FactsFixture f = FactsFixture.of("""
                Interior Minister Lena Vogt visited the border post on Friday.

                "The crossing will stay open for trucks carrying food," the minister said.
                """);
        Quote q = f.quote("The crossing will stay open");
        assertThat(q.speaker().mention()).isEqualTo("the minister");
        assertThat(q.speaker().name()).isEqualTo("Lena Vogt");
    }

    @Test
    void twoMinistersOfDifferentCountriesAreNotConfused() {
        FactsFixture f = FactsFixture.of("""
                Russian Foreign Minister Pavel Orlov met Azerbaijani Foreign Minister Rauf Karimov in Baku on Monday.

                "I told the Russian foreign minister about our position on the corridor," the Azerbaijani foreign minister said.
                """);
        Quote q = f.quote("I told the Russian foreign minister");
        assertThat(q.speaker().name()).isEqualTo("Rauf Karimov");
        assertThat(q.speaker().mention()).isEqualTo("the Azerbaijani foreign minister");
    }

    @Test
    void headlineWordIsNeverASpeaker() {
        FactsFixture f = FactsFixture.of("""
                Progress ‘Slow’ in Harbour Talks, Says Envoy

                The envoy Joan Pike said the talks would continue next week.
                """);
        assertThat(f.quotes()).noneMatch(q -> "Progress".equals(q.speaker().mention()));
        assertThat(f.quote("talks would continue").speaker().name()).isEqualTo("Joan Pike");
    }

    @Test
    void quoteParagraphWithoutCueCarriesTheSpeakerOver() {
        FactsFixture f = FactsFixture.of("""
                "The harvest is the worst in twenty years," farm union leader Oskar Lind said on Wednesday.

                "Without help, many families will leave their land before the winter comes."
                """);
        assertEvidence(f);
        assertThat(f.quote("Without help").speaker().name()).isEqualTo("Oskar Lind");
    }

    @Test
    void theyStandsForTheGroupThatSpokeBefore() {
        FactsFixture f = FactsFixture.of("""
                Ostrany's negotiators insist that the draft keeps the river clause. They say the clause guarantees free passage for fishing boats.
                """);
        assertEvidence(f);
        Quote q = f.quote("the clause guarantees");
        assertThat(q.speaker().mention()).isEqualTo("They");
        assertThat(q.speaker().name()).isEqualTo("Ostrany's negotiators");

        FactsFixture alone = FactsFixture.of("They say the clause guarantees free passage for fishing boats.");
        assertThat(alone.quote("the clause guarantees").speaker().name()).as("nobody before it").isNull();
    }

    @Test
    void guillemetsAndApostrophes() {
        FactsFixture f = FactsFixture.of("""
                The delegates’ mood was grim. «We don't expect a deal this year,» said envoy Clara Moreau.
                """);
        assertEvidence(f);
        Quote q = f.quote("We don't expect a deal");
        assertThat(q.text()).isEqualTo("We don't expect a deal this year,");
        assertThat(q.speaker().name()).isEqualTo("Clara Moreau");
    }

    @Test
    void descriptionSpeakerIsTheOneFittingEntityNearby() {
        FactsFixture f = FactsFixture.of("""
                Portugal's president said on Monday that the new bridge would open in the spring. Portuguese President Tiago Mendes also said the tolls would stay low.
                """);
        Quote q = f.quote("the new bridge would open");
        assertThat(q.speaker().mention()).isEqualTo("Portugal's president");
        assertThat(q.speaker().name()).isEqualTo("Tiago Mendes");
        assertThat(q.speaker().actor()).isNotNull();
    }

    @Test
    void descriptionStaysUnresolvedWhenTwoFitOrItIsIndefinite() {
        FactsFixture two = FactsFixture.of("""
                Coach Peter Brand and coach Tom Keller met before the final. The coach said the pitch was too dry for a fast game.
                """);
        assertThat(two.quote("the pitch was too dry").speaker().actor()).as("two coaches fit").isNull();
        FactsFixture indefinite = FactsFixture.of("""
                Coach Peter Brand arrived late. A coach said the pitch was too dry for a fast game.
                """);
        assertThat(indefinite.quote("the pitch was too dry").speaker().actor()).as("a new person").isNull();
        FactsFixture untitled = FactsFixture.of("""
                Hugo Lenz arrived late. The director said the pitch was too dry for a fast game.
                """);
        assertThat(untitled.quote("the pitch was too dry").speaker().actor()).as("no title fits").isNull();
    }

    @Test
    void descriptionTakesUpOnlyAnEntityThePassageIsAbout() {
        FactsFixture subject = FactsFixture.of("""
                Norvik Shipping Company cancelled its winter ferries on Monday. The company said the boats would sail again in June.
                """);
        assertThat(subject.quote("the boats would sail again").speaker().name()).isEqualTo("Norvik Shipping Company");
        FactsFixture passing = FactsFixture.of("""
                Lena Ortiz wrote to Norvik Shipping Company on Monday. The company said the boats would sail again in June.
                """);
        assertThat(passing.quote("the boats would sail again").speaker().actor()).as("named only in passing").isNull();
        FactsFixture far = FactsFixture.of("""
                Norvik Shipping Company cancelled its winter ferries on Monday. Storms closed the harbour for a week. Repairs to the pier began on Friday. The company said the boats would sail again in June.
                """);
        Quote q = far.quote("the boats would sail again");
        assertThat(q.speaker().mention()).isEqualTo("The company");
        assertThat(q.speaker().actor()).as("nobody near: the article's main body is no safer guess").isNull();
    }

    @Test
    void descriptionTakesTheOneSubjectNearWhenOthersAreNamedInPassing() {
        FactsFixture mourning = FactsFixture.of("""
                Mara Quill is mourning her cousin, Tobias Renn, who died on Tuesday. The singer said the band would cancel its tour.
                """);
        assertThat(mourning.quote("the band would cancel").speaker().name()).isEqualTo("Mara Quill");
        FactsFixture pronoun = FactsFixture.of("""
                Mara Quill is mourning her cousin, Tobias Renn, who died on Tuesday. The singer said the band would cancel its tour. She added that the fans would get their money back.
                """);
        assertThat(pronoun.quote("the fans would get").speaker().name()).as("she continues the singer described")
                .isEqualTo("Mara Quill");
        FactsFixture passing = FactsFixture.of("""
                Velmont Foods said its offer for Harlo Dairy stood. The Norway-based firm said it would pay cash.
                """);
        assertThat(passing.quote("it would pay cash").speaker().name()).as("a country base names nobody else")
                .isEqualTo("Velmont Foods");
        FactsFixture gender = FactsFixture.of("""
                She said that her director, Peter Brand, had made her drive an old car. The actress said the crash had hurt her neck.
                """);
        assertThat(gender.quote("the crash had hurt").speaker().actor()).as("an actress is no man").isNull();
        FactsFixture two = FactsFixture.of("""
                Mara Quill and Tobias Renn played in Lund on Friday. The singer said the band would cancel its tour.
                """);
        assertThat(two.quote("the band would cancel").speaker().actor()).as("two subjects fit").isNull();
    }

    @Test
    void wordForAStateTakesTheCountryAnEarlierSubjectGave() {
        FactsFixture f = FactsFixture.of("""
                The Chilean government on Monday said floods had closed two roads near the border of Chile and Peru. The government said the roads would reopen in May.
                """);
        assertThat(f.quote("the roads would reopen").speaker().name()).isEqualTo("Chile");
        FactsFixture none = FactsFixture.of("""
                Floods closed two roads near the border of Chile and Peru on Monday. The government said the roads would reopen in May.
                """);
        assertThat(none.quote("the roads would reopen").speaker().actor()).as("no country given, two near").isNull();
    }

    @Test
    void countryBeforeAWordForABodyIsNotTheSpeaker() {
        FactsFixture f = FactsFixture.of("""
                Lena Ortiz met the editors on Monday. The US broadcaster said the interview would air in June.
                """);
        Quote q = f.quote("the interview would air");
        assertThat(q.speaker().mention()).isEqualTo("The US broadcaster");
        assertThat(q.speaker().actor()).as("the country only says where the broadcaster is from").isNull();
    }

    @Test
    void pronounSkipsNamesFromPhotoCredits() {
        FactsFixture f = FactsFixture.of("""
                Coach Peter Brand watched the final from the stands.
                A fan waves a flag outside the stadium. (Photo by Martin Holt)
                "We played with our hearts and we will be back next year," he said.
                """);
        assertThat(f.quote("We played with our hearts").speaker().name()).isEqualTo("Peter Brand");
    }

    @Test
    void pronounGoesOnWithThePersonWhoseWordsComeRightBefore() {
        FactsFixture denied = FactsFixture.of("""
                Tomas Brekke, a fisherman from the harbour town, said he hoped more boats would return. "We will wait for them," he said.

                Earlier on Monday, Kofi Obadan, the minister of fisheries, denied reports that the fleet had been sold. "Please note that nothing was sold," he said. "The boats are leased for one season."
                """);
        assertThat(denied.quote("The boats are leased").speaker().name()).isEqualTo("Kofi Obadan");
        FactsFixture responded = FactsFixture.of("""
                Rep. Arno Vettel, who chairs the committee, asked the witnesses about the risk of many launches.

                "We did the whole mission with one launch," Stafford Kreel, a former pilot, responded. He then turned to the earlier testimony of the engineers. "I cannot argue with it."

                "But with eight launches, the odds of success fall to about half," he concluded.
                """);
        assertThat(responded.quote("But with eight launches").speaker().name()).isEqualTo("Stafford Kreel");
    }

    @Test
    void pronounGoesOnWithAnInvertedSpeakerPastANameInTheirWords() {
        FactsFixture eager = FactsFixture.of("""
                While Keller is eager to declare his harbour plan a triumph, he is unlikely to fully stop the noisy dredging, said Marc Duval, an engineer at the magazine Port Review, which covers shipping.
                "I have never seen so much mud in one channel," he said. "A slowdown is realistic, though."
                """);
        assertThat(eager.quote("never seen so much mud").speaker().name()).isEqualTo("Marc Duval");
        FactsFixture wants = FactsFixture.of("""
                Although Keller wants to declare the harbour works a success, he will hardly end the dredging soon, said Marc Duval, an engineer at Port Review, which covers shipping.
                "I have never seen so much mud in one channel," he said. "A slowdown is realistic, though."
                """);
        assertThat(wants.quote("he will hardly end the dredging").speaker().name()).isEqualTo("Marc Duval");
        assertThat(wants.quote("never seen so much mud").speaker().name())
                .as("Keller's 'declare' inside Duval's words is no attribution the passage goes on from").isEqualTo("Marc Duval");
    }

    @Test
    void pronounDoesNotGoOnPastAnotherPersonSpeaking() {
        FactsFixture f = FactsFixture.of("""
                Mayor Tom Keller said the harbour would reopen on Friday. Police chief Marc Duval then walked along the flooded road. "We need two more days," he said.
                """);
        assertThat(f.quote("We need two more days").speaker().name()).isEqualTo("Marc Duval");
        FactsFixture other = FactsFixture.of("""
                Oren Pask wrote twelve novels in thirty years. Readers often got lost in them, as the critic Quell Marrow explained to me.
                "You see only the tip of the story," she said. When his editors asked him to explain more, he would answer, "I have a horror of being obvious."
                """);
        assertThat(other.quote("horror of being obvious").speaker().name()).as("she is not he").isNotEqualTo("Quell Marrow");
    }

    @Test
    void pronounStaysUnresolvedWhenTwoPersonsOfItsGenderCompete() {
        FactsFixture f = FactsFixture.of("""
                Peter Brand said the team was tired, and Tom Keller said the referee had been fair. "We will be back next year with a younger side," he said.
                """);
        Quote q = f.quote("We will be back next year");
        assertThat(q.speaker().mention()).isEqualTo("he");
        assertThat(q.speaker().actor()).isNull();
    }

    @Test
    void sheGoesToAWomanBeforeAPersonOfUnknownGenderButHeKeepsTheNearestSpeaker() {
        FactsFixture f = FactsFixture.of("""
                The actress Helga Marsh met the director Quarrie Dunmore on the set in Lorvik.
                Dunmore said the stunt had been checked twice.
                "I told him the car felt wrong from the first turn," she said.
                """);
        assertThat(f.quote("the car felt wrong").speaker().name()).isEqualTo("Helga Marsh");
        FactsFixture he = FactsFixture.of("""
                Professor Anton Kessel said the vote had been close.
                But Heiko Tamura, a fellow at the Lorvik Institute, told reporters the margin would grow.
                "The younger voters have not spoken yet," he said.
                """);
        assertThat(he.quote("younger voters").speaker().name()).as("he keeps the nearest speaker of unknown gender")
                .isEqualTo("Heiko Tamura");
    }

    @Test
    void pronounTakesUpThePassageSubjectBeforeASpeakerFurtherBack() {
        assertThat(speakerOf("""
                "We will not extend the runway," Pavel Grint said at the council meeting.
                The airport board met again on Friday.
                Tobias Renk, the board's chairman, was adamant about the schedule.
                "If the money does not come this year, the terminal waits," he said.
                """, "the terminal waits")).isEqualTo("Tobias Renk");
        assertThat(speakerOf("""
                "We will not extend the runway," Pavel Grint said at the council meeting.
                When Tobias Renk was shown the plans, the board met again.
                "If the money does not come this year, the terminal waits," he said.
                """, "the terminal waits"))
                .as("the subject of a subordinate clause does not end the walk").isEqualTo("Pavel Grint");
    }

    @Test
    void pronounTakesUpASurnameSubjectThatNerLeftUntagged() {
        String hearing = """
                Two retired engineers, Walter Brandt and Owen Young, spoke to the committee on Tuesday.
                Brandt, earlier in the hearing, was firm about the budget. "Without the money, the bridge waits," he said.
                Young, in his testimony, did not address the budget but criticised the contracts.
                "The contracts are written for the builders, not for the city," he said.
                """;
        FactsFixture f = FactsFixture.of(hearing);
        assertThat(f.quote("the bridge waits").speaker().name()).isEqualTo("Walter Brandt");
        assertThat(f.quote("written for the builders").speaker().name()).isEqualTo("Owen Young");
        assertThat(speakerOf(hearing.replace("Young, in his testimony,", "Young people, in their letters,"),
                "written for the builders")).as("a capitalised word that is no subject's surname changes nothing")
                .isEqualTo("Walter Brandt");
        assertThat(speakerOf(hearing.replace("and Owen Young", "and Ruth Young").replace("in his testimony", "in her testimony"),
                "written for the builders")).as("he does not take up a woman's surname").isEqualTo("Walter Brandt");
    }

    @Test
    void pronounContinuesAnEarlierPronounSubject() {
        assertThat(speakerOf("""
                Greta Holm, a retired teacher, lives in a small town near Lorvik.
                She spoke warmly of her late brother.
                She had kept his letters for forty years.
                She gave me the address of his former colleague, Laura Sund.
                "I cannot believe the school would close his archive," she said.
                """, "close his archive")).isEqualTo("Greta Holm");
        assertThat(speakerOf("""
                Greta Holm, a retired teacher, lives in a small town near Lorvik.
                She spoke warmly of her late brother.
                Laura Sund, his former colleague, answered my letter a week later.
                "I cannot believe the school would close his archive," she said.
                """, "close his archive"))
                .as("a named subject after the pronoun wins").isEqualTo("Laura Sund");
    }

    @Test
    void aPersonNamingAnAdministrationOrAnAideIsNotTheSpeaker() {
        FactsFixture f = FactsFixture.of("""
                President Ilona Varga of Lorvania opened the new port on Monday.
                The Varga administration said the port would handle grain from the northern farms.
                A Varga aide said the first ship would dock in June.
                President Varga said the port was "the start of a new trade route for the whole region".
                """);
        assertThat(f.quote("handle grain").speaker().actor()).isNull();
        assertThat(f.quote("handle grain").speaker().name()).isEqualTo("Varga administration");
        assertThat(f.quote("first ship would dock").speaker().actor()).isNull();
        assertThat(f.quote("new trade route").speaker().name()).isEqualTo("Ilona Varga");
    }

    @Test
    void aMainClauseSubjectGoesBeforeASubordinateOne() {
        assertThat(speakerOf("""
                When Ivo Marek fell ill in March, Sven Lodge led the team to nine straight wins.
                That earned him a new contract.
                He said he would stay for two more seasons.
                """, "stay for two more seasons")).isEqualTo("Sven Lodge");
    }

    @Test
    void aPronounAfterTheOneFoundIsNoReasonToLookFurtherBack() {
        assertThat(speakerOf("""
                Kevin Moss, the boy in the film, is put on the wrong plane by his family.
                In 1985 a student named Tomas Lind was flying home from Berlin.
                He was supposed to fly to Oakland.
                Instead, he boarded a flight to Auckland.
                "They never said Auckland," he told the paper.
                """, "never said Auckland")).isEqualTo("Tomas Lind");
    }

    @Test
    void showTitlesAfterASpeechVerbAreNoQuotes() {
        FactsFixture f = FactsFixture.of("""
                "The shares have further to run," Dana Whitcombe said on the radio show "Market Harbour" on Monday.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.equals("Market Harbour"))
                .anyMatch(t -> t.startsWith("The shares have further"));
    }

    @Test
    void surnameFirstNameGivesNoGender() {
        FactsFixture f = FactsFixture.of("""
                North Korean leader Kim Jong Un gave his annual address on Monday. He said the talks could start before the games.
                """);
        assertThat(f.quote("the talks could start").speaker().name()).isEqualTo("Kim Jong Un");
    }

    @Test
    void reportingOutletOrAddresseeIsNotTheSpeaker() {
        FactsFixture told = FactsFixture.of("""
                Lena Ortiz told CNN that the factory would close in May.
                """);
        assertThat(told.quote("the factory would close").speaker().name()).isEqualTo("Lena Ortiz");
        FactsFixture relayed = FactsFixture.of("""
                The rebel group claimed the attack, saying its fighters had planted the bomb under the bridge, Reuters reported.
                """);
        Quote q = relayed.quote("its fighters had planted the bomb");
        assertThat(q.speaker().mention()).isEqualTo("The rebel group");
        assertThat(q.text()).doesNotContain("Reuters");
        assertThat(relayed.quotes()).noneMatch(x -> "Reuters".equals(x.speaker().name()));
        FactsFixture alone = FactsFixture.of("""
                Reuters reported that the northern mine had flooded overnight after days of heavy rain.
                """);
        assertThat(alone.quote("mine had flooded overnight").speaker().name()).as("nobody else gives the words").isEqualTo("Reuters");
    }

    @Test
    void anOutletNamedWithItsCityIsTheOutletNotThePlace() {
        FactsFixture station = FactsFixture.of("""
                Two ferries collided in the harbour on Sunday. KVXR Denver reports that nine passengers were taken to hospital.
                """);
        assertThat(station.quote("nine passengers were taken").speaker().name()).isEqualTo("KVXR Denver");
        FactsFixture paper = FactsFixture.of("""
                The storm reached the coast at dawn. NewsNine Jamaica reported that the airport in Kingston had closed.
                """);
        assertThat(paper.quote("the airport in Kingston had closed").speaker().name()).isEqualTo("NewsNine Jamaica");
        FactsFixture place = FactsFixture.of("""
                Talks on the fishing quota ended without a deal. North Korea said that its boats would keep fishing.
                Portugal said that the quota was too low.
                """);
        assertThat(place.quote("its boats would keep").speaker().name()).isEqualTo("North Korea");
        assertThat(place.quote("the quota was too low").speaker().name()).isEqualTo("Portugal");
    }

    @Test
    void wordsAfterAParticipleOrTellAreNotItsSpeaker() {
        FactsFixture telling = FactsFixture.of("""
                Governor Ilse Marrow did not explain what she meant when telling state police commanders on Friday, "In the end it will all settle down, it always settles down."
                """);
        Quote told = telling.quote("it always settles down");
        assertThat(told.speaker().mention()).as("the commanders were told").doesNotContain("commanders");
        assertThat(told.speaker().name()).isEqualTo("Ilse Marrow");
        FactsFixture saying = FactsFixture.of("""
                Mayor Tomas Brekke spoke with Premier Anja Holt after the storm, saying the two leaders had agreed to apply for federal money "and rebuild the harbour before the winter."
                """);
        assertThat(saying.quote("rebuild the harbour").speaker().name()).as("the leaders are what he said").isEqualTo("Tomas Brekke");
        FactsFixture inverted = FactsFixture.of("""
                "The pier will open again in May," said Harbour Minister Kasper Lund.

                "Nobody was hurt in the fire," Rita Vos told the miners.
                """);
        assertThat(inverted.quote("The pier will open").speaker().name()).as("a finite cue is inverted").isEqualTo("Kasper Lund");
        assertThat(inverted.quote("Nobody was hurt").speaker().name()).isEqualTo("Rita Vos");
    }

    @Test
    void thingsAndSharesOfPeopleDoNotSpeak() {
        FactsFixture f = FactsFixture.of("""
                Blood tests revealed that the patient had reacted to the feathers in his pillow. The launch went ahead according to plan on Friday. Fifty-one percent say that the mayor should resign. The doctor said that the patient would recover within weeks.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("reacted to the feathers"))
                .noneMatch(t -> t.contains("launch went ahead")).noneMatch(t -> t.contains("mayor should resign"));
        assertThat(f.quote("would recover within weeks").speaker().mention()).isEqualTo("The doctor");
        FactsFixture records = FactsFixture.of("""
                The ferries carried 40,000 passengers last year, according to Norvik Shipping Company's records.
                """);
        assertThat(records.quote("carried 40,000 passengers").speaker().mention()).as("an actor's records speak for it")
                .contains("records");
    }

    @Test
    void listEntryAfterANameIsNoTranscriptLine() {
        FactsFixture f = FactsFixture.of("""
                Anna B. Holt: Possession of a stolen bicycle, held without bond.

                MAYOR KLEIN: We will rebuild the pier before the summer season.
                """);
        assertThat(f.quotes()).noneMatch(q -> q.text().contains("stolen bicycle"));
        assertThat(f.quote("We will rebuild the pier").kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aRefusedCueWithAnOpenQuestionIsNoSpeech() {
        FactsFixture f = FactsFixture.of("""
                The debate in Harwick turned rowdy. Councillor Edda Lind's refusal to say which route the new tram would take was met with jeers from the hall.
                The transport chief, Osric Dale, refused to say whether the fares would rise next year.
                Dale said which depot would close was still being decided.
                """);
        assertThat(f.quotes()).extracting(Quote::text).as("nothing was said")
                .noneMatch(t -> t.contains("route the new tram")).noneMatch(t -> t.contains("fares would rise"));
        assertThat(f.quote("depot would close").speaker().mention()).as("an open question said, not refused").isEqualTo("Dale");
    }

    @Test
    void labelledLineEndingInAWordIsAHeadlineNoTranscriptLine() {
        FactsFixture f = FactsFixture.of("""
                Read more from our energy desk.

                GRIDWATCH: The engineers who are racing to keep the lights on

                DALTON: Will the new lines be ready before the winter storms?

                PERRY: The crews think so, but nobody has promised it.
                """);
        assertThat(f.quotes()).as("a link or headline line has no stop of speech")
                .noneMatch(q -> q.text().contains("racing to keep the lights"));
        assertThat(f.quote("new lines be ready").kind()).as("a question closes a transcript line").isEqualTo(QuoteKind.DIRECT);
        assertThat(f.quote("crews think so").kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void attributionSentenceAfterAQuotationAndParticiplesTakeTheirSpeaker() {
        FactsFixture f = FactsFixture.of("""
                Tom Reyes, Acme's chief executive, rejected the merger talk on Sunday, calling the rumour "absurd" and saying he plans to "bury" the whole story.

                "Should the town really wait another year for the bridge?" Ana B. Ortiz, the mayor's adviser on housing and transport, said at a meeting.
                """);
        assertEvidence(f);
        assertThat(f.quote("bury").speaker().name()).as("a participle shares the main clause's subject").isEqualTo("Tom Reyes");
        assertThat(f.quote("wait another year").speaker().name()).as("a cue without content of its own, after the quotation")
                .isEqualTo("Ana B. Ortiz");
        FactsFixture own = FactsFixture.of("""
                "The ice on the northern lakes will not hold a truck before February at the earliest."
                Karl Berg, the county's long-serving road inspector, said on Monday that the ferry would run all winter.
                """);
        assertThat(own.quote("ice on the northern lakes").speaker().name()).as("a cue with its own content keeps it")
                .isNull();
    }

    @Test
    void negatedDisclosuresAndFactsAreNoSpeech() {
        FactsFixture f = FactsFixture.of("""
                The coast guard did not reveal the names of the injured sailors.

                The harbour office revealed the cost of the new pier on Tuesday.

                Those facts suggest that the lake was once much larger than it is today.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("injured sailors"))
                .noneMatch(t -> t.contains("lake was once")).as("a figure revealed is a thing, not words")
                .noneMatch(t -> t.contains("cost of the new pier"));
    }

    @Test
    void quotationInsideASentenceIsNoContinuation() {
        FactsFixture f = FactsFixture.of("""
                "We will open the new terminal in the spring," Mayor Ruth Albers said on Monday.

                Governor Paul Dekker later introduced the mayor to the audience as "the person who rebuilt this harbour from nothing at all."

                "The ferries will run every hour from May until the end of September."
                """);
        assertEvidence(f);
        assertThat(f.quote("rebuilt this harbour").speaker().name()).as("the main clause's subject")
                .isEqualTo("Paul Dekker");
        assertThat(f.quote("ferries will run").speaker().name()).as("a quote paragraph continues the last speaker")
                .isEqualTo("Paul Dekker");
    }

    @Test
    void aDescribedSpeakerNoActorHoldsKeepsItsWordsAsTheName() {
        FactsFixture f = FactsFixture.of("""
                The harbour ferry ran aground near Lorvik on Sunday.

                A spokesman for the harbour authority said in a statement: "The crew followed every safety rule we have."

                The pier stays closed for repairs, according to a company statement.

                "The engine stopped twice before the ship hit the sand," said a local source.

                One witness said the captain was the last to leave the ship.

                A spokesperson from the coast guard said: "Two boats searched the bay until dark."
                """);
        Quote spokesman = f.quote("The crew followed every safety rule");
        assertThat(spokesman.speaker().actor()).isNull();
        assertThat(spokesman.speaker().name()).isEqualTo("spokesman for the harbour authority");
        Quote statement = f.quote("The pier stays closed");
        assertThat(statement.speaker().mention()).as("the preposition is no part of the speaker").isEqualTo("a company statement");
        assertThat(statement.speaker().name()).isEqualTo("company statement");
        assertThat(f.quote("The engine stopped twice").speaker().name()).isEqualTo("local source");
        assertThat(f.quote("the captain was the last").speaker().name()).isEqualTo("witness");
        assertThat(f.quote("Two boats searched").speaker().name()).isEqualTo("spokesperson from the coast guard");
        FactsFixture things = FactsFixture.of("""
                The launch went ahead on Friday. Blood tests showed that the patient had reacted to the feathers in his pillow.
                """);
        assertThat(things.quotes()).allMatch(q -> q.speaker().name() == null);
    }

    @Test
    void pronounTakesUpTheUnnamedSpeakerJustBeforeIt() {
        FactsFixture f = FactsFixture.of("""
                Mayor Tom Keller visited the flooded streets on Monday. A city spokesman said the pumps had worked through the night. He stressed: "Nobody was hurt and every family has a dry bed tonight."
                """);
        Quote q = f.quote("Nobody was hurt");
        assertThat(q.speaker().mention()).isEqualTo("He");
        assertThat(q.speaker().actor()).as("not the mayor named before").isNull();
        assertThat(q.speaker().name()).isEqualTo("city spokesman");
        FactsFixture woman = FactsFixture.of("""
                Mayor Ruth Albers visited the flooded streets on Monday. A city spokesman said the pumps had worked through the night. She stressed: "Nobody was hurt and every family has a dry bed tonight."
                """);
        assertThat(woman.quote("Nobody was hurt").speaker().name()).as("a spokesman is no she").isEqualTo("Ruth Albers");
        FactsFixture named = FactsFixture.of("""
                A city spokesman said the pumps had worked through the night. Mayor Tom Keller said the streets were dry. He added: "Every family has a dry bed tonight."
                """);
        assertThat(named.quote("Every family has a dry bed").speaker().name()).isEqualTo("Tom Keller");
        FactsFixture reported = FactsFixture.of("""
                Mayor Tom Keller said the city would observe a day of mourning. He added: "Every family has a dry bed tonight."
                """);
        assertThat(reported.quote("Every family has a dry bed").speaker().name()).as("the city is in what he said")
                .isEqualTo("Tom Keller");
    }

    @Test
    void aPronounFollowsAnEarlierPronounBackToTheUnnamedSpeaker() {
        FactsFixture f = FactsFixture.of("""
                Mayor Tom Keller toured the harbour on Monday. A harbour witness said he was mending nets when the wave came. He said the water rose within seconds. "It looked like a wall," he told reporters.
                """);
        Quote q = f.quote("It looked like a wall");
        assertThat(q.speaker().actor()).as("not the mayor named before").isNull();
        assertThat(q.speaker().name()).isEqualTo("harbour witness");
        FactsFixture named = FactsFixture.of("""
                A harbour witness said the boats were safe. Mayor Tom Keller said he had toured the harbour. He said the water rose within seconds. "It looked like a wall," he told reporters.
                """);
        assertThat(named.quote("It looked like a wall").speaker().name()).as("the earlier he is the mayor")
                .isEqualTo("Tom Keller");
        FactsFixture joined = FactsFixture.of("""
                Coach Tom Keller said he would remain in town and that his charity would continue to run summer camps. He wants to stay near the game. "I might be on television," he told reporters.
                """);
        assertThat(joined.quote("I might be on television").speaker().name()).as("the charity is in what he said")
                .isEqualTo("Tom Keller");
    }

    @Test
    void aThingRevealedOrConfirmedAndAPassiveDenialAreNoSpeech() {
        FactsFixture f = FactsFixture.of("""
                The Lorvan studio revealed its new logo on Friday. The club confirmed the signing of a young striker from Varda. The fans were denied entry to the stadium. The coach denied the report about his contract. The minister confirmed that the bridge would close in May.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("new logo"))
                .noneMatch(t -> t.contains("young striker")).noneMatch(t -> t.contains("entry to the stadium"))
                .anyMatch(t -> t.contains("the report about his contract"))
                .anyMatch(t -> t.contains("the bridge would close"));
    }

    @Test
    void aCueWithAModalReportsNoSpeechMade() {
        FactsFixture f = FactsFixture.of("""
                Prior to the merger, I would have said that the plant was safe for another decade.

                As the old coach would say, “Defense wins games every single week of the season.”

                People will ask you to speak at their conferences and to write guest columns.

                Mayor Ines Dorr said that the new pumps were safe for another decade.

                Mayor Ines Dorr said the museum would tell a story of “floods and dry years, of loss and of rebuilding.”

                “If the levee cannot hold the water this spring, it will at some point, probably sooner than later,” said Anna Berg, a hydrologist at the river institute.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("plant was safe"))
                .noneMatch(t -> t.contains("Defense wins")).noneMatch(t -> t.contains("to speak at"))
                .anyMatch(t -> t.contains("new pumps were safe"));
        assertThat(f.quote("floods and dry years").speaker().name()).as("the real cue beside an unreal one").isEqualTo("Ines Dorr");
        assertThat(f.quote("levee cannot hold").speaker().name()).as("the modal is the quotation's").isEqualTo("Anna Berg");
    }

    @Test
    void aCueAfterAWordOfForecastReportsNoSpeechMade() {
        FactsFixture f = FactsFixture.of("""
                Lawyers for the tenants are likely to argue that the landlord ignored the leaking roof for years.

                The minister is expected to announce that the ferry will stop at Varda twice a week.

                The landlord is unlikely to say that the roof was his fault.

                Lawyers for the tenants said it was likely that the court would sit in June.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("ignored the leaking roof"))
                .noneMatch(t -> t.contains("ferry will stop")).noneMatch(t -> t.contains("was his fault"))
                .as("'likely' inside the reported words").anyMatch(t -> t.contains("court would sit"));
    }

    @Test
    void aCueBeforeATimePhraseWithThatReportsNoSpeech() {
        FactsFixture f = FactsFixture.of("""
                “We were sure the harbour team would win it,” Ruiz said long before that final whistle. “Nobody doubted it.”

                Ruiz said long before the match that the harbour team would win it.

                Ines Dorr wrote dozens of poems that winter and sent the best ones to a publisher in Varda.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("final whistle"))
                .noneMatch(t -> t.contains("winter and sent"))
                .as("a clause after 'that'").anyMatch(t -> t.contains("that the harbour team would win"));
        assertThat(f.quote("We were sure").speaker().name()).isEqualTo("Ruiz");
    }

    @Test
    void anUnnamedSpeakerWhoGivesAName() {
        FactsFixture f = FactsFixture.of("""
                Harbour master Tomas Berg closed the port, and several witnesses spoke to Radio Varda on Sunday.

                A man who gave his name as Tomas, a waiter at a cafe by the harbour, said that the ferry hit the pier at full speed.

                A woman who identified herself as Lena Moravec said that the crew had shouted a warning.

                A man who knew Tomas said that the pier had been closed for repairs.
                """);
        assertThat(f.quote("hit the pier").speaker().name()).isEqualTo("Tomas");
        assertThat(f.quote("hit the pier").speaker().mention()).isEqualTo("A man");
        assertThat(f.quote("hit the pier").speaker().actor()).as("a first name is not Tomas Berg's").isNull();
        assertThat(f.quote("shouted a warning").speaker().name()).isEqualTo("Lena Moravec");
        assertThat(f.quote("closed for repairs").speaker().name()).as("a clause that names someone else").isNotEqualTo("Tomas");
    }

    @Test
    void aPassiveTellByANamedAgentTakesTheAgent() {
        FactsFixture f = FactsFixture.of("""
                The union said that workers were told by Calderon Foods to sign the new contracts by Friday.

                Drivers were told by phone to leave their cabs at the depot.
                """);
        assertThat(f.quote("to sign the new contracts").speaker().name()).isEqualTo("Calderon Foods");
        assertThat(f.quote("leave their cabs").speaker().mention()).as("a phone is no agent").isEqualTo("Drivers");
    }

    @Test
    void aTrailingAttributionIsNotWhatTheCueSaid() {
        FactsFixture f = FactsFixture.of("""
                During the call, he asked about the pension fund and said, “somebody should pay for this,” the prosecutor’s office said.

                The mayor asked the council, and the council said the budget was final.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.equals("the prosecutor’s office said"))
                .anyMatch(t -> t.contains("the budget was final"));
    }

    @Test
    void anAttributionSetOffAtTheEndIsWhoSaidTheWordsBeforeIt() {
        FactsFixture f = FactsFixture.of("""
                The rockets came down in the sea 200 kilometres east of Varna, the largest of the Kelvar islands, the Kelvar defence ministry said.

                At least 12 people were hurt on Sunday in the old market of Lorvik, trampled by a crowd that ran as the dancers lit flares near the fountain, the Lorvik prosecutor said.

                "The water rose in minutes and we lost the boats," Tomas Brekke, a fisherman from Lorvik, said.

                The harbour will stay closed until May, the port authority said in a statement.
                """);
        assertThat(f.quote("came down in the sea").speaker().mention()).isEqualTo("the Kelvar defence ministry");
        assertThat(f.quote("people were hurt").speaker().mention()).isEqualTo("the Lorvik prosecutor");
        assertThat(f.quote("The water rose").speaker().name()).as("an apposition of the name").isEqualTo("Tomas Brekke");
        assertThat(f.quote("harbour will stay closed").speaker().mention()).isEqualTo("the port authority");
    }

    @Test
    void aDocumentSpeaksForItsAuthor() {
        FactsFixture f = FactsFixture.of("""
                A notice of data breach from Varto Bank executives states that the breach began in March.

                A commentary published in the Kelvar Herald newspaper on Friday said that the sanctions would fail.

                The union's letter calls on the board to act, and adds, “We cannot wait for another season of silence.”

                The statement said that the talks would resume in June.

                The memo, obtained by the Kelvar Herald, said that the plant would close in May.
                """);
        assertThat(f.quote("the breach began").speaker().name()).isEqualTo("Varto Bank executives");
        assertThat(f.quote("the sanctions would fail").speaker().name()).isEqualTo("Kelvar Herald");
        assertThat(f.quote("another season of silence").speaker().name()).isEqualTo("union");
        assertThat(f.quote("talks would resume").speaker().name()).as("no author given").isEqualTo("statement");
        assertThat(f.quote("plant would close").speaker().name()).as("who holds it did not write it").isNotEqualTo("Kelvar Herald");
    }

    @Test
    void aDocumentIssuedBeforeSpeaksForWhoIssuedIt() {
        FactsFixture f = FactsFixture.of("""
                Pieter Vandam, the harbour minister, issued a statement saying, "We will rebuild the pier before the winter storms."

                The Kelvar Ferry Company said in a statement that two crossings were cancelled. The ferries stayed in port on Sunday. "The crews will be paid for every lost day," the statement said.

                The Varto Herald obtained a memo from the port. The boats stayed idle. "The dredging will wait until spring," the memo said.

                A Lisbon-bound ferry turned back on Monday because a passenger was on the wrong boat, Kelvar Ferry Lines (KFL) said in a statement. It docked at noon. "The crew noticed the mistake an hour into the trip," the statement said.

                Captain Lena Ortiz said in the article that the pier was unsafe. The port stayed shut. "The pier will close for a year," the article said.
                """);
        assertThat(f.quote("rebuild the pier").speaker().name()).isEqualTo("Pieter Vandam");
        assertThat(f.quote("crews will be paid").speaker().name()).isEqualTo("Kelvar Ferry Company");
        assertThat(f.quote("noticed the mistake").speaker().name()).as("a subject the parse missed").isEqualTo("Kelvar Ferry Lines");
        assertThat(f.quote("dredging will wait").speaker().name()).as("who obtained it did not issue it").isNotEqualTo("Varto Herald");
        assertThat(f.quote("close for a year").speaker().name()).as("quoted in an article, not its writer").isNotEqualTo("Lena Ortiz");
    }

    @Test
    void aLongStatementKeepsItsIssuerAndABareQuotationTheReportedSpeakerBeforeIt() {
        FactsFixture f = FactsFixture.of("""
                The Osterlund Transit Authority denied the claims in a statement posted on its website.

                "We never cut the night buses," the statement read. "The timetable has stayed the same since March. Every driver was paid on time. We will publish the ledgers. Our riders deserve the truth."

                "We will meet the union on Monday," the statement concluded.

                Ines Moravec, a lawyer for the drivers, told the Varto Herald that this was not true. "The night buses were cut twice last winter and nobody was told about it."
                """);
        assertThat(f.quote("never cut the night buses").speaker().name()).isEqualTo("Osterlund Transit Authority");
        assertThat(f.quote("meet the union").speaker().name()).as("seven sentences on, through 'the statement read'")
                .isEqualTo("Osterlund Transit Authority");
        assertThat(f.quote("cut twice last winter").speaker().name()).as("the reported speaker before it, not the statement")
                .isEqualTo("Ines Moravec");
        FactsFixture further = FactsFixture.of("""
                The Kelvar Port Authority said that the dredging would start in May. The harbour has been closed since the storm in January.

                "Nobody has told the fishermen anything about the dredging plans at all."
                """);
        assertThat(further.quote("Nobody has told the fishermen").speaker().name()).as("reported speech a sentence further back")
                .isNotEqualTo("Kelvar Port Authority");
        FactsFixture adverbial = FactsFixture.of("""
                The coach Anton Rysk announced his retirement on Tuesday, a day after the club president Mira Solberg said she would leave. "I have coached for thirty years and my knees have told me that it is enough."
                """);
        assertThat(adverbial.quote("coached for thirty years").speaker().name()).as("a cue in an adverbial clause")
                .isNotEqualTo("Mira Solberg");
        FactsFixture relayed = FactsFixture.of("""
                "The roads are closed in every valley of the north," one of the drivers says, according to the Varto Herald. "Nobody can reach the farms before the spring thaw."
                """);
        assertThat(relayed.quote("Nobody can reach the farms").speaker().name()).as("the quotation before it in the same sentence")
                .isEqualTo(relayed.quote("roads are closed").speaker().name());
    }

    @Test
    void findingsAndBeliefsAreNoSpeech() {
        FactsFixture f = FactsFixture.of("""
                Several new studies suggest that the northern wolves travel farther than once thought.

                The ranger Tomas Bekker suggested that the forest trails be closed at night.

                As investigators quickly concluded that the fire had started in the kitchen, the street was closed.

                "The wiring was old and nobody had checked it for years," the fire chief concluded.

                The ruling confirms the belief that the council ignored the warnings.

                The mayor confirmed that the council had lost the flood reports.

                Some reports suggest that the ferry sank near the northern island.

                The engineer concluded that the old bridge was "past saving after decades of neglect."
                """);
        assertThat(f.quotes()).extracting(Quote::text).as("a finding of a thing, a thought, a belief")
                .noneMatch(t -> t.contains("wolves travel")).noneMatch(t -> t.contains("fire had started"))
                .noneMatch(t -> t.contains("ignored the warnings"));
        assertThat(f.quote("forest trails be closed").speaker().name()).as("someone suggests").isEqualTo("Tomas Bekker");
        assertThat(f.quote("wiring was old").kind()).as("a quotation concluded").isEqualTo(QuoteKind.DIRECT);
        assertThat(f.quote("lost the flood reports").kind()).as("a plain confirmation").isEqualTo(QuoteKind.INDIRECT);
        assertThat(f.quotes()).extracting(Quote::text).as("not coded: a document's suggestion is left out too")
                .noneMatch(t -> t.contains("ferry sank near"));
        assertThat(f.quote("past saving").kind()).as("the quotation of a conclusion stands on its own").isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aDescriptionTakesUpTheActorAnAppositionIntroducedWithTheSameNoun() {
        FactsFixture f = FactsFixture.of("""
                Most of the grain moves by barge, according to the Delta Grain Shippers League, a trade group. The barges carry ten million tons a year, the group says.
                """);
        assertThat(f.quote("ten million tons").speaker().name()).isEqualTo("Delta Grain Shippers League");
        FactsFixture none = FactsFixture.of("""
                The Osprey Council and the Lindqvist Foundation, two charities, run the shelters. Funding will run out in May, the group says.
                """);
        assertThat(none.quote("Funding will run out").speaker().actor()).as("no apposition names a group").isNull();
        FactsFixture place = FactsFixture.of("""
                The race starts at Cape Vell, the site of the old fair. The course is flat this year, the site says.
                """);
        assertThat(place.quote("course is flat").speaker().name()).as("a place is no website").isNotEqualTo("Cape Vell");
    }

    @Test
    void aWordForAWomanOrAManBeforeANameGivesTheGender() {
        FactsFixture f = FactsFixture.of("""
                Fan Omar Bellweather flew in from Lisbon to watch the final with thousands of others. His wife Maria said: "We waited twenty years for this night." He said: "I would not miss it for anything."
                """);
        assertThat(f.quote("waited twenty years").speaker().name()).isEqualTo("Maria");
        assertThat(f.quote("would not miss it").speaker().name()).isEqualTo("Omar Bellweather");
    }

    @Test
    void aPossessiveTheArticleGivesAPersonGivesTheGender() {
        String text = """
                Kesri Wendt spoke to reporters on Friday about %s new album. Olund Marwick, the producer, said the sessions ran late. "We recorded most of it in a barn," she said.
                """;
        assertThat(FactsFixture.of(text.formatted("his")).quote("in a barn").speaker().name()).as("a man")
                .isNotEqualTo("Kesri Wendt");
        assertThat(FactsFixture.of(text.formatted("the")).quote("in a barn").speaker().name()).as("no gender known")
                .isEqualTo("Kesri Wendt");
    }

    @Test
    void thePossessivesTheArticleGivesGoBeforeTheFirstNameList() {
        String text = """
                The label Harrow Records is owned by Mirela Voss.
                Taylor Brook wrote every song on her first album.
                Last week, Taylor Brook %s.
                "I only want to sing my own songs," she said.
                """;
        assertThat(speakerOf(text.formatted("posted a video on her page accusing the label of blocking the tour"), "sing my own songs"))
                .as("'her' in two sentences makes this Taylor a woman, whom the name list takes for a man").isEqualTo("Taylor Brook");
        assertThat(speakerOf(text.formatted("posted a video accusing the label of blocking the tour"), "sing my own songs"))
                .as("one sentence's possessive does not outweigh the name list").isEqualTo("Mirela Voss");
        assertThat(speakerOf(text.formatted("helped her finally get the tapes back from the label"), "sing my own songs"))
                .as("'her' the parse tagged as a possessive but is an object").isEqualTo("Mirela Voss");
        assertThat(speakerOf(text.formatted("carried the little girl to her seat on the tour bus"), "sing my own songs"))
                .as("a possessive after a word for another person may be theirs").isEqualTo("Mirela Voss");
    }

    @Test
    void aNameOpeningASentenceTheParseMadeItsRootIsItsSubject() {
        String text = """
                The film follows a nurse in a northern mining town. Greta Lindell plays the nurse, and the songs were written by Oksana Brandt.
                Brandt has said the score took her two years.
                %sLindell, who had never sung for a camera until last spring, worried about the duet with Moira, mainly since she had only ever acted on stage.
                “In the end the music carried me,” she said.
                """;
        assertThat(speakerOf(text.formatted(""), "the music carried me")).as("'Lindell' is the root, 'worried' an adjective")
                .isEqualTo("Greta Lindell");
        assertThat(speakerOf(text.formatted("At the premiere "), "the music carried me"))
                .as("not coded: a name the parse hung on an opening phrase stays no subject").isEqualTo("Oksana Brandt");
    }

    @Test
    void questionsToTheReaderCopyForTheReaderAndLegalTextsAreNoSpeech() {
        FactsFixture f = FactsFixture.of("""
                Is it fair to say that the new stadium was a costly mistake for the town?

                You are promised a quiet ride on the fastest train in the region.

                The constitution of Veldria came into force in 1990 and says "no province may leave the union without a vote."

                Mayor Ilse Brandt said that the new stadium was a costly mistake for the town.

                The singer Lena Marsh revealed in her memoir, "The Long Table," that she had left the band in 1999.

                Was it really possible, I asked the engineers, that the old pier could be saved?
                """);
        assertThat(f.quotes()).extracting(Quote::text)
                .noneMatch(t -> t.contains("quiet ride") || t.contains("no province may leave") || t.startsWith("The Long Table"))
                .filteredOn(t -> t.contains("costly mistake")).hasSize(1);
        assertThat(f.quote("costly mistake").speaker().name()).isEqualTo("Ilse Brandt");
        assertThat(f.quote("old pier could be saved").cue()).as("a question asked is reported").isEqualTo("asked");
    }

    @Test
    void aCueCoordinatedInsideAReportedClauseSharesTheReportingSubject() {
        FactsFixture f = FactsFixture.of("""
                Mayor Pavel Kranjec visited the hospital. Mr. Kranjec said that the families needed time to grieve, and added that the city would pay for the funerals.

                The families said that the city had waited too long, and the council added that the inquiry would start soon.
                """);
        assertThat(f.quote("pay for the funerals").speaker().name()).isEqualTo("Pavel Kranjec");
        assertThat(f.quote("inquiry would start").speaker().mention()).as("a subject of its own").isEqualTo("the council");
    }

    @Test
    void oneOfAGroupIsDescribedWithTheGroup() {
        FactsFixture f = FactsFixture.of("""
                One of Mr. Halvorsen’s former tenants, who now lives in Tucson, told the police that the couple had divorced years ago.
                """);
        assertThat(f.quote("the couple had divorced").speaker().name()).isEqualTo("One of Mr. Halvorsen’s former tenants");
    }

    @Test
    void aDescriptionWithTheNameInAppositionIsNamed() {
        FactsFixture f = FactsFixture.of("""
                Her lawyer, Dana Whitfield, said on Wednesday that an appeal was likely. She said that such cases usually end with a fine.
                """);
        assertThat(f.quote("usually end with a fine").speaker().name()).isEqualTo("Dana Whitfield");
    }

    @Test
    void aNameApposedToTheDescriptionsPlaceOrBodyIsTheSpeaker() {
        FactsFixture f = FactsFixture.of("""
                A man in Porto, Tiago Ferraz, also said he had seen smoke above the river before dawn.

                A spokeswoman for Verdal Foods, Ines Marchetti, said the plant would reopen on Monday.

                The lawyer for Tom Vale, Dana Whitfield, said the contract had never been signed.
                """);
        assertThat(f.quote("seen smoke above the river").speaker().name()).isEqualTo("Tiago Ferraz");
        assertThat(f.quote("the plant would reopen").speaker().name()).isEqualTo("Ines Marchetti");
        assertThat(f.quote("never been signed").speaker().name()).as("apposed to a person: whose lawyer is unclear")
                .isNotEqualTo("Dana Whitfield");
    }

    @Test
    void aHyphenatedFamilyNameAloneIsThePersonNamedInFull() {
        FactsFixture f = FactsFixture.of("""
                Ines Ruiz-Vale, a consumer lawyer in Lyon, has sued two banks over leaked records. Ruiz-Vale says the fines are too small to matter. “If a leak cost them real money, they would guard the data far better,” Ruiz-Vale says.
                """);
        assertThat(f.quote("guard the data far better").speaker().name()).isEqualTo("Ines Ruiz-Vale");
    }

    @Test
    void theyIsNoThingBeforeIt() {
        FactsFixture f = FactsFixture.of("""
                Early reports indicated that the ferry sank near the harbour, according to the coast guard. They said they were still searching for the crew.

                Local fishermen found the wreck at dawn. They said the water was calm.
                """);
        assertThat(f.quote("still searching").speaker().name()).isNull();
        assertThat(f.quote("the water was calm").speaker().name()).isEqualTo("Local fishermen");
    }

    @Test
    void aFamilyNameTheRecognizerMissedIsThePersonNamedInFull() {
        FactsFixture f = FactsFixture.of("""
                Veteran media analyst Lena Doctor has followed the chains for years. Meanwhile, Doctor says, the chains are buying time through cuts.

                Meanwhile, Baker says, the chains are selling their printing plants.
                """);
        assertThat(f.quote("buying time").speaker().name()).isEqualTo("Lena Doctor");
        assertThat(f.quote("printing plants").speaker().name()).as("no one named Baker in full").isNotEqualTo("Lena Doctor");
    }

    @Test
    void aPronounReachesOverAQuoteParagraph() {
        FactsFixture f = FactsFixture.of("""
                Retired engineer Colin Ardley, 61, was among the passengers hurt. He said the bus kept its speed through the bend.

                “Normally the driver eases off near the bridge. This time nothing changed. The bus tipped over. Bags flew past my head. My arm hurt for hours.”

                He said the bus slid for ten seconds before it stopped.
                """);
        assertThat(f.quote("slid for ten seconds").speaker().name()).isEqualTo("Colin Ardley");
    }

    @Test
    void quoteIdsAreStableAndContentDerived() {
        String text = "Governor Helen Marsh said that the state would reopen the northern highway.";
        Quote a = FactsFixture.of(text).quotes().get(0);
        Quote b = FactsFixture.of(text).quotes().get(0);
        assertThat(a.id()).isEqualTo(b.id()).hasSize(16).isEqualTo(QuoteExtractor.quoteId("fixture", a.start(), a.end()));
        assertThat(QuoteExtractor.quoteId("a1", 10, 42)).as("the id the code before Ids gave").isEqualTo("3994eec2adaf06f3");
    }

    @Test
    void aRelativePronounSpeakerIsTheNounBeforeIt() {
        FactsFixture f = FactsFixture.of("""
                My brother phoned the shop later, but the owner sided with the cashier, who said that I had knocked over the shelf.

                Oskar Lindahl, who speaks for the city council, criticised the vote and said no one had been consulted.
                """);
        assertThat(f.quote("knocked over the shelf").speaker().mention()).isEqualTo("the cashier");
        assertThat(f.quote("no one had been consulted").speaker().name()).isEqualTo("Oskar Lindahl");
    }

    @Test
    void aRelativePronounAfterAHyphenatedNameTakesTheWholeName() {
        FactsFixture f = FactsFixture.of("""
                We hope the envoy was thinking along the same lines as Governor Park Jun-in, who said he hoped the bridge would open in May.
                """);
        Quote q = f.quote("the bridge would open");
        assertThat(q.speaker().name()).as("'in' parsed as a preposition: the name counts from 'Jun'").isEqualTo("Park Jun-in");
        assertThat(q.speaker().mention()).isEqualTo("Governor Park Jun-in");
        FactsFixture present = FactsFixture.of("""
                The plan was praised by those present, who said they hoped the bridge would open in May.
                """);
        assertThat(present.quote("the bridge would open").speaker().actor()).as("no noun before the comma").isNull();
    }

    @Test
    void aNameBeforeAnApposedDescriptionSpeaks() {
        FactsFixture f = FactsFixture.of("""
                Dana Corwell, a baker and host of a cooking show on Channel Five, wrote in the Morning Ledger that she once boarded the wrong train. She was late and ran to the platform, she wrote.
                """);
        assertThat(f.quote("boarded the wrong train").speaker().name()).isEqualTo("Dana Corwell");
        assertThat(f.quote("ran to the platform").speaker().name()).isEqualTo("Dana Corwell");
    }

    @Test
    void aParticipleAfterAReportedClauseTakesTheMainSubject() {
        FactsFixture f = FactsFixture.of("""
                Airline spokesman Tomas Ortega confirmed the delay. Ortega declined to say whether fatigue was the cause, explaining that the inquiry had only begun.

                Mayor Ines Halloran said the plan was sound, adding that the work would start in May.

                It is alleged that Rafe Vale wrote to the league, stating that the referee had been paid.
                """);
        assertThat(f.quote("inquiry had only begun").speaker().name()).isEqualTo("Tomas Ortega");
        assertThat(f.quote("start in May").speaker().name()).isEqualTo("Ines Halloran");
        assertThat(f.quote("referee had been paid").speaker().name()).as("a passive report leaves the clause's subject").isEqualTo("Rafe Vale");
    }

    @Test
    void whatOneCannotSayAndWhatThatPromisesAreNoSpeech() {
        FactsFixture f = FactsFixture.of("""
                The larger version has a bigger battery. That promises 400 kilometres of range on one charge.

                I have driven the car for a month, and I can't say the steering feels any different. But I can say that the brakes feel softer.
                """);
        assertThat(f.quotes()).noneMatch(q -> q.text().contains("400 kilometres"));
        assertThat(f.quotes()).noneMatch(q -> q.text().contains("steering feels"));
        assertThat(f.quote("the brakes feel softer").kind()).isEqualTo(QuoteKind.INDIRECT);
    }

    @Test
    void theOneARoleServesInAnAppositionIsNotTheSpeaker() {
        FactsFixture f = FactsFixture.of("""
                The caller, a spokesman for Governor Ilse Marten, said the office would answer the letter within a week.
                """);
        Quote q = f.quote("answer the letter");
        assertThat(q.speaker().name()).isNotEqualTo("Ilse Marten");
        assertThat(q.speaker().mention()).isEqualTo("The caller");
    }

    @Test
    void aDescriptionTakesUpANameTheParseHungOnThePhraseBeforeItsVerb() {
        FactsFixture f = FactsFixture.of("""
                Soon after reports spread on Tuesday that both firms had come to terms on the use of Lena Ortiz's songs, Kelvan Studios denied that it had signed a deal with the label.

                “At no time did we sign a deal with Orrin Records,” the production company said in a statement to a magazine.
                """);
        assertThat(f.quote("At no time").speaker().name()).as("'Studios' an apposition of 'songs', 'denied' without subject")
                .isEqualTo("Kelvan Studios");
        FactsFixture own = FactsFixture.of("""
                Fans who had cheered Harlow Rovers booed the referee after the match on Friday.

                “No offer has been accepted,” the club said in a statement.
                """);
        assertThat(own.quote("No offer").speaker().actor()).as("'booed' has a subject of its own: the club was named in passing")
                .isNull();
    }

    @Test
    void aDescriptionAndItTakeUpTheLastBodyThatSpoke() {
        FactsFixture f = FactsFixture.of("""
                Harrow Logistics said on Tuesday that it had raised its offer for Pell Freight. Regulators in Brussels said they would study the bid.

                The Denver-based firm said it was ready to pay a break fee. It added that every depot would stay open.
                """);
        assertThat(f.quote("ready to pay a break fee").speaker().name()).isEqualTo("Harrow Logistics");
        assertThat(f.quote("every depot would stay open").speaker().name()).isEqualTo("Harrow Logistics");

        FactsFixture silent = FactsFixture.of("""
                Kelvar Rail did not say when the line would reopen. Passengers said the trains ran late all week.

                The company said it would add carriages in spring.
                """);
        assertThat(silent.quote("add carriages").speaker().name()).as("who did not say is no speaker").isEqualTo("company");

        FactsFixture unknown = FactsFixture.of("""
                Harrow Logistics said on Monday that it would bid again. KRL said it was still reviewing the offer.

                “We will answer next week,” the firm said.
                """);
        assertThat(unknown.quote("answer next week").speaker().name()).as("a name no actor holds spoke last").isNotEqualTo("Harrow Logistics");
    }

    @Test
    void aPronounTakesUpAPersonDescribedAsTheSubjectOfTheSentenceBefore() {
        FactsFixture f = FactsFixture.of("""
                Singer Ben Arlow was on stage when the lights failed.

                Just after nine, a police officer near the gate spots the smoke. “Everyone out through the east doors,” he says.

                Arlow left the stage. The crowd followed him. “Keep walking,” he said.
                """);
        assertThat(f.quote("Everyone out").speaker().name()).isEqualTo("police officer");
        assertThat(f.quote("Keep walking").speaker().name()).as("a subject that is no person is passed over").isEqualTo("Ben Arlow");

        FactsFixture other = FactsFixture.of("""
                Ana Reyes and her husband watched from the balcony. Their son stood beside them. She said the van swerved twice.

                Mila Voss has acted for forty years. Her first film came out in 1985. Parts were scarce, yet the actress kept waiting for the right one. “I liked music,” she said.
                """);
        assertThat(other.quote("the van swerved").speaker().name()).as("a son is no 'she'").isEqualTo("Ana Reyes");
        assertThat(other.quote("I liked music").speaker().name()).as("'the actress' refers back to a name").isEqualTo("Mila Voss");
    }

    @Test
    void aQuotationAfterAColonIsTheIntroducingSubjectsWhenThatIsSomeone() {
        FactsFixture f = FactsFixture.of("""
                The fire spread to the third floor, the fire chief said later at a briefing.

                Amid the smoke, one officer found the source of the blaze:
                “It is in the kitchen at the back, the gas line is open, send a second crew now.”

                Mayor Ida Brandt spoke of the crews. “They did their work without a single complaint,” she said.

                Radio traffic from that night went on for an hour:
                “Unit nine to the north stairs, we have two more people on the landing here.”
                """);
        assertThat(f.quote("kitchen at the back").speaker().mention()).as(f.quote("kitchen at the back").toString())
                .isEqualTo("one officer");
        assertThat(f.quote("Unit nine").speaker().mention()).as("radio traffic is no one: the subject rule leaves it")
                .isNotEqualTo("Radio traffic");
    }

    @Test
    void aNegatedCueWithAnOpenQuestionIsNoSpeechButAnAnsweredOneIs() {
        FactsFixture f = FactsFixture.of("""
                Veda Orrin said the yard could build larger ferries, but she did not disclose how large a ferry it could launch.

                The harbour master explained how the new ferry would be launched from the east slipway.
                """);
        assertThat(f.quotes()).extracting(Quote::text).as("what she did not disclose was not said")
                .noneMatch(t -> t.startsWith("how large"))
                .as("an explained 'how' is said").anyMatch(t -> t.startsWith("how the new ferry"));
    }

    @Test
    void aSpeechVerbModifyingANounIsNoCue() {
        FactsFixture f = FactsFixture.of("""
                Four people were hurt in clashes with supporters of the self-declared council that took over the port of Varnak last week.

                The council declared that it had taken over the port.

                Opposition parties rejected his often-repeated vow that the port would reopen in May.

                “The port will stay closed until the vote,” council leader Edda Varnes told reporters.
                """);
        assertThat(f.quotes()).extracting(Quote::text).as("'self-declared' names the council")
                .noneMatch(t -> t.contains("took over the port"))
                .as("a vow named, not made here").noneMatch(t -> t.contains("reopen in May"))
                .as("a council that declared").anyMatch(t -> t.contains("it had taken over the port"));
        assertThat(f.quote("stay closed until the vote").speaker().name()).isEqualTo("Edda Varnes");
    }

    @Test
    void theWritersLetUsSayIsNoSpeech() {
        FactsFixture f = FactsFixture.of("""
                Every founder meets setbacks that test you ... well, let's say they make you grow as a person.

                Her coach says they make you grow as a person.
                """);
        assertThat(f.quotes()).extracting(Quote::text).as("only the coach's words")
                .containsExactly("they make you grow as a person");
        assertThat(f.quotes().get(0).speaker().mention()).isEqualTo("Her coach");
    }

    @Test
    void aCueAskedAboutInAnEmbeddedQuestionReportsNobody() {
        FactsFixture f = FactsFixture.of("""
                That was when the two producers learned who had written it, and both were charmed by "the Elsa Brandt of it all."

                Lena Ortiz, who said that the bridge had been closed for a week, left the meeting early.
                """);
        assertThat(f.quotes()).extracting(Quote::text).as("who wrote it is asked, nobody is quoted")
                .noneMatch(t -> t.contains("Elsa Brandt"));
        assertThat(f.quote("the bridge had been closed").speaker().name()).as("a relative 'who' is a speaker")
                .isEqualTo("Lena Ortiz");
    }

    @Test
    void aCueBeforeAColonSaysWhatFollowsNotTheClauseBefore() {
        FactsFixture f = FactsFixture.of("""
                The ferry company suspended its crossings, declaring: "Reason: storm warning for the strait."
                """);
        assertThat(f.quotes()).extracting(Quote::text).as("suspending is no statement")
                .noneMatch(t -> t.contains("suspended its crossings"));
        assertThat(f.quote("storm warning").speaker().mention()).isEqualTo("The ferry company");
    }

    @Test
    void whoWasQuotedByAnAgencySpeaksNotTheAgency() {
        FactsFixture f = FactsFixture.of("""
                Deputy minister Oleg Varin was quoted by the Tass news agency saying: "We see the risks growing every week and we are deeply worried."

                The Tass news agency said the talks would resume in May.
                """);
        assertThat(f.quote("risks growing").speaker().name()).isEqualTo("Oleg Varin");
        assertThat(f.quote("talks would resume").speaker().name()).as("the agency's own report").isEqualTo("Tass");
    }

    @Test
    void theSubjectBeforeAParticiplePhraseSpeaksNotTheJournalInIt() {
        FactsFixture f = FactsFixture.of("""
                The authors of the study published in the journal Marine Ecology argued that the reef had recovered "faster than any model predicted."

                Marine Ecology said in an editorial that the study had been checked twice.
                """);
        assertThat(f.quote("the reef had recovered").speaker().mention()).isEqualTo("The authors");
        assertThat(f.quote("checked twice").speaker().mention()).as("the journal speaking for itself")
                .isEqualTo("Marine Ecology");
    }

    @Test
    void itTakesUpTheBodyDescribedBeforeWhenItNamesNone() {
        FactsFixture f = FactsFixture.of("""
                The airline said the crew had found the error before take-off. "We take great care with every passenger, and on this flight we failed," it said.

                The report came out on Monday. "Every ferry will be inspected twice a year from now on," it said.
                """);
        assertThat(f.quote("We take great care").speaker().name()).isEqualTo("airline");
        assertThat(f.quote("inspected twice").speaker().name()).as("a report is no body that speaks").isNull();
    }

    @Test
    void aNegatedCueAttributesNoQuotation() {
        FactsFixture f = FactsFixture.of("""
                Dana Kell described the shoot. He pressed her to drive faster, and shouted: “Go faster or I will make you do the whole scene again. The brakes were not even checked.” (Marlow did not respond to requests for comment.)
                """);
        assertThat(f.quote("Go faster").cue()).as(f.quote("Go faster").toString()).isNotEqualTo("respond");
        assertThat(f.quote("Go faster").speaker().mention()).isNotEqualTo("Marlow");
    }

    @Test
    void heTakesUpAReporterForAnAgencyNotAPersonNamedBefore() {
        FactsFixture f = FactsFixture.of("""
                Mira Olsen, a baker on the square, told Radio Sud that the stalls burned. A reporter for the Nordic Press Agency said the van drove into the market at speed. "It was total panic" on the square, he said.
                """);
        assertThat(f.quote("total panic").speaker().name()).isEqualTo("reporter for the Nordic Press Agency");
        FactsFixture other = FactsFixture.of("""
                Mayor Tomas Lind spoke after the vote. A spokesman for Lind said the budget would pass. "We have the numbers," he added.
                """);
        assertThat(other.quote("We have the numbers").speaker().name()).as("the spokesman, not the mayor he serves")
                .isEqualTo("spokesman for Lind");
    }

    @Test
    void aPhraseQuotedAfterInWhatSomeoneCalledIsTheirs() {
        assertThat(speakerOf("""
                The Harbor Kings were beaten 5-0 on Sunday in what coach Ria Dunn called "a lesson we needed to learn".
                """, "a lesson we needed")).isEqualTo("Ria Dunn");
        assertThat(speakerOf("""
                Tarvo Lindqvist was voted off the show in what host Mela Brand described as the "closest vote in ten years".
                """, "closest vote in ten years")).isEqualTo("Mela Brand");
        FactsFixture passive = FactsFixture.of("""
                The bridge was closed for a week in what was called "a necessary repair of the old deck".
                """);
        assertThat(passive.quotes()).as("no one gave the name").noneMatch(q -> "called".equals(q.cue()));
        FactsFixture term = FactsFixture.of("""
                Orvik Aero flew the booster again, a unit of what the firm calls "sea proven" hardware.
                """);
        assertThat(term.quotes()).as("a term of two words is no quotation").noneMatch(q -> "calls".equals(q.cue()));
        assertThat(speakerOf("""
                Ria Dunn said the team had played "a match we will not forget" and called it a lesson.
                """, "a match we will not forget")).as("a naming verb after the quotation names nothing").isEqualTo("Ria Dunn");
    }


    @Test
    void anAgeDescriptionTakesUpThePersonWhoJustSpoke() {
        FactsFixture f = FactsFixture.of("""
                Lena Marsh, who lives by the depot, said: "The whole street shook."
                The 31-year-old added that she had seen smoke rising over the rail yard.
                """);
        assertThat(f.quote("seen smoke rising").speaker().name()).isEqualTo("Lena Marsh");
        FactsFixture other = FactsFixture.of("""
                Lena Marsh, who lives by the depot, said: "The whole street shook."
                A 40-year-old from the next street said that he heard two blasts before dawn.
                """);
        assertThat(other.quote("heard two blasts").speaker().name()).as("an indefinite age is someone new")
                .isNotEqualTo("Lena Marsh");
    }

    @Test
    void aGiantIsTheCompanyThePassageIsAbout() {
        FactsFixture f = FactsFixture.of("""
                Corvell Bank expects a loss for the quarter. Corvell Bank declined to say whether it would move its cash home.

                The banking giant said it will have to write down the value of its tax credits.
                """);
        assertThat(f.quote("write down the value").speaker().name()).isEqualTo("Corvell Bank");
    }

    @Test
    void aMilitaryIsNamedByItsWords() {
        FactsFixture f = FactsFixture.of("""
                Two rockets landed near a border post on Friday, the Peruvian military said.
                """);
        assertThat(f.quote("Two rockets landed").speaker().name()).isEqualTo("Peruvian military");
    }

    @Test
    void aNameWrittenStraightAfterTheRolesPlaceHoldsTheRole() {
        FactsFixture f = FactsFixture.of("""
                Officials in Oslo said the talks would resume next week.

                Brazil's ambassador to Norway Carla Menezes has said that Brazil has the "will and the means" to end the dispute over fishing rights.
                """);
        assertThat(f.quote("end the dispute").speaker().name()).isEqualTo("Carla Menezes");
        FactsFixture served = FactsFixture.of("""
                The trial of Tom Vale opened in Bergen on Monday.

                The lawyer for Tom Vale has said that the evidence against his client was gathered without a warrant.
                """);
        assertThat(served.quote("gathered without a warrant").speaker().name()).as("the one the role serves")
                .isNotEqualTo("Tom Vale");
    }

    @Test
    void aRoleTakesUpThePersonNearWhoseTitleFitsIt() {
        FactsFixture two = FactsFixture.of("""
                Governor Ana Whitcombe and leaders of the assembly have promised raises. They do not want a fight like the one Governor Lee Barrow lost last year.

                Teachers did not see Whitcombe at the rally. Her office said she was at a conference of a group that had paid for Whitcombe's campaign.

                The governor said she was waiting for a pay commission to report by the end of next year.
                """);
        assertThat(two.quote("waiting for a pay commission").speaker().name()).as("two governors, one named just before")
                .isEqualTo("Ana Whitcombe");
        FactsFixture untitled = FactsFixture.of("""
                Governor Ana Whitcombe and leaders of the assembly have promised raises. They do not want a fight like the one Governor Lee Barrow lost last year.

                Teachers did not see Dana Pell at the rally. Her office said she was at a conference of a group that had paid for Pell's campaign.

                The governor said she was waiting for a pay commission to report by the end of next year.
                """);
        assertThat(untitled.quote("waiting for a pay commission").speaker().name()).as("the one named near holds no such title")
                .isNotEqualTo("Dana Pell");
    }

    @Test
    void aTitleWrittenShortFitsTheRoleItStandsFor() {
        String passage = """
                Republican %s Ana Whitcombe and leaders of the assembly have promised raises.

                Teachers did not see Whitcombe at the rally. Her office said she was at a conference of a group that had paid for Whitcombe's campaign.

                The governor said she was waiting for a pay commission to report by the end of next year.
                """;
        assertThat(FactsFixture.of(passage.formatted("Gov.")).quote("waiting for a pay commission").speaker().name())
                .as("Gov. is a governor").isEqualTo("Ana Whitcombe");
        assertThat(FactsFixture.of(passage.formatted("Sen.")).quote("waiting for a pay commission").speaker().name())
                .as("Sen. is no governor").isNotEqualTo("Ana Whitcombe");
    }

    @Test
    void aRoleWithAIsThePersonNamedWithTheSameRoleJustAfter() {
        String passage = """
                The Varnian government said on Friday it had freed nine fishermen held since March.

                A government spokesman said the release was part of talks with the rebels.

                "The talks will go on," %s said on radio.
                """;
        assertThat(FactsFixture.of(passage.formatted("the spokesman, Tomas Orlev,")).quote("part of talks").speaker().name())
                .as("the spokesman, named").isEqualTo("Tomas Orlev");
        assertThat(FactsFixture.of(passage.formatted("Tomas Orlev, a spokesman,")).quote("part of talks").speaker().name())
                .as("a spokesman again: maybe another").isEqualTo("government spokesman");
        assertThat(FactsFixture.of(passage.formatted("the minister, Tomas Orlev,")).quote("part of talks").speaker().name())
                .as("another role").isEqualTo("government spokesman");
    }

    @Test
    void officialsOfADescribedBodySpeakForTheBodyThePassageIsAbout() {
        FactsFixture f = FactsFixture.of("""
                The Ostrava Space Agency picked four firms on Monday to build small lunar landers.

                The contracts could be worth $900 million over five years, agency officials said.
                """);
        assertThat(f.quote("could be worth").speaker().name()).isEqualTo("Ostrava Space Agency");
        FactsFixture none = FactsFixture.of("""
                Four firms will build small lunar landers, the minister announced on Monday.

                The contracts could be worth $900 million over five years, agency officials said.
                """);
        assertThat(none.quote("could be worth").speaker().name()).as("no body named nearby").isEqualTo("agency officials");
        FactsFixture state = FactsFixture.of("""
                Peru sent two patrol boats to the coast on Monday.

                The boats will stay for a month, a government official said.
                """);
        assertThat(state.quote("will stay for a month").speaker().name()).as("a state word before a person")
                .isEqualTo("government official");
    }

    @Test
    void aQuotationAfterASentenceAboutAnotherNamedPersonIsTheirs() {
        FactsFixture f = FactsFixture.of("""
                Villagers were split on the plan to rebuild the old harbour wall.
                But fisherman Tomas Elver, 52, said the wall was long overdue. "We lose boats every winter without it."
                Marta Quill, 68, opposed the idea. "The money would be better spent on the school and the clinic."
                """);
        assertThat(f.quote("better spent on the school").speaker().name()).isEqualTo("Marta Quill");
        assertThat(f.quote("lose boats every winter").speaker().name()).isEqualTo("Tomas Elver");
        FactsFixture same = FactsFixture.of("""
                Fisherman Tomas Elver, 52, said the wall was long overdue. "We lose boats every winter without it."
                The harbour wall was built in 1890. "It has cracked in three places since the storm of last year."
                """);
        assertThat(same.quote("cracked in three places").speaker().name()).as("a sentence about a thing introduces no one")
                .isEqualTo("Tomas Elver");
    }


    @Test
    void aSentenceThatIntroducesItsOwnQuotationDoesNotAttributeTheOneBefore() {
        FactsFixture f = FactsFixture.of("""
                “The first shift was fine,” one driver said.
                “The second was the worst I have seen,” another said. “Three trucks broke down on the same hill and nobody came.”
                A week later the drivers got a letter from the depot managers warning them: “Every driver must file a report by Friday.”
                """);
        assertThat(f.quote("Three trucks broke down").speaker().mention()).isEqualTo("another");
        assertThat(f.quote("Every driver must file").speaker().name()).isNotEqualTo("another");
        FactsFixture after = FactsFixture.of("""
                Drivers at the depot waited for hours on Monday.
                “Three trucks broke down on the same hill and nobody came to help us.”
                Ivo Brandt, a driver for twelve years, said.
                """);
        assertThat(after.quote("Three trucks broke down").speaker().name()).as("an attribution with no quotation of its own")
                .isEqualTo("Ivo Brandt");
        FactsFixture line = FactsFixture.of("""
                The depot sent a note to its drivers, which read in part: “Every driver must file a report after each shift without fail.”
                Union officials responded by saying: “The union will not accept any new paperwork without extra pay.”
                """);
        assertThat(line.quote("Every driver must file").speaker().mention()).isNotEqualTo("Union officials");
        assertThat(line.quote("will not accept any new paperwork").speaker().mention()).isEqualTo("Union officials");
        FactsFixture sameLine = FactsFixture.of("""
                Rosa Venn, 64, called the night "a long nightmare", adding: "The water rose faster than any of us could run."
                """);
        assertThat(sameLine.quote("a long nightmare").speaker().name()).as("a cue on the quotation's own line").isEqualTo("Rosa Venn");
    }


    @Test
    void aDescriptionTakesUpTheOneBodyTheSentenceBeforeIsAbout() {
        FactsFixture f = FactsFixture.of("""
                Regulators are investigating Kelvar Rail over a string of late trains.

                The company confirmed on Monday that it had received a letter from the regulator.
                """);
        assertThat(f.quote("received a letter").speaker().name()).isEqualTo("Kelvar Rail");
        FactsFixture passing = FactsFixture.of("""
                Commuters in the valley said they had stopped using Kelvar Rail after the fares rose.

                The company confirmed on Monday that it had received a letter from the regulator.
                """);
        assertThat(passing.quote("received a letter").speaker().actor()).as("the object of a reported clause is named in passing")
                .isNull();
    }

    @Test
    void peopleDescribedByHowTheyKnowAreNamedWithThatPhrase() {
        FactsFixture f = FactsFixture.of("""
                The deal could grow much larger if Ostland drops its demands, people familiar with the talks say.
                The singer will not tour again this year, people knowledgeable about her plans said.
                """);
        assertThat(f.quote("could grow much larger").speaker().name()).isEqualTo("people familiar with the talks");
        assertThat(f.quote("will not tour again").speaker().name()).isEqualTo("people knowledgeable about her plans");
        FactsFixture other = FactsFixture.of("""
                The deal could shrink again if Ostland drops its offer, people angry with the talks say.
                """);
        assertThat(other.quote("could shrink again").speaker().name()).as("an adjective that says nothing of how they know")
                .isNull();
    }

    @Test
    void groupsNamedByWhatTheyDoAreSpeakers() {
        FactsFixture f = FactsFixture.of("""
                Consumer advocates are urging the regional board to set limits on pumping and publish the level of every well.
                The plan will drain the wetlands within a decade, critics of the project say.
                """);
        assertThat(f.quote("set limits on pumping").speaker().name()).isEqualTo("Consumer advocates");
        assertThat(f.quote("drain the wetlands").speaker().name()).isEqualTo("critics of the project");
    }

    @Test
    void aSourceNamedByAccordingToAfterAQuotationIsItsSpeaker() {
        FactsFixture f = FactsFixture.of("""
                The port police in Carvell said the two fishermen were released overnight.
                "The release of the two fishermen was part of the agreement," according to the Varto Herald.
                """);
        Quote q = f.quote("part of the agreement");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.text()).doesNotContain("\"").doesNotContain("according");
        assertThat(q.speaker().name()).as("the paper reported the words, not the police before it").isEqualTo("Varto Herald");
        String inside = """
                "Every sanction must be carried out according to the treaty," the envoy Marek Olsen told reporters.
                """;
        assertThat(speakerOf(inside, "carried out according")).as("'according to' inside the quotation").isEqualTo("Marek Olsen");
    }

    @Test
    void aPassiveCueTellsWhatWasReportedNotWhoSpoke() {
        FactsFixture f = FactsFixture.of("""
                Coach Dan Mercer left the podium after two minutes.
                'We will talk about the game and nothing else,' he said. 'Anything after that, we will tell you later.'
                His dismissal was reported early on Tuesday, with the club confirming the news later.
                """);
        Quote q = f.quote("Anything after that");
        assertThat(q.speaker().mention()).isNotEqualTo("His dismissal").isNotEqualTo("the club");
        assertThat(q.speaker().name()).as("the quotation before it goes on").isEqualTo("Dan Mercer");
        FactsFixture told = FactsFixture.of("""
                Captain Ines Moravec was told that the storm would reach the bay by noon.
                """);
        assertThat(told.quote("storm would reach").speaker().name()).as("a passive cue with an addressee keeps its subject")
                .isEqualTo("Ines Moravec");
        FactsFixture active = FactsFixture.of("""
                "Every mistake costs you a round," Petra Vanek said. "And after losing the opening match, we were under pressure."
                """);
        assertThat(active.quote("we were under pressure").speaker().name()).as("a passive inside the quotation")
                .isEqualTo("Petra Vanek");
    }

    @Test
    void aStageWorkNamedInApositionIsNoQuotation() {
        FactsFixture f = FactsFixture.of("""
                At the premiere of her new play, "The Quiet Harbour," a drama about a fishing town written by the novelist Rhea Tamsin, the actress smiled and said she was tired.
                Of the final play, "we were lucky to get that call at all," the coach said.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("Quiet Harbour"));
        assertThat(f.quote("lucky to get that call").speaker().mention()).as("a sentence quoted after 'play,'")
                .isEqualTo("the coach");
    }

    @Test
    void anAdverbialTakenForTheContentIsNoSpeech() {
        FactsFixture f = FactsFixture.of("""
                Her attitude toward money was epitomized by the short story she wrote where a banker cheats at poker.
                The chip could speed up other apps in the future, a possibility that Venn concedes, while declining to go into detail about what kinds of apps the firm envisions.
                The mayor told reporters where the new bridge would be built.
                Ruiz said while the plan was sound, the money had run out.
                The envoy said that barring new talks, the border would stay closed.
                While searching the van, officers found two rifles, the sheriff said.
                """);
        assertThat(f.quotes()).extracting(Quote::text).noneMatch(t -> t.contains("banker cheats"))
                .noneMatch(t -> t.contains("declining to go into detail"));
        assertThat(f.quote("new bridge would be built").speaker().mention())
                .as("'where' after a cue with no noun before it").isEqualTo("The mayor");
        assertThat(f.quote("the money had run out").text()).as("a subordinate clause inside the content").startsWith("while the plan");
        assertThat(f.quote("border would stay closed").text()).as("a participle after 'that'").startsWith("that barring");
        assertThat(f.quote("found two rifles").text()).as("content before the cue").startsWith("While searching");
    }

    @Test
    void aSelfGivenNameWinsOverALongerNameAndCarriesToHerPronoun() {
        FactsFixture f = FactsFixture.of("""
                Mayor Carla Benitez opened the harbour festival on Saturday evening.

                A woman who gave her name as Carla, working at a bakery on the seafront, said that a van drove onto the pavement. "Everyone ran towards the water," she said.
                """);
        assertThat(f.quote("drove onto the pavement").speaker().name()).isEqualTo("Carla");
        assertThat(f.quote("drove onto the pavement").speaker().actor()).as("not the mayor").isNull();
        assertThat(f.quote("Everyone ran towards").speaker().name()).as("her pronoun").isEqualTo("Carla");
    }

    @Test
    void aDescriptionOpeningOnWhoIsAPerson() {
        FactsFixture f = FactsFixture.of("""
                Lena Ortiz, who was driving home from work, said the bridge shook for several seconds.

                The baker, who hurt her wrist, said the lights on the bridge went out at once.

                A potter, who runs a stall by the river, said that the water had risen overnight.
                """);
        assertThat(f.quote("lights on the bridge").speaker().name()).as("the person named before").isEqualTo("Lena Ortiz");
        assertThat(f.quote("water had risen").speaker().name()).as("an indefinite one is nobody named").isEqualTo("potter");
        assertThat(f.quote("water had risen").speaker().actor()).isNull();
    }

    @Test
    void asSomeonePutItAttributesTheQuotation() {
        FactsFixture f = FactsFixture.of("""
                Critics praised the novel when it came out in 1998, and its editor, Sara Lind, said sales were slow at first.

                As Marek Holt put it, "the book found its readers one by one, and they never let it go."
                """);
        assertThat(f.quote("found its readers").speaker().name()).isEqualTo("Marek Holt");
    }

    @Test
    void everydayWordsForPeopleDescribeTheSpeaker() {
        FactsFixture f = FactsFixture.of("""
                Mayor Tom Keller visited the flooded market on Tuesday. A fisherman at the pier said the water rose above the stalls within minutes. "We lost everything we had on the boats," he said.

                Police chief Ana Duarte said the road would reopen on Friday. The woman who runs the bakery said she had waited four hours for help. "Nobody came," she said.

                Lena Brant, a nurse at the clinic, said twelve people were treated. The nurse said most of them had cuts from glass.

                Tomas Vale, who was on his way to work, said the tram tipped over on the bend. The driver told police that he could not brake in time.
                """);
        assertThat(f.quote("We lost everything").speaker().name()).as("his pronoun").isEqualTo("fisherman");
        assertThat(f.quote("waited four hours").speaker().name()).isEqualTo("woman");
        assertThat(f.quote("Nobody came").speaker().name()).as("her pronoun").isEqualTo("woman");
        assertThat(f.quote("cuts from glass").speaker().name()).as("an occupation taken up from a named person")
                .isEqualTo("Lena Brant");
        assertThat(f.quote("could not brake").speaker().name()).as("not the passenger named before").isEqualTo("driver");
    }

    @Test
    void doctorsWhoSpeakAreTheSpeaker() {
        FactsFixture f = FactsFixture.of("""
                A group of volunteer doctors wrote to the health ministry in Varnsby on Monday. "Winter is close and the clinics are full," the doctors stated.

                Mira Sand, a doctor at the county hospital, treated the driver overnight. The doctor said he would recover within weeks.

                Pavel Orr, who was seen by a doctor at the scene, said the bus never slowed down.
                """);
        assertThat(f.quote("the clinics are full").speaker().name()).as("a group described by its occupation").isEqualTo("doctors");
        assertThat(f.quote("recover within weeks").speaker().name()).as("taken up from a named doctor").isEqualTo("Mira Sand");
        assertThat(f.quote("never slowed down").speaker().name()).as("a doctor only mentioned").isEqualTo("Pavel Orr");
    }

    @Test
    void theArticlesOwnIWritesTheByline() {
        String column = """
                I spent a week on the ferries of the Kelvar coast this winter. On the last crossing I told the harbour master that the old pier had cracked in two places.

                "We have known about the cracks since the autumn," said Ivo Marsh, the harbour master. "I told the council that we would need a new pier."
                """;
        FactsFixture f = FactsFixture.byAuthors(List.of("Nora Lindqvist", "MS"), column);
        assertThat(f.quote("the old pier had cracked").speaker().name()).as("the one name of the byline").isEqualTo("Nora Lindqvist");
        assertThat(f.quote("known about the cracks").speaker().name()).isEqualTo("Ivo Marsh");
        assertThat(f.quotes()).extracting(q -> q.speaker().name()).as("an \"I\" inside quotation marks is its speaker's")
                .containsOnly("Nora Lindqvist", "Ivo Marsh");
        assertThat(FactsFixture.byAuthors(List.of("Nora Lindqvist", "Tom Berg"), column).quote("the old pier had cracked")
                .speaker().name()).as("two authors: either may be the \"I\"").isNull();
        assertThat(FactsFixture.of(column).quote("the old pier had cracked").speaker().name()).as("no byline").isNull();
    }

    @Test
    void anIInAColumnThatPrintsALetterStaysUnresolved() {
        FactsFixture f = FactsFixture.byAuthors(List.of("Nora Lindqvist"), """
                DEAR NORA: My neighbour parks his van across my driveway every night. Last week I told him that I would call the police.

                DEAR BLOCKED IN: Before you call anyone, write to your landlord.
                """);
        assertThat(f.quote("I would call the police").speaker().name()).as("the letter's writer, not the columnist").isNull();
    }

    @Test
    void anUntaggedProperNounIsTheSpeakerByItsOwnWords() {
        FactsFixture f = FactsFixture.of("""
                Sales of new cars fell in the region this year. Dealers sold fewer trucks than last year, according to Carvento.

                Others said the fall would not last.
                """);
        assertThat(f.quote("fewer trucks").speaker().name()).as("a name the recognizer left alone").isEqualTo("Carvento");
        assertThat(f.quote("would not last").speaker().name()).as("a capitalised common word is no name").isNull();
    }
}
