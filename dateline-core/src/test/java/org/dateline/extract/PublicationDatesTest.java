package org.dateline.extract;

import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.SourceMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How an HTML page's publication date is chosen among all it gives, through {@link ArticleExtractor}. */
class PublicationDatesTest {
    private static final String BODY = "<p>The harbour board of Kessin voted on Tuesday to keep the old ferry pier open for "
            + "another two summers while engineers study the silt.</p><p>Fishermen had asked for the delay.</p>";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article page(String head, String bodyTop, String url) {
        return page(head, bodyTop, url, null);
    }

    private Article page(String head, String bodyTop, String url, String fetched) {
        String html = "<html><head>" + head + "</head><body><h1>Pier stays open</h1>" + bodyTop + BODY + "</body></html>";
        SourceMeta meta = new SourceMeta(url, null, null, fetched, null, url == null ? SourceMeta.Origin.NONE : SourceMeta.Origin.METADATA);
        return extractor.extract(new RawPage("pier.html", RawPage.Format.HTML, html, meta, List.of()));
    }

    private static void assertPublished(Article article, String published, String basis) {
        assertThat(article.published()).isEqualTo(published);
        assertThat(article.publishedBasis()).isEqualTo(basis);
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", " + json + "}</script>";
    }

    @Test
    void jsonLdPublishedWinsOverItsModifiedDateWhichIsKeptApart() {
        Article a = page(ld("\"dateModified\": \"2021-06-09T08:00:00+02:00\", \"datePublished\": \"2021-06-07T17:20:00+02:00\""),
                "", null);
        assertPublished(a, "2021-06-07T17:20:00+02:00", "jsonld");
        assertThat(a.modified()).isEqualTo("2021-06-09T08:00:00+02:00");
    }

    @Test
    void aModifiedDateIsThePublicationDateOnlyWhenThePageGivesNoOther() {
        Article a = page("<meta property=\"article:modified_time\" content=\"2021-06-09\">", "", null);
        assertThat(a.published()).isEqualTo("2021-06-09");
        assertThat(a.modified()).isEqualTo("2021-06-09");
        Article printed = page("<meta property=\"article:modified_time\" content=\"2021-06-09\">",
                "<div class=\"byline\">Published 7 June 2021</div>", null);
        assertPublished(printed, "2021-06-07", "text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "property=\"article:published_time\"; 2021-06-07T17:20:00+02:00; 2021-06-07T17:20:00+02:00",
            "name=\"pubdate\"; 20210607; 2021-06-07",
            "name=\"DC.date.issued\"; 2021-06-07; 2021-06-07",
            "name=\"sailthru.date\"; 2021-06-07 17:20:00; 2021-06-07T17:20:00",
            "name=\"parsely-pub-date\"; 2021-06-07T15:20:00Z; 2021-06-07T15:20:00Z",
            "itemprop=\"datePublished\"; 2021-06-07; 2021-06-07"})
    void metaTagsGiveTheDateWithBasisMeta(String attribute, String content, String expected) {
        Article a = page("<meta " + attribute + " content=\"" + content + "\">", "", null);
        assertPublished(a, expected, "meta");
    }

    @Test
    void timeElementsAndMicrodataGiveTheDateWithBasisTime() {
        assertPublished(page("", "<time datetime=\"2021-06-07T17:20:00+02:00\">7 June</time>", null), "2021-06-07T17:20:00+02:00", "time");
        assertPublished(page("", "<span itemprop=\"datePublished\" content=\"2021-06-07\">7 June</span>", null), "2021-06-07", "time");
    }

    @ParameterizedTest
    @CsvSource({
            "https://herald.example/2021/06/07/pier-stays-open/, 2021-06-07",
            "https://herald.example/local/2021-06-07-pier-stays-open.html, 2021-06-07",
            "https://herald.example/news/20210607/pier-stays-open, 2021-06-07",
            "https://herald.example/archive/20210607_pier.html, 2021-06-07"})
    void aDateInTheUrlAloneIsThePublicationDay(String url, String expected) {
        Article a = page("", "", url);
        assertPublished(a, expected, "url");
    }

    @Test
    void aUrlDayTakesTheTimeOfACandidateOfThatDayAndOverrulesOthers() {
        String url = "https://herald.example/2021/06/07/pier-stays-open/";
        assertThat(page("<meta name=\"pubdate\" content=\"2021-06-07T17:20:00+02:00\">", "", url).published())
                .isEqualTo("2021-06-07T17:20:00+02:00");
        assertPublished(page("<meta name=\"pubdate\" content=\"2021-05-30\">", "", url), "2021-06-07", "url");
    }

    @Test
    void aUrlMonthRulesOutDatesOfOtherMonths() {
        Article a = page("<meta name=\"pubdate\" content=\"2019-02-11\">",
                "<div class=\"post-date\">Posted 7 June 2021</div>", "https://herald.example/2021/06/pier.html");
        assertPublished(a, "2021-06-07", "text");
    }

    @Test
    void theCanonicalUrlInThePageCountsWhenNoneIsGiven() {
        Article a = page("<link rel=\"canonical\" href=\"https://herald.example/2021/06/07/pier/\">", "", null);
        assertPublished(a, "2021-06-07", "url");
        Article og = page("<meta property=\"og:url\" content=\"https://herald.example/2021/06/08/pier/\">", "", null);
        assertThat(og.published()).isEqualTo("2021-06-08");
    }

