package org.dateline.extract.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataReaderTest {
    private static final String BODY = "<p>Foreign ministers of Velmora and Ostrand met on Tuesday in the harbour town of "
            + "Kessin to resume talks on the disputed river border.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private HtmlMetadata read(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + BODY + "</body></html>",
                "https://herald.example/world/").metadata();
    }

    /** The most trusted publication date in the page's markup, or null. */
    private static String published(HtmlMetadata m) {
        return m.dates().stream().filter(d -> !d.modified()).map(DateCandidate::iso).findFirst().orElse(null);
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void jsonLdNewsArticleGivesEverything() {
        HtmlMetadata m = read(ld("""
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Talks resume on the river",
                 "datePublished": "2021-03-02T10:15:00+01:00", "dateModified": "2021-03-03T08:00:00+01:00",
                 "author": [{"@type": "Person", "name": "Jana Roe"}, {"@type": "Person", "name": "Arno Keller"}],
                 "publisher": {"@type": "Organization", "name": "Velmora Herald"},
                 "url": "https://herald.example/world/talks-resume", "articleBody": "Foreign ministers met."}
                """), "");
        assertThat(m.title()).isEqualTo("Talks resume on the river");
        assertThat(published(m)).isEqualTo("2021-03-02T10:15:00+01:00");
        assertThat(m.dates()).contains(new DateCandidate("2021-03-03T08:00:00+01:00", "jsonld", true));
        assertThat(m.authors()).containsExactly("Jana Roe", "Arno Keller");
        assertThat(m.outlet()).isEqualTo("Velmora Herald");
        assertThat(m.url()).isEqualTo("https://herald.example/world/talks-resume");
        assertThat(m.articleBody()).isEqualTo("Foreign ministers met.");
    }

    @Test
    void jsonLdArticleIsFoundInsideGraphAndArraysAndWithSeveralTypes() {
        String graph = ld("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Velmora Herald", "url": "https://herald.example/"},
                  {"@type": ["ReportageNewsArticle", "Article"], "headline": "From the graph", "datePublished": "2021-03-02",
                   "author": "Jana Roe"}]}
                """);
        HtmlMetadata fromGraph = read(graph, "");
        assertThat(fromGraph.title()).isEqualTo("From the graph");
        assertThat(published(fromGraph)).isEqualTo("2021-03-02");
        assertThat(fromGraph.authors()).containsExactly("Jana Roe");

        HtmlMetadata fromArray = read(ld("""
                [{"@type": "BreadcrumbList"}, {"@type": "http://schema.org/BlogPosting", "headline": "From the array"}]
                """), "");
        assertThat(fromArray.title()).isEqualTo("From the array");
    }

    @Test
    void brokenJsonLdIsSkippedWithAWarningAndTheNextSourceUsed() {
        HtmlArticle article = extractor.extract("<html><head>" + ld("{\"@type\": \"NewsArticle\", \"headline\": ")
                + "<meta property=\"og:title\" content=\"From OpenGraph\"></head><body>" + BODY + "</body></html>", "");
        assertThat(article.metadata().title()).isEqualTo("From OpenGraph");
        assertThat(article.warnings()).containsExactly("skipped a JSON-LD block that is not valid JSON");
    }

    @Test
    void openGraphGivesTitleOutletDateAndUrl() {
        HtmlMetadata m = read("""
                <meta property="og:title" content="Talks resume (OpenGraph)">
                <meta property="og:site_name" content="Velmora Herald">
                <meta property="og:url" content="https://herald.example/og-url">
                <meta property="article:published_time" content="2021-03-02T09:15:00Z">
                <title>Talks resume | Velmora Herald</title>""", "<h1>Talks resume (headline)</h1>");
        assertThat(m.title()).isEqualTo("Talks resume (OpenGraph)");
        assertThat(m.outlet()).isEqualTo("Velmora Herald");
        assertThat(m.url()).isEqualTo("https://herald.example/og-url");
        assertThat(published(m)).isEqualTo("2021-03-02T09:15:00Z");
    }

    @Test
    void jsonLdIsTrustedBeforeOpenGraphAndOpenGraphBeforeOtherMeta() {
        HtmlMetadata m = read(ld("{\"@type\": \"NewsArticle\", \"headline\": \"LD title\", \"datePublished\": \"2021-03-01\"}")
                + "<meta property=\"og:title\" content=\"OG title\">"
                + "<meta property=\"article:published_time\" content=\"2021-03-02\">"
                + "<meta name=\"date\" content=\"2021-03-03\">", "");
        assertThat(m.title()).isEqualTo("LD title");
        assertThat(published(m)).isEqualTo("2021-03-01");
        assertThat(published(read("<meta name=\"date\" content=\"2021-03-03\"><meta property=\"article:published_time\" "
                + "content=\"2021-03-02\">", ""))).isEqualTo("2021-03-02");
    }

    @Test
    void otherMetaTagsGiveDatesAndAuthors() {
        assertThat(published(read("<meta name=\"pubdate\" content=\"20210302\">", ""))).isEqualTo("2021-03-02");
        assertThat(published(read("<meta name=\"DC.date.issued\" content=\"2021-03-02\">", ""))).isEqualTo("2021-03-02");
        assertThat(published(read("<meta name=\"parsely-pub-date\" content=\"2021-03-02T10:00:00Z\">", "")))
                .isEqualTo("2021-03-02T10:00:00Z");
        assertThat(published(read("<meta name=\"sailthru.date\" content=\"2021-03-02 10:00:00\">", "")))
                .isEqualTo("2021-03-02T10:00:00");
        assertThat(read("<meta name=\"author\" content=\"By Jana Roe and Arno Keller\">", "").authors())
                .containsExactly("Jana Roe", "Arno Keller");
        assertThat(read("<meta property=\"article:author\" content=\"https://facebook.example/jroe\">", "").authors()).isEmpty();
    }

    @Test
    void timeElementAndMicrodataGiveTheDateWhenNoMetaDoes() {
        assertThat(published(read("", "<time datetime=\"2021-03-02T10:15:00+01:00\">2 March</time>")))
                .isEqualTo("2021-03-02T10:15:00+01:00");
        assertThat(published(read("", "<span itemprop=\"datePublished\" content=\"2021-03-04\">4 March</span>"
                + "<time datetime=\"2021-03-02\">2 March</time>"))).isEqualTo("2021-03-04");
    }

    @Test
    void visibleDateIsLeftAsPrintedTextBesideTheMarkupDates() {
        HtmlMetadata printed = read("", "<div class=\"article-meta\">Published 2 March 2021, 10:15</div>");
        assertThat(published(printed)).isNull();
        assertThat(printed.printedDate()).isEqualTo("Published 2 March 2021, 10:15");
        HtmlMetadata both = read("<meta name=\"date\" content=\"2021-03-02\">", "<div class=\"date\">2 March 2021</div>");
        assertThat(both.printedDate()).isEqualTo("2 March 2021");
        assertThat(published(both)).isEqualTo("2021-03-02");
    }

    @Test
    void placeholderDatesAreSkippedForTheNextSource() {
        assertThat(published(read(ld("{\"@type\": \"NewsArticle\", \"datePublished\": \"0001-01-01T00:00:00Z\"}")
                + "<meta property=\"article:published_time\" content=\"Tue, 2 Mar 2021 10:15:00 GMT\">", "")))
                .isEqualTo("2021-03-02T10:15:00Z");
    }

    @Test
    void theLinesAfterTheHeadlineAreADateCandidate() {
        HtmlMetadata m = read("", "<h1>Talks resume</h1><div><span>Jana Roe</span> | 2 March 2021</div>");
        assertThat(m.printedDate()).contains("2 March 2021");
    }

    @Test
    void theSiteNameIsCutFromTheEndOfTheTitle() {
        assertThat(read("<meta property=\"og:title\" content=\"Talks resume - Velmora Herald\">"
                + "<meta property=\"og:site_name\" content=\"Velmora Herald\">", "").title()).isEqualTo("Talks resume");
        assertThat(read("<meta property=\"og:title\" content=\"Talks resume - again\">"
                + "<meta property=\"og:site_name\" content=\"Velmora Herald\">", "").title()).isEqualTo("Talks resume - again");
    }

    @Test
    void jsonLdEntitiesAreDecoded() {
        assertThat(read(ld("{\"@type\": \"NewsArticle\", \"headline\": \"Keller&#8217;s &amp; Voss&#8217;s talks\"}"), "")
                .title()).isEqualTo("Keller’s & Voss’s talks");
    }

    @Test
    void titleFallsBackToTheHeadlineThenThePageTitleAndBylineLinksGiveAuthors() {
        assertThat(read("<title>Page title</title>", "<h1>Headline</h1>").title()).isEqualTo("Headline");
        assertThat(read("<title>Page title</title>", "").title()).isEqualTo("Page title");
        assertThat(read("", "<a rel=\"author\" href=\"/jroe\">Jana Roe</a>").authors()).containsExactly("Jana Roe");
        assertThat(read("<link rel=\"canonical\" href=\"/world/talks\">", "").url())
                .isEqualTo("https://herald.example/world/talks");
    }
}
