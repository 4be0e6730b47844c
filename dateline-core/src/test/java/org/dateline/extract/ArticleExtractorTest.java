package org.dateline.extract;

import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.RawPage;
import org.dateline.model.SourceMeta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article text(String content) {
        return extractor.extract(new RawPage("dump/story.txt", RawPage.Format.TEXT, content, SourceMeta.NONE, List.of()));
    }

    @Test
    void titleIsTheFirstLineAndParagraphsAreSeparatedByOneBlankLine() {
        Article article = text("\n  Envoys agree on river survey  \n\nFirst paragraph, line one\nline two of it.\n\n\n\nSecond paragraph.\n");
        assertThat(article.title()).isEqualTo("Envoys agree on river survey");
        assertThat(article.text()).isEqualTo("First paragraph, line one\nline two of it.\n\nSecond paragraph.");
        assertThat(article.source()).isEqualTo("dump/story.txt");
        assertThat(article.duplicateOf()).isNull();
        assertThat(article.story()).isNull();
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void languageIsGuessedFromTitleAndTextAndLeftNullWhenTooShort() {
        assertThat(text("Envoys agree on a river survey\n\nThe two governments agreed on Tuesday to survey the river "
                + "together before the spring floods, officials said.").language()).isEqualTo("en");
        assertThat(text("Стороны договорились о совместном обследовании реки\n\nПравительства двух стран договорились во "
                + "вторник провести обследование реки до весеннего паводка.").language()).isEqualTo("ru");
        assertThat(text("Talks\n\nYes.").language()).isNull();
    }

    @Test
    void idIsDerivedFromOutletAndTextOnly() {
        Article a = text("Title\n\nSame body.");
        Article b = extractor.extract(new RawPage("elsewhere.txt", RawPage.Format.TEXT, "Title\n\nSame body.", SourceMeta.NONE, List.of()));
        Article c = text("Title\n\nOther body.");
        assertThat(a.id()).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(b.id()).isNotEqualTo(c.id());
        assertThat(a.id()).isEqualTo(ArticleExtractor.id(null, "Same body."));
        assertThat(ArticleExtractor.id("Le Monde", "Ministers met in Geneva on Tuesday.")).isEqualTo("8003a879b002db1c");
        assertThat(ArticleExtractor.id(null, "Ministers met in Geneva on Tuesday.")).isEqualTo("5ac0894d6fd3d832");
    }

    @Test
    void readerCommentSectionIsRemovedEvenWhenCommentsQuoteThePolitician() {
        Article article = text("""
                Minister Dalvik rejects border plan

                Foreign Minister Ora Dalvik said on Friday the plan was "not serious".

                Discussion Policy

                Be polite. We may remove comments.

                  1. Tomas K said:

                    Dalvik said "we will never sign" last year too, so why believe him now?

                  2. Pingback: Minister Dalvik rejects border plan | Some Blog

                  3. mira said:

                    "The plan is dead," Dalvik told us. Good.
                """);
        assertThat(article.text()).isEqualTo("Foreign Minister Ora Dalvik said on Friday the plan was \"not serious\".");
        assertThat(article.warnings()).containsExactly("removed reader comment section (3 comments, 7 lines)");
    }

    @Test
    void aColonIntroducedQuoteInTheBodyIsNotMistakenForAComment() {
        Article article = text("Title\n\nThe minister said:\n\n\"We are ready to talk.\"\n\nTalks start in May.");
        assertThat(article.text()).contains("The minister said:").contains("Talks start in May.");
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void sidebarOfHeadlinesWithTimesIsRemoved() {
        Article article = text("""
                Ports reopen after strike

                Dockers returned to work on Monday, the union said.

                Related news
                Grain prices fall for third week
                Markets 15:13
                New ferry line links two islands
                Transport 14:02
                Latest
                Central bank keeps rate unchanged
                Finance 09:30
                """);
        assertThat(article.text()).isEqualTo("Dockers returned to work on Monday, the union said.");
        assertThat(article.warnings()).containsExactly("removed related-headlines list 'Related news' (4 lines)",
                "removed related-headlines list 'Latest' (2 lines)");
    }

    @Test
    void relatedListEndsAtTheFirstLineOfProse() {
        Article article = text("Title\n\nRead also\nGrain prices fall for third week\n\nThe talks resumed in the afternoon after a long pause.");
        assertThat(article.text()).isEqualTo("The talks resumed in the afternoon after a long pause.");
    }

    @Test
    void navigationSocialSeparatorFooterAndNumericJunkLinesAreRemovedAndCounted() {
        Article article = text("""
                All news

                Ceasefire holds in the valley

                The ceasefire held overnight, officials said.

                ---

                Follow the author on Twitter: @someone
                Follow Coastwire on Telegram. Only the important news

                Read more »
                © 2021 Coastwire. All rights reserved.
                Back to top
                0100200707500000000000000111050913
                """);
        assertThat(article.title()).isEqualTo("Ceasefire holds in the valley");
        assertThat(article.text()).isEqualTo("The ceasefire held overnight, officials said.");
        assertThat(article.warnings()).containsExactly("removed 3 navigation lines", "removed 2 social-media lines",
                "removed 1 footer line", "removed 1 separator line", "removed 1 line of numeric junk");
    }

    @Test
    void captionsGallerySlidesAndVideoPlayersAreRemovedButProseWithParenthesesStays() {
        Article article = text("""
                Harbour talks resume in Port Velna

                The two delegations met again on Tuesday, the ministry said (in a statement).

                Delegates walk to the harbour office on Tuesday. (Photo: Ana Ferro, Velna Daily)
                Photos: The harbour talks The port at dawn before the meeting. Hide Caption 3 of 12
                Replay Embed x Share Harbour talks explained | 1:12 Fishing quotas | 0:56 Ferry fares | 2:05
                A customs officer checks a crate at the quay (AP Photo/Ivo Brand)

                The minister said the next round would follow in May.

                Up next
                Storm closes the northern ferry line
                Grain barge runs aground off the cape
                """);
        assertThat(article.text()).isEqualTo("The two delegations met again on Tuesday, the ministry said (in a statement)."
                + "\n\nThe minister said the next round would follow in May.");
        assertThat(article.warnings()).contains("removed 3 photo caption lines", "removed 1 video player line",
                "removed related-headlines list 'Up next' (2 lines)");
    }

    @Test
    void broadcastListingsAndTheirAirTimesAreRemovedButAProgrammeInTheStoryStays() {
        Article article = text("""
                Ferry strike ends in Port Velna

                The ferry crews returned to work on Monday, the union said.
                Harbour Special -- Crews of Velna. Watch the film on Velna TV and Velna World: 9 p.m. ET, Friday May 3
                10 a.m. JST. Saturday, May 4
                11 a.m. AEST Saturday, May 4
                Fans can watch the final on Velna TV, which bought the rights in May.
                Listen to Harbour FM live at 12:45 and 17:45 weekdays - or listen back here.
                """);
        assertThat(article.text()).isEqualTo("The ferry crews returned to work on Monday, the union said.\n\n"
                + "Fans can watch the final on Velna TV, which bought the rights in May.");
        assertThat(article.warnings()).contains("removed 4 broadcast listing lines");
    }

    @Test
    void printedPageControlsSignUpBoxesSlidesCreditsAndTeasersAreRemovedButProseLikeThemStays() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                The ferry crews returned to work on Monday, the union said.
                Advertisement Continue reading the main story
                Photo
                Advertisement - Continue Reading Below
                Newsletter sign-up: The Velna Ferry Letter, each week. Please verify you're not a robot.
                Sign up for Velna ferry alerts by email. Our policy on data. Thanks for subscribing!
                3/12 4 May 2021 Crews wave from the deck of the Northern Star Velna Daily
                FILE - In this Aug. 2, 2020, file photo, a grey ferry leaves the Velna quay at dawn. (Ivo Brand, File/AP)
                Enlarge this image toggle caption Ivo Brand/AP Ivo Brand/AP
                Image copyright Getty Images Image caption The Velna quay stood empty for a week
                Mara Ilic / Reuters Union leader Mara Ilic speaks to crews on the quay.
                Velna crews cheer as their first ferry sails out. Photograph: Ivo Brand/AP
                The Velna strike ended after one night of talks. REUTERS/Ivo Brand
                Related: Grain barge runs aground off the cape
                READ MORE: Storm closes the northern ferry line
                Related stories 'WE WON' Crews cheer deal Grain barge runs aground off the cape

                Crews can sign up for the new shifts by email, the union said, and 3/4 of them already have.
                In this week's talks, the two sides agreed on safety rules.
                Related talks on fares will follow in June.
                """);
        assertThat(article.text()).isEqualTo("The ferry crews returned to work on Monday, the union said."
                + "\n\nCrews can sign up for the new shifts by email, the union said, and 3/4 of them already have."
                + "\nIn this week's talks, the two sides agreed on safety rules.\nRelated talks on fares will follow in June.");
        assertThat(article.warnings()).contains("removed 3 navigation lines", "removed 2 newsletter sign-up lines",
                "removed 7 photo caption lines", "removed 3 headline teaser lines");
    }

    @Test
    void archiveMenusAndPageStampsAreRemovedButDatesInProseStay() {
        Article article = text("""
                Harbour talks resume in Port Velna

                The two delegations met again on Tuesday, the ministry said, as they did in March 2019 and June 2020.

                Published March 3rd, 2021 - 11:05 GMT
                Updated at 4:20 p.m. ET Tuesday

                Updated figures will follow in May.

                Older posts: May 2021 (3) April 2021 (5) March 2021 (1) February 2021 (6)
                """);
        assertThat(article.text()).isEqualTo("The two delegations met again on Tuesday, the ministry said, as they did in"
                + " March 2019 and June 2020.\n\nUpdated figures will follow in May.");
        assertThat(article.warnings()).contains("removed 1 archive menu line");
    }

    @Test
    void subheadingsAndEditorsNotesAreRemovedButQuoteParagraphsStay() {
        Article article = text("""
                Ferry strike ends in Port Velna

                The ferry crews returned to work on Monday after a week-long strike.
                - 'Not a defeat' -
                "We won the safety rules we asked for," union leader Mara Ilic said.
                'Back on the water'
                'Back on the water by noon,' one captain said.
                Editor's note: An earlier version of this story misspelled the union leader's name.
                Correction added March 3: The strike lasted seven days, not eight.
                """);
        assertThat(article.text()).isEqualTo("The ferry crews returned to work on Monday after a week-long strike."
                + "\n\n\"We won the safety rules we asked for,\" union leader Mara Ilic said."
                + "\n\n'Back on the water by noon,' one captain said.");
        assertThat(article.warnings()).contains("removed 2 subheading lines", "removed 2 editor's note lines");
    }

    @Test
    void captionsWithBareAgencyCreditsAndCreditLinesAreRemovedButProseNamingAnAgencyStays() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                The ferry crews returned to work on Monday, the union said.
                AP:Associated Press Crews wave from the deck of the first ferry out
                Getty - Contributor The quay stood empty for a week
                Reuters Dock workers gather at the gate at dawn
                The first ferry leaves the quay at dawn (Getty)
                AP - AFP
                Reuters
                Ivo Brand/The Velna Daily
                Ana Ferro/WireImage via Getty Images

                Reuters reported that the crews voted on Monday night.
                EPA Administrator Jo Marr said the new safety rules would stay.
                The union first told AP about the vote (on Sunday)
                """);
        assertCleaned(article, "The ferry crews returned to work on Monday, the union said."
                + "\n\nReuters reported that the crews voted on Monday night."
                + "\nEPA Administrator Jo Marr said the new safety rules would stay.\nThe union first told AP about the vote (on Sunday)",
                "removed 8 photo caption lines");
    }

    @Test
    void videoBlurbsEmbeddedTweetsShoppingButtonsAndPromosAreRemovedButProseLikeThemStays() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                The ferry crews returned to work on Monday, the union said.
                Harbour analyst Lena Voss joins “Port Report” to discuss what the strike cost the town.
                CLOSE Crews return to the ferries in Port Velna after a week on strike.
                Union leader Mara Ilic speaks to crews after the vote. (March 4) AP
                Back on the water at last! pic.twitter.com/abc123 — Mara Ilic (@maraIlic) March 4, 2021
                See it now: Shopland
                Every day we send an email with the top stories from Velna.
                Follow every turn of the ferry dispute by subscribing now

                Mara Ilic joins the talks on Friday to discuss fares, the union said.
                She thanked the crews on Twitter on March 4, 2021.
                Visitors can see it now at the harbour museum, the curator said.
                """);
        assertCleaned(article, "The ferry crews returned to work on Monday, the union said."
                + "\n\nMara Ilic joins the talks on Friday to discuss fares, the union said."
                + "\nShe thanked the crews on Twitter on March 4, 2021.\nVisitors can see it now at the harbour museum, the curator said.",
                "removed 3 video player lines", "removed 1 embedded post line",
                "removed 1 shopping button line", "removed 2 newsletter sign-up lines");
    }

    @Test
    void videoBlocksAndAppealsAreRemovedButProseLikeThemStays() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                The ferry crews returned to work on Monday, the union said.
                JUST WATCHED Crews cheer the deal Replay More Videos ... MUST WATCH Crews cheer the deal 01:14
                Media playback is unsupported on your device Crews cheer on the quay at dawn
                Our harbour desk brings you the news at no cost to you, yet each story costs us money.
                Support Velna Daily so we can keep reporting on the harbour.

                FILE sharing among the crews' phones helped them vote, the union said.
                Ilic said she had just watched the ferry leave and would support the crews at no extra cost to them.
                """);
        assertCleaned(article, "The ferry crews returned to work on Monday, the union said."
                + "\n\nFILE sharing among the crews' phones helped them vote, the union said."
                + "\nIlic said she had just watched the ferry leave and would support the crews at no extra cost to them.",
                "removed 2 video player lines", "removed 2 appeal for support lines");
    }

    @Test
    void reportingCreditsReaderPromptsAndSignUpsAreRemovedButSentencesLikeThemStay() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                The ferry crews returned to work on Monday, the union said.
                AFP or licensors Crews wave from the deck of the first ferry out
                Get the latest ferry news right in your inbox. Subscribe to our newsletters.
                Ivo Brand may be reached at ibrand@velnadaily.example. Follow him on Twitter @ivobrand.
                Velna Daily may earn a commission from tickets bought through links on this page.
                Like ferries? Follow ferries here for news of every crossing. Add Interest
                Share this story, please!
                The port turns 300 and we mark it with a story a day. Click here to read the first.
                Splash News Crews wave from the deck of the first ferry out
                (Reporting by Ivo Brand; Editing by Ana Ferro)
                Additional reporting by Lena Voss
                ib/af (Coastwire, dpa)

                Reporting by the Velna Daily found that the owners had lost money, the union said.
                The mayor said she may be reached at the town hall every Friday.
                """);
        assertCleaned(article, "The ferry crews returned to work on Monday, the union said."
                + "\n\nReporting by the Velna Daily found that the owners had lost money, the union said."
                + "\nThe mayor said she may be reached at the town hall every Friday.",
                "removed 2 photo caption lines", "removed 1 newsletter sign-up line", "removed 5 reader prompt lines",
                "removed 3 reporting credit lines");
    }

    @Test
    void subscriptionOffersAndTranscriptNoticesAreRemovedButSentencesLikeThemStay() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                The ferry crews returned to work on Monday, the union said.
                Get Harbour Weekly delivered through your letterbox every month. 6 issues for £9.99. Click here for details.
                Velna Radio transcripts are produced automatically, and our editors check them within a week.
                This is a rush transcript; the copy might not be in final form.

                The union said the new timetable would be delivered to every crew member by Friday.
                Court transcripts are produced by clerks, and the judge said the transcript of the hearing was not final.
                """);
        assertCleaned(article, "The ferry crews returned to work on Monday, the union said."
                + "\n\nThe union said the new timetable would be delivered to every crew member by Friday."
                + "\nCourt transcripts are produced by clerks, and the judge said the transcript of the hearing was not final.",
                "removed 1 subscription offer line", "removed 2 transcript notice lines");
    }

    @Test
    void anAuthorsBoxClosingThePageIsRemovedButASignOffBeforeMoreTextStays() {
        Article boxed = text("""
                Ferry crews end strike in Port Velna

                The ferry crews returned to work on Monday, the union said.
                Follow me on Twitter or LinkedIn. Check out my website.
                I am a sailor, writer and harbour historian. Currently, I cover the Velna ferries.
                """);
        assertCleaned(boxed, "The ferry crews returned to work on Monday, the union said.", "removed 1 social-media line", "removed author box (1 line)");
        Article goesOn = text("""
                Ferry crews end strike in Port Velna

                Check out my website, the captain told the crews, and they laughed.
                The ferry crews returned to work on Monday, the union said.
                The first ferry left at dawn with forty cars aboard.
                The owners said the fares would not rise this year.
                The strike had cost the port two weeks of trade.
                The mayor thanked the crews and the owners alike.
                """);
        assertThat(goesOn.text()).as("the article goes on after it").startsWith("Check out my website, the captain told");
    }

    @Test
    void embeddedPostsAreRemovedButProseAboutATweetStays() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                The ferry crews returned to work on Monday, the union said.
                Mara Ilic posted a picture of the quay on Twitter, writing that the crews had won.
                Back on the water at last, thank you Velna https://t.co/Ab12Cd
                — Mara Ilic (@maraIlic) March 4, 2021
                Dawn on the quay pic.twitter.com/Xy34Zw
                Crews at dawn A post shared by Velna Ferries (@velna.ferries) on Mar 4, 2021 at 6:10am PST

                Her tweet was shared 4,000 times by Tuesday.
                """);
        assertCleaned(article, "The ferry crews returned to work on Monday, the union said."
                + "\nMara Ilic posted a picture of the quay on Twitter, writing that the crews had won."
                + "\n\nHer tweet was shared 4,000 times by Tuesday.", "removed 4 embedded post lines");
    }

    @Test
    void longWireCaptionsClosedByAPhotographersCreditAndInstagramStampsWithABracketedNameAreRemoved() {
        String caption = "FILE - In this Aug. 2, 2020 file photo, a grey ferry leaves the Velna quay at dawn with its first cars of"
                + " the season. The ferry crews of Port Velna went on strike on Monday, Oct. 4, 2021, over the night crossings,"
                + " and the owners said on Tuesday that the line would stay closed until a deal was signed. The union asked for"
                + " a second officer on every night crossing after a collision in the harbour last winter injured two deckhands.";
        Article article = text("Ferry crews end strike in Port Velna\n\n"
                + "The ferry crews returned to work on Monday, the union said.\n\n"
                + caption + " (AP Photo/Ivo Brand, File)\n"
                + caption + " (Photo by Ivo Brand/Velna Daily/AP, File) (Associated Press)\n"
                + caption + " (Photo: Ana Ferro)\n"
                + "Back on deck A post shared by Mara (Captain) Ilic (@mara.ilic_) on Oct 5, 2021 at 7:02am PDT\n"
                + caption + " (in a photo the union posted online)");
        assertCleaned(article, "The ferry crews returned to work on Monday, the union said.\n\n"
                + caption + " (in a photo the union posted online)",
                "removed 3 photo caption lines", "removed 1 embedded post line");
    }

    @Test
    void embeddedFurnitureIsRemovedFromAnHtmlBodyToo() {
        String html = "<html><head><title>Ferry crews end strike</title></head><body><article>"
                + "<p>The ferry crews of Port Velna returned to work on Monday after a week on strike, the union said.</p>"
                + "<p>Back on the water at last pic.twitter.com/Xy34Zw</p><p>— Mara Ilic (@maraIlic) March 4, 2021</p>"
                + "<p>We need your financial support to keep covering the harbour.</p>"
                + "<p>The owners agreed to a second officer on every night crossing, the union said.</p></article></body></html>";
        Article article = extractor.extract(new RawPage("a.html", RawPage.Format.HTML, html, SourceMeta.NONE, List.of()));
        assertCleaned(article, "The ferry crews of Port Velna returned to work on Monday after a week on strike, the union said."
                + "\n\nThe owners agreed to a second officer on every night crossing, the union said.",
                "removed 2 embedded post lines", "removed 1 appeal for support line");
    }

    @Test
    void captionsAndSummariesRepeatingTheArticleAreRemovedButTheirSentencesStay() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                Crews return to the ferries of Port Velna after a week on strike
                The owners agreed to a second officer on every night crossing
                The ferry crews returned to work on Monday, the union said.
                But crews return to the ferries of Port Velna after a week on strike with a new contract.
                Union leader Mara Ilic (pictured) speaks to crews on the quay at dawn
                The owners agreed to a second officer on every night crossing, a demand since 2019.
                Fares will stay as they are until June
                """);
        assertCleaned(article, "The ferry crews returned to work on Monday, the union said."
                + "\nBut crews return to the ferries of Port Velna after a week on strike with a new contract."
                + "\nUnion leader Mara Ilic (pictured) speaks to crews on the quay at dawn"
                + "\nThe owners agreed to a second officer on every night crossing, a demand since 2019."
                + "\nFares will stay as they are until June", "removed 2 repeated caption or summary lines");
    }

    @Test
    void aNameAloneBeforeAQuotationIsACreditButANameBeforeProseStays() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                The ferry crews returned to work on Monday, the union said.
                Ivo Brand
                “We won this together,” said union leader Mara Ilic.
                Night Crossings
                The owners agreed to a second officer on every night crossing.
                """);
        assertCleaned(article, "The ferry crews returned to work on Monday, the union said."
                + "\n\n“We won this together,” said union leader Mara Ilic.\nNight Crossings"
                + "\nThe owners agreed to a second officer on every night crossing.", "removed 1 picture credit line");
    }

    @Test
    void menusOfYearsAndBlocksOfOtherHeadlinesAreRemovedButSubheadingsBetweenProseStay() {
        Article article = text("""
                Ferry crews end strike in Port Velna

                The quay was rebuilt in 1998, 2004 and 2011 and again in 2019.
                Archive 2021 2020 2019 2018 2017
                Storm closes the northern ferry line
                Grain barge runs aground off the cape
                Velna opens its new fish market
                How well do you know the Velna ferries?
                Port Velna mayor unveils a bridge plan
                Lighthouse keeper retires after forty years
                The crews returned to work on Monday.
                Back to work
                The first ferry sailed at dawn.
                Safety first
                The new rules add a second officer on every night crossing.
                What comes next
                Talks on fares will follow in June.
                """);
        assertCleaned(article, "The quay was rebuilt in 1998, 2004 and 2011 and again in 2019."
                + "\n\nThe crews returned to work on Monday.\nBack to work\nThe first ferry sailed at dawn.\nSafety first"
                + "\nThe new rules add a second officer on every night crossing.\nWhat comes next\nTalks on fares will follow in June.",
                "removed 1 menu of years line", "removed 1 block of other headlines (6 lines)");
    }

    /** The article's text is {@code kept} and its warnings say what was removed. */
    private static void assertCleaned(Article article, String kept, String... removed) {
        assertThat(article.text()).isEqualTo(kept);
        assertThat(article.warnings()).contains(removed);
    }

    @Test
    void bodyPrintedTwiceWithTitleAndSourceBetweenIsKeptOnce() {
        Article article = text("""
                Envoys meet in Velmora
                Source: Coastwire | 2021-03-03 08:15:00 | Editor: kp

                A caption of the two envoys shaking hands. (Coastwire/Photographer)

                VELMORA, March 2 (Coastwire) -- Envoys met on Tuesday.

                They agreed to meet again.

                Back to Top Close
                Coastwire Online

                Envoys meet in Velmora

                Source: Coastwire 2021-03-03 08:15:00

                A caption of the two envoys shaking hands. (Coastwire/Photographer)

                VELMORA, March 2 (Coastwire) -- Envoys met on Tuesday.

                They agreed to meet again.
                """);
        assertThat(article.text()).isEqualTo("""
                A caption of the two envoys shaking hands. (Coastwire/Photographer)

                VELMORA, March 2 (Coastwire) -- Envoys met on Tuesday.

                They agreed to meet again.""");
        assertThat(article.outlet()).isEqualTo("Coastwire");
        assertThat(article.published()).isEqualTo("2021-03-03T08:15");
        assertThat(article.publishedBasis()).isEqualTo("text");
        assertThat(article.dateline()).isEqualTo(new Dateline("Velmora", "2021-03-02"));
        assertThat(article.warnings()).contains("removed repeated body (4 paragraphs printed again) and 1 template line before the copy");
    }

    @Test
    void aLongLoneRepeatOrTheTitleIsDroppedButAShortRecurringQuestionStays() {
        String pullQuote = "\"We will not give in to pressure, whatever the other side says in public,\" the minister said.";
        Article article = text("Envoys meet\n\n" + pullQuote + "\n\nWhat comes next?\n\nMore talks.\n\nEnvoys meet\n\n"
                + "A vote.\n\nWhat comes next?\n\nAnother vote.\n\n" + pullQuote);
        assertThat(article.text()).isEqualTo(pullQuote + "\n\nWhat comes next?\n\nMore talks.\n\nA vote.\n\n"
                + "What comes next?\n\nAnother vote.");
        assertThat(article.warnings()).containsExactly("removed 2 repeated paragraphs");
    }

    @Test
    void wireDatelineTakesTheYearFromPublicationAndNeverAfterIt() {
        Article article = text("Title\n\nSource: Coastwire | 2021-01-02 05:00:00\n\nVELMORA, Dec. 31 (Coastwire) -- Talks ended.");
        assertThat(article.dateline()).isEqualTo(new Dateline("Velmora", "2020-12-31"));
        assertThat(article.text()).isEqualTo("VELMORA, Dec. 31 (Coastwire) -- Talks ended.");
    }

    @Test
    void slashCreditDatelineWithoutKnownYearHasAnUnknownYear() {
        Article article = text("Title\n\nPORT ASHER, December 2. /NORDPRESS/. The minister arrived on Monday.");
        assertThat(article.dateline()).isEqualTo(new Dateline("Port Asher", "XXXX-12-02"));
        assertThat(article.outlet()).isEqualTo("NORDPRESS");
        assertThat(article.published()).isNull();
        assertThat(article.publishedBasis()).isNull();
    }

    @Test
    void datelineWithCountryOnItsOwnLineAndBylineGiveAuthorsAndOutlet() {
        Article article = text("""
                date 2022-05-09 Velmora hosts regional summit

                9 May 2022 16:20 (UTC+03:00)

                VELMORA, Ostland, May 9

                By Ana Petrel and Jon Hale - Coastwire:

                Leaders gathered in Velmora on Monday.
                """);
        assertThat(article.title()).isEqualTo("Velmora hosts regional summit");
        assertThat(article.published()).isEqualTo("2022-05-09T16:20+03:00");
        assertThat(article.publishedBasis()).isEqualTo("text");
        assertThat(article.dateline()).isEqualTo(new Dateline("Velmora", "2022-05-09"));
        assertThat(article.authors()).containsExactly("Ana Petrel", "Jon Hale");
        assertThat(article.outlet()).isEqualTo("Coastwire");
        assertThat(article.text()).isEqualTo("VELMORA, Ostland, May 9\n\nLeaders gathered in Velmora on Monday.");
        assertThat(article.warnings()).containsExactly("removed 2 metadata lines (source, date or byline) from the text");
    }

    @Test
    void undatedSourceNotesAndDateHeadingsInsideTheBodyStayText() {
        Article article = text("""
                Timeline of the river dispute

                The dispute over the river has gone through several phases since the first survey was made.

                March 3, 2020

                Both sides published maps that did not agree with each other on the course.

                Source: Central Statistics Office
                """);
        assertThat(article.text()).contains("\n\nMarch 3, 2020\n\n").endsWith("Source: Central Statistics Office");
        assertThat(article.published()).isNull();
        assertThat(article.outlet()).isNull();
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void titlePrefixDateIsThePublicationDateWhenNothingBetterIsPrinted() {
        Article article = text("date 2019-04-01 Harbour reopens\n\nThe harbour reopened.");
        assertThat(article.title()).isEqualTo("Harbour reopens");
        assertThat(article.published()).isEqualTo("2019-04-01");
        assertThat(article.publishedBasis()).isEqualTo("text");
    }

    @Test
    void creditThatNamesNoOutletGivesOnlyThePlace() {
        Article article = text("Title\n\nKESTREL BAY (Combined Sources)–Both sides reported progress on Sunday.");
        assertThat(article.dateline()).isEqualTo(new Dateline("Kestrel Bay", null));
        assertThat(article.outlet()).isNull();
        assertThat(article.text()).startsWith("KESTREL BAY (Combined Sources)–Both");
    }

    @Test
    void capitalisedOpeningWordsWithoutDateOrDashAreNoDateline() {
        assertThat(text("Title\n\nNATO, the alliance, met on Friday.").dateline()).isNull();
        assertThat(text("Title\n\nOSCE (the organisation) met on Friday.").dateline()).isNull();
    }

    @Test
    void givenSidecarMetadataWinsOverTheText() {
        SourceMeta meta = new SourceMeta("https://example.org/a", "Given Outlet", "2021-03-05", null, "Given title",
                SourceMeta.Origin.SIDECAR);
        Article article = extractor.extract(new RawPage("dump/a.txt", RawPage.Format.TEXT,
                "Printed title\n\nSource: Coastwire | 2021-03-03 08:15:00\n\nVELMORA, March 2 (Coastwire) -- Envoys met.", meta,
                List.of("a reading warning")));
        assertThat(article.title()).isEqualTo("Given title");
        assertThat(article.outlet()).isEqualTo("Given Outlet");
        assertThat(article.published()).isEqualTo("2021-03-05");
        assertThat(article.publishedBasis()).isEqualTo("sidecar");
        assertThat(article.dateline()).isEqualTo(new Dateline("Velmora", "2021-03-02"));
        assertThat(article.text()).isEqualTo("VELMORA, March 2 (Coastwire) -- Envoys met.");
        assertThat(article.warnings()).first().isEqualTo("a reading warning");
    }

    @Test
    void givenPublishedDateIsNormalisedToIsoOrDroppedWhenItIsNoDate() {
        Article printed = extractor.extract(new RawPage("a.txt", RawPage.Format.TEXT, "Title\n\nBody.",
                new SourceMeta(null, null, "March 5, 2021", null, null, SourceMeta.Origin.SIDECAR), List.of()));
        assertThat(printed.published()).isEqualTo("2021-03-05");
        assertThat(printed.warnings()).containsExactly("given published date 'March 5, 2021' read as 2021-03-05");
        Article junk = extractor.extract(new RawPage("a.txt", RawPage.Format.TEXT, "Title\n\nSource: Coastwire | 2021-03-03\n\nBody.",
                new SourceMeta(null, null, "yesterday", null, null, SourceMeta.Origin.SIDECAR), List.of()));
        assertThat(junk.published()).isEqualTo("2021-03-03");
        assertThat(junk.publishedBasis()).isEqualTo("text");
        assertThat(junk.warnings()).contains("ignored given published date 'yesterday': not a date");
    }

    @Test
    void metadataFromAJsonlLineHasBasisMetadata() {
        SourceMeta meta = new SourceMeta(null, null, "2021-03-05T10:00:00Z", null, null, SourceMeta.Origin.METADATA);
        Article article = extractor.extract(new RawPage("batch.jsonl#7", RawPage.Format.TEXT, "Title\n\nBody.", meta, List.of()));
        assertThat(article.published()).isEqualTo("2021-03-05T10:00:00Z");
        assertThat(article.publishedBasis()).isEqualTo("metadata");
    }

    @Test
    void htmlPageGivesTitleAndBodyWithoutFurniture() {
        String html = "<html><head><title>Site | Envoys meet</title></head><body><nav><p>Home</p></nav>"
                + "<h1>Envoys meet</h1><p>VELMORA, March 2 (Coastwire) -- Envoys met.</p><p>They agreed to <b>meet</b> again.</p>"
                + "<footer><p>© 2021 Coastwire</p></footer></body></html>";
        Article article = extractor.extract(new RawPage("batch.jsonl#2", RawPage.Format.HTML, html, SourceMeta.NONE, List.of()));
        assertThat(article.title()).isEqualTo("Envoys meet");
        assertThat(article.text()).isEqualTo("VELMORA, March 2 (Coastwire) -- Envoys met.\n\nThey agreed to meet again.");
        assertThat(article.outlet()).isEqualTo("Coastwire");
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void htmlDateFromAMetaTagHasBasisMetaAndFromVisibleTextBasisText() {
        String body = "<p>The envoys of both coastal states met in the harbour town for a second round of talks.</p>";
        Article marked = extractor.extract(new RawPage("a.html", RawPage.Format.HTML, "<html><head>"
                + "<meta property=\"article:published_time\" content=\"2021-03-02T10:15:00+01:00\"></head><body>" + body
                + "</body></html>", SourceMeta.NONE, List.of()));
        assertThat(marked.published()).isEqualTo("2021-03-02T10:15:00+01:00");
        assertThat(marked.publishedBasis()).isEqualTo("meta");

        Article printed = extractor.extract(new RawPage("b.html", RawPage.Format.HTML, "<html><body>"
                + "<div class=\"post-date\">Posted March 2, 2021</div>" + body + "</body></html>", SourceMeta.NONE, List.of()));
        assertThat(printed.published()).isEqualTo("2021-03-02");
        assertThat(printed.publishedBasis()).isEqualTo("text");
        assertThat(printed.text()).doesNotContain("Posted");
    }

    @Test
    void givenMetadataWinsOverTheHtmlPage() {
        String html = "<html><head><meta property=\"og:title\" content=\"Page title\">"
                + "<meta property=\"og:site_name\" content=\"Page Outlet\">"
                + "<meta property=\"article:published_time\" content=\"2021-03-02\"></head><body>"
                + "<p>The envoys of both coastal states met in the harbour town for a second round of talks.</p></body></html>";
        SourceMeta given = new SourceMeta("https://example.org/a", "Given Outlet", "2021-03-05", null, "Given title",
                SourceMeta.Origin.SIDECAR);
        Article article = extractor.extract(new RawPage("a.html", RawPage.Format.HTML, html, given, List.of()));
        assertThat(article.title()).isEqualTo("Given title");
        assertThat(article.outlet()).isEqualTo("Given Outlet");
        assertThat(article.published()).isEqualTo("2021-03-05");
        assertThat(article.publishedBasis()).isEqualTo("sidecar");
    }

    @Test
    void oddContentNeverThrows() {
        String longLine = "word ".repeat(200_000);
        for (String content : List.of("", "   \n\n  ", "date 2019-13-45 Title\n\nBody.", "Source:\n\nBy\n\n---",
                "Title\n\nBAKU, Feb. 30 (Coastwire) -- Body.", "Title\n\nBAKU, Nov. 31, 2019 -- Body.", longLine,
                "Title\n\n" + longLine + "\n\n" + longLine, "\u0000\uFFFD\uD800")) {
            Article article = text(content);
            assertThat(article.text()).isNotNull();
            assertThat(article.text()).doesNotContain("\n\n\n");
        }
        assertThat(text("Title\n\nBAKU, Feb. 30 (Coastwire) -- Body.").dateline()).isNull();
        assertThat(text("Related news\nLatest\nRead also").warnings())
                .contains("no body text left after extraction");
    }

    @Test
    void pageWithNothingButBoilerplateSaysSo() {
        Article article = text("Show More\nBack to top");
        assertThat(article.title()).isNull();
        assertThat(article.text()).isEmpty();
        assertThat(article.warnings()).contains("no body text left after extraction");
    }
}
