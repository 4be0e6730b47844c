package org.dateline.extract.html;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExtractorTest {
    private static final String P1 = "Foreign ministers of Velmora and Ostrand met on Tuesday in the harbour town of Kessin "
            + "to resume talks on the disputed river border, officials of both sides said.";
    private static final String P2 = "\"We have agreed to survey the river together before the spring floods,\" Velmoran "
            + "minister Arno Keller told reporters after the meeting, which lasted four hours.";
    private static final String H2 = "What comes next";
    private static final String LI1 = "A joint survey team by the end of April";
    private static final String LI2 = "A third round of talks in Ostrand in June";
    private static final String P3 = "Ostrand's minister Lina Voss said the survey would settle the question of the "
            + "islands that the river has moved over the past forty years.";

    private static final String CARD = "<div class=\"card\"><img src=\"/t%d.jpg\"><h3><a href=\"/t\">%s</a></h3><p>%s</p></div>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    /** An article page with {@code before} ahead of the body, {@code inside} in the middle of it and {@code after} it. */
    static String page(String head, String before, String inside, String after) {
        return "<!DOCTYPE html><html><head><title>Talks resume | Velmora Herald</title>" + head + "</head><body>"
                + "<div id=\"page\">" + before + "<article><h1>Talks resume on the river border</h1>"
                + "<div class=\"story-body\"><p>" + P1 + "</p><p>" + P2 + "</p>" + inside + "<h2>" + H2 + "</h2>"
                + "<ul><li>" + LI1 + "</li><li>" + LI2 + "</li></ul><p>" + P3 + "</p></div></article>" + after
                + "</div></body></html>";
    }

    static Stream<Arguments> boilerplate() {
        String links = "<ul><li><a href=\"/a\">Harbour fees rise again in Kessin</a></li>"
                + "<li><a href=\"/b\">Ostrand opens a new ferry line to the islands</a></li>"
                + "<li><a href=\"/c\">Velmora budget passes its first reading</a></li></ul>";
        return Stream.of(
                Arguments.of("navigation", "<nav><a href=\"/\">Home</a> <a href=\"/world\">World news</a></nav>", "", "", "World news"),
                Arguments.of("site header", "<header><div>Velmora Herald, the voice of the coast since 1921</div></header>", "", "", "voice of the coast"),
                Arguments.of("footer", "", "", "<footer><p>Copyright Velmora Herald Media Group, all rights reserved worldwide.</p></footer>", "all rights reserved"),
                Arguments.of("sidebar", "", "", "<div class=\"sidebar\"><p>Weather in Kessin: clear skies and a light breeze from the sea all week long.</p></div>", "clear skies"),
                Arguments.of("aside", "", "", "<aside><p>Our reporters are on the ground across the coast, every day of the year, rain or shine.</p></aside>", "rain or shine"),
                Arguments.of("related list", "", "", "<section class=\"related-stories\"><h3>Related stories</h3>" + links + "</section>", "ferry line"),
                Arguments.of("most read list", "", "", "<div class=\"most-read\"><h3>Most read</h3><ol><li>Harbour fees rise again in Kessin, traders say the port is too expensive now</li></ol></div>", "Harbour fees"),
                Arguments.of("link list without a name", "", "", "<div>" + links + "</div>", "ferry line"),
                Arguments.of("teaser cards without a name", "", "", "<div>" + CARD.formatted(1, "Harbour fees rise again in Kessin",
                        "Traders say the port has become too expensive for the small boats of the coast.")
                        + CARD.formatted(2, "Ostrand opens a new ferry line", "The line links the capital with the islands twice a day from May.")
                        + CARD.formatted(3, "Velmora budget passes first reading", "The opposition walked out before the vote in protest.")
                        + "</div>", "ferry line"),
                Arguments.of("share bar", "", "<div class=\"share-bar\"><span>Share this article on Facebook, Twitter or by email</span></div>", "", "Facebook"),
                Arguments.of("cookie notice", "<div id=\"cookie-consent\"><p>We use cookies to give you the best experience on our website. By continuing you accept them.</p></div>", "", "", "cookies"),
                Arguments.of("subscription notice", "", "", "<div class=\"subscribe-box\"><p>Subscribe now for unlimited access to all our stories for only one euro a week.</p></div>", "unlimited access"),
                Arguments.of("newsletter", "", "<div class=\"newsletter-signup\"><p>Get the morning briefing from the coast in your inbox every day at seven.</p></div>", "", "morning briefing"),
                Arguments.of("comment section", "", "", "<section id=\"comments\"><h3>3 comments</h3><div><p>Margit from Kessin wrote: this is the best news "
                        + "I have read about the river in many years, and I hope the survey ends the quarrel for good.</p></div>"
                        + "<div><p>Tomas wrote: the islands have always belonged to Velmora and no survey will ever change that fact, "
                        + "whatever the ministers may agree in their meetings.</p></div></section>", "Margit"),
                Arguments.of("caption", "", "<figure><img src=\"keller.jpg\"><figcaption>Arno Keller arrives in Kessin on Tuesday morning.</figcaption></figure>", "", "arrives in Kessin"),
                Arguments.of("photo credit", "", "<p class=\"photo-credit\">Photo: Lina Voss for the Velmora Herald picture desk</p>", "", "picture desk"),
                Arguments.of("byline", "", "<div class=\"byline\">By Jana Roe, Velmora Herald correspondent in Kessin</div>", "", "Jana Roe"),
                Arguments.of("breadcrumb", "<div class=\"breadcrumbs\"><span>Home</span> / <span>World</span> / <span>Coast and rivers</span></div>", "", "", "Coast and rivers"),
                Arguments.of("advertisement", "", "<div class=\"ad-slot\"><p>Fly to Kessin from 19 euros with Coastal Air this winter season.</p></div>", "", "Coastal Air"),
                Arguments.of("read more link", "", "<p><a href=\"/older\">Read more: Talks stalled over the river survey last year</a></p>", "", "stalled"),
                Arguments.of("hidden element", "", "<div style=\"display: none\">Placeholder text for the print edition of the newspaper.</div>", "", "print edition"),
                Arguments.of("script and style", "", "<script>var tracker = 'velmora-analytics';</script><style>.x{color:red}</style>", "", "tracker"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boilerplate")
    void removesBoilerplateAndKeepsTheWholeBody(String kind, String before, String inside, String after, String junk) {
        HtmlArticle article = extractor.extract(page("", before, inside, after), "");
        assertThat(article.paragraphs()).containsExactly(P1, P2, H2, LI1, LI2, P3);
        assertThat(article.text()).doesNotContain(junk);
    }

    @Test
    void paragraphsAreSeparatedByNewlinesAndTheHeadlineIsLeftOut() {
        HtmlArticle article = extractor.extract(page("", "", "", ""), "");
        assertThat(article.text()).isEqualTo(String.join("\n", P1, P2, H2, LI1, LI2, P3));
        assertThat(article.metadata().title()).isEqualTo("Talks resume on the river border");
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void findsTheBodyInAnUnmarkedLayoutBesideALongerTeaserColumn() {
        String teaser = "<div class=\"col\"><h3><a href=\"/t%d\">Teaser headline number %d about the coast</a></h3></div>";
        StringBuilder column = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            column.append(teaser.formatted(i, i));
        }
        String html = "<html><body><div class=\"wrap\"><div class=\"l\">" + column + "</div><div class=\"r\"><p>" + P1
                + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div></body></html>";
        assertThat(extractor.extract(html, "").paragraphs()).containsExactly(P1, P2, P3);
    }

    @Test
    void listItemsOfTheArticleWithLinksInThemAreKept() {
        String item = "<li>Minister <a href=\"/keller\">Arno Keller of Velmora</a> said the survey starts in April %d</li>";
        String html = "<html><body><div><p>" + P1 + "</p><ul>" + item.formatted(1) + item.formatted(2) + item.formatted(3)
                + "</ul><p>" + P2 + "</p></div></body></html>";
        assertThat(extractor.extract(html, "").paragraphs()).hasSize(5).contains(P1, P2);
    }

    @Test
    void aScriptRenderedPageTakesItsBodyFromJsonLd() {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \"" + P1 + "\\n" + P2.replace("\"", "\\\"")
                + "\\n" + P3 + "\"}</script>";
        HtmlArticle article = extractor.extract("<html><head>" + ld + "</head><body><div id=\"app\">Please wait</div></body></html>", "");
        assertThat(article.paragraphs()).containsExactly(P1, P2, P3);
        assertThat(article.warnings()).containsExactly("page text too short (11 characters): body taken from its JSON-LD articleBody");
        assertThat(extractor.extract(page(ld, "", "", ""), "").paragraphs()).containsExactly(P1, P2, H2, LI1, LI2, P3);
    }

    @Test
    void worksForTextInAnyScript() {
        String ru = "Министры иностранных дел двух стран встретились во вторник в портовом городе, чтобы возобновить переговоры о границе.";
        String ja = "両国の外相は火曜日、港町で会談し、川の国境をめぐる協議を再開した。双方の当局者が明らかにした。";
        String html = "<html><body><nav><a href=\"/\">Главная</a><a href=\"/w\">Мир</a></nav><div class=\"text\"><p>" + ru
                + "</p><p>" + ja + "</p></div><footer>© Вельмора</footer></body></html>";
        assertThat(extractor.extract(html, "").paragraphs()).containsExactly(ru, ja);
    }

    @Test
    void aPageWithoutBodyGivesAWarningNotAnException() {
        HtmlArticle none = extractor.extract("<html><head><title>Nothing here</title></head></html>", "");
        assertThat(none.paragraphs()).isEmpty();
        assertThat(none.warnings()).containsExactly("no article text found in the page");
        assertThat(extractor.extract("", "").paragraphs()).isEmpty();
        assertThat(extractor.extract("<<<>>>< p <div </", "").warnings()).isNotNull();
    }

    @Test
    void aDeeplyNestedPageDoesNotOverflowTheStack() {
        String html = "<div>".repeat(100_000) + "<p>" + P1 + "</p>";
        assertThat(extractor.extract(html, "").paragraphs()).containsExactly(P1);
    }

    @Test
    void aLargePageIsReadInFull() {
        StringBuilder body = new StringBuilder();
        int paragraphs = 120_000;
        for (int i = 0; i < paragraphs; i++) {
            body.append("<p>").append(P1).append(' ').append(i).append("</p>");
        }
        String html = "<html><body><div>" + body + "</div></body></html>";
        assertThat(html.length()).isGreaterThan(20_000_000);
        assertThat(extractor.extract(html, "").paragraphs()).hasSize(paragraphs);
    }
}