    @Test
    void anOffsetDateTimeKeepsItsLocalDayThoughItsUtcDayDiffers() {
        Article a = page(ld("\"datePublished\": \"2022-05-03T23:37:37-04:00\""), "", null);
        assertThat(a.published()).isEqualTo("2022-05-03T23:37:37-04:00");
    }

    @Test
    void aUtcDateTimeMovesToTheLocalTimeThePageShowsForTheSameMoment() {
        Article shown = page(ld("\"datePublished\": \"2022-05-04T03:37:37Z\""),
                "<script>var pageStamp = \"2022-05-03 23:37:37\";</script>", null);
        assertPublished(shown, "2022-05-03T23:37:37-04:00", "jsonld");
        Article printed = page(ld("\"datePublished\": \"2022-05-04T03:37:37Z\""),
                "<div class=\"dateline\">May 3, 2022 11:37 PM</div>", null);
        assertThat(printed.published()).isEqualTo("2022-05-03T23:37-04:00");
        Article alone = page(ld("\"datePublished\": \"2022-05-04T03:37:37Z\""), "", null);
        assertThat(alone.published()).isEqualTo("2022-05-04T03:37:37Z");
        Article otherMinute = page(ld("\"datePublished\": \"2022-05-04T03:37:37Z\""),
                "<script>var pageStamp = \"2022-05-03 23:12:05\";</script>", null);
        assertThat(otherMinute.published()).isEqualTo("2022-05-04T03:37:37Z");
    }

    @Test
    void impossibleDatesAreIgnored() {
        Article early = page("<meta name=\"pubdate\" content=\"1985-04-02\">", "<div class=\"date\">7 June 2021</div>", null);
        assertThat(early.published()).isEqualTo("2021-06-07");
        Article afterFetch = page("<meta name=\"pubdate\" content=\"2021-09-01\">", "<div class=\"date\">7 June 2021</div>",
                null, "2021-06-08T10:00:00Z");
        assertThat(afterFetch.published()).isEqualTo("2021-06-07");
        Article future = page("<meta name=\"pubdate\" content=\"2099-01-01\">", "", null);
        assertThat(future.published()).isNull();
        assertThat(page("", "", "https://herald.example/2099/01/01/pier/").published()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "<div class=\"meta\">Veröffentlicht am 7. Juni 2021, 17:20 Uhr</div>; 2021-06-07T17:20",
            "<div class=\"meta\">Stand: 07.06.2021</div>; 2021-06-07",
            "<div class=\"date\">Publié le 7 juin 2021 à 17 h 20</div>; 2021-06-07T17:20",
            "<div class=\"date\">7 de junio de 2021</div>; 2021-06-07",
            "<p class=\"data\">7 de junho de 2021</p>; 2021-06-07",
            "<p class=\"data\">Lunedì 07 Giugno 2021</p>; 2021-06-07",
            "<span class=\"date\">7 июня 2021 г., 17:20</span>; 2021-06-07T17:20",
            "<span class=\"date\">7 червня 2021</span>; 2021-06-07",
            "<span class=\"tarih\">7 Haziran 2021</span>; 2021-06-07",
            "<span class=\"date\">2021年6月7日 17:20</span>; 2021-06-07T17:20"})
    void printedDatesNearTheHeadlineAreReadInManyLanguages(String printed, String expected) {
        Article a = page("", printed, null);
        assertPublished(a, expected, "text");
    }

    @Test
    void aPrintedUpdateDateIsTheModifiedDate() {
        Article a = page("", "<div class=\"meta\">Published 7 June 2021</div><div class=\"meta\">Updated 9 June 2021</div>", null);
        assertThat(a.published()).isEqualTo("2021-06-07");
        assertThat(a.modified()).isEqualTo("2021-06-09");
    }

    @Test
    void aDateOpeningTheBodyBeforeAWireDatelineCounts() {
        Article a = page("", "<p>June 7, 2021</p><p>KESSIN (Coastwire) - The harbour board met.</p>", null);
        assertThat(a.published()).isEqualTo("2021-06-07");
    }

    @Test
    void aWebPageObjectInJsonLdGivesTheDateWhenNoArticleObjectDoes() {
        Article a = page("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebSite\", \"name\": \"Herald\"},"
                + " {\"@type\": \"WebPage\", \"datePublished\": \"2021-06-07T09:27:16+02:00\"}]}</script>", "", null);
        assertPublished(a, "2021-06-07T09:27:16+02:00", "jsonld");
    }

    @Test
    void aBarePrintedDateOutsideLinksIsTheLastResort() {
        String html = "<html><body><div><a href=\"/archive\">Archive 2019-02-11</a></div><div><span>Jana Roe</span></div>"
                + "<div>2021-06-07 16:52:59</div>" + BODY + "</body></html>";
        Article a = extractor.extract(new RawPage("pier.html", RawPage.Format.HTML, html, SourceMeta.NONE, List.of()));
        assertPublished(a, "2021-06-07T16:52:59", "text");
    }
}
