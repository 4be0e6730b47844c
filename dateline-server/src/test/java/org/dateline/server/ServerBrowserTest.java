package org.dateline.server;

import org.dateline.corpus.Corpus;
import org.dateline.extract.ArticleExtractor;
import org.dateline.pipeline.AnalysisKey;
import org.dateline.pipeline.AnalyzeJob;
import org.dateline.pipeline.JsonlOutput;
import org.dateline.pipeline.StoreOutput;
import org.dateline.store.lucene.LuceneStore;
import org.dateline.store.lucene.LuceneLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view of the web viewer in headless Chromium at 1280x800: over a real {@code analyze} of the seed articles
 * ({@code ../shared/seeds}, else the project's story test set), with a screenshot of each view under
 * {@code target/screenshots/}; and over {@link ServedFixture}'s hostile article, proving that no markup of the
 * data runs. Skipped without Debian's chromium.
 */
class ServerBrowserTest {
    private static final Path SEEDS = Path.of("../../shared/seeds");
    private static final Path STORY_SET = Path.of("../dateline-core/src/test/resources/stories/articles.jsonl");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path work;

    private static HeadlessChromium chromium;
    private static DatelineServer real;
    private static DatelineServer hostile;
    /** A server that takes uploads: its token is needed for writes only. */
    private static DatelineServer ingesting;
    private static final String TOKEN = "browser-test-token-0123456789";

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.start(1280, 800);
        Path out = work.resolve("out");
        Path store = work.resolve("store");
        try (LuceneStore index = LuceneStore.open(store)) {
            AnalyzeJob job = new AnalyzeJob(new ArticleExtractor(), Models.facts(),
                    2, Optional.empty());
            AnalyzeJob.Result result = job.run(List.of(Files.isDirectory(SEEDS) ? SEEDS : STORY_SET),
                    Corpus.Earlier.NONE, List.of(JsonlOutput.replacing(out, AnalysisKey.of(0, 0)), new StoreOutput(index, store.toString())),
                    new AnalyzeJob.Listener() { });
            assertThat(result.wroteOutput()).isTrue();
        }
        real = DatelineServer.start(new ServerSettings(new LuceneLocation(store), out, ServerSettings.LOOPBACK, 0, Optional.empty(), false),
                Models::facts);
        ServedFixture f = ServedFixture.write(work.resolve("fixture"));
        hostile = DatelineServer.start(new ServerSettings(new LuceneLocation(f.store()), f.out(), ServerSettings.LOOPBACK, 0,
                Optional.empty(), false), Models::facts);
        ServedFixture own = ServedFixture.write(work.resolve("ingesting"));
        ingesting = DatelineServer.start(new ServerSettings(new LuceneLocation(own.store()), own.out(), ServerSettings.LOOPBACK, 0,
                Optional.of(TOKEN), true), Models::facts);
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        for (DatelineServer s : new DatelineServer[] {real, hostile, ingesting}) {
            if (s != null) {
                s.close();
            }
        }
    }

    /** Loads the page afresh at {@code route} and waits until its view is shown. */
    private static ChromeDriver open(DatelineServer server, String route) {
        ChromeDriver browser = chromium.driver();
        browser.get("about:blank");
        browser.get(server.address() + "#" + route);
        return settled(browser);
    }

    private static ChromeDriver settled(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.findElements(By.cssSelector("main h1")).isEmpty()
                && b.findElements(By.cssSelector("main[aria-busy]")).isEmpty());
        return browser;
    }

    /** The route of the first link of the page that leads to {@code view}. */
    private static String firstLink(ChromeDriver browser, String view) {
        String href = browser.findElement(By.cssSelector("main a[href^='#/" + view + "/']")).getAttribute("href");
        return href.substring(href.indexOf('#') + 1);
    }

    private static void noConsoleErrors(String view) {
        assertThat(chromium.consoleErrors()).as("console errors on the " + view + " view").isEmpty();
    }

    @Test
    void everyViewOfARealAnalysisOpensWithoutConsoleErrors() throws IOException {
        ChromeDriver browser = open(real, "/search");
        assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".facets .facet li a"))).isNotEmpty();
        noConsoleErrors("search");
        chromium.screenshot(SHOTS.resolve("search.png"));

        open(real, "/search?scope=quotes");
        String article = firstLink(browser, "article");
        open(real, article);
        assertThat(browser.findElements(By.cssSelector("#article-text mark.quote"))).isNotEmpty();
        WebElement fact = browser.findElement(By.cssSelector("button.fact.quote"));
        fact.click();
        assertThat(fact.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#article-text mark.selected"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".evidence blockquote")).getText()).isNotBlank();
        noConsoleErrors("article");
        chromium.screenshot(SHOTS.resolve("article.png"));
        String story = firstLink(browser, "story");
        String actor = firstLink(browser, "actor");

        open(real, actor);
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isNotBlank();
        noConsoleErrors("actor");
        chromium.screenshot(SHOTS.resolve("actor.png"));

        open(real, story);
        assertThat(browser.findElements(By.cssSelector(".outlets .outlet"))).isNotEmpty();
        noConsoleErrors("story");
        chromium.screenshot(SHOTS.resolve("story.png"));
        String thread = firstLink(browser, "thread");

        open(real, thread);
        assertThat(browser.findElements(By.cssSelector(".stories .story"))).isNotEmpty();
        noConsoleErrors("thread");
        chromium.screenshot(SHOTS.resolve("thread.png"));
    }

    @Test
    void theSearchFormAndFactsWorkByKeyboard() {
        ChromeDriver browser = open(hostile, "/search");
        browser.findElement(By.id("f-q")).sendKeys("crossing", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().contains("q=crossing"));
        settled(browser);
        assertThat(browser.findElement(By.cssSelector("main .sub")).getText()).matches("\\d+ hits?");

        open(hostile, "/article/talks1");
        WebElement fact = browser.findElement(By.cssSelector("button.fact.event"));
        fact.sendKeys(Keys.ENTER);
        assertThat(fact.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector(".evidence dl")).getText()).contains("CONSULT");
    }

    @Test
    void aStoryShowsItsOutletsSideBySide() throws IOException {
        ChromeDriver browser = open(hostile, "/article/talks1");
        open(hostile, firstLink(browser, "story"));
        List<WebElement> columns = browser.findElements(By.cssSelector(".outlets .outlet"));
        assertThat(columns).hasSizeGreaterThanOrEqualTo(2);
        assertThat(columns.get(1).getLocation().getY()).isEqualTo(columns.get(0).getLocation().getY());
        assertThat(columns.get(1).getLocation().getX()).isGreaterThan(columns.get(0).getLocation().getX());
        noConsoleErrors("story");
        chromium.screenshot(SHOTS.resolve("story-outlets.png"));
    }

    @Test
    void anActorsNetworkIsDrawnWithALinkToEachParty() throws IOException {
        ChromeDriver browser = open(hostile, "/article/talks1");
        open(hostile, firstLink(browser, "actor"));
        String self = browser.findElement(By.cssSelector("main h1")).getText();
        String other = self.equals("Ilsa Varnek") ? "Tomas Brell" : "Ilsa Varnek";
        WebElement drawing = browser.findElement(By.cssSelector("svg.network-drawing"));
        assertThat(drawing.getAttribute("aria-label")).contains(self);
        List<WebElement> parties = drawing.findElements(By.cssSelector("a"));
        assertThat(parties).hasSize(1);
        assertThat(parties.get(0).getText()).isEqualTo(other);
        assertThat(drawing.findElement(By.cssSelector(".edge-label")).getText()).contains("consult");
        noConsoleErrors("actor network");
        browser.executeScript("arguments[0].scrollIntoView()", drawing);
        chromium.screenshot(SHOTS.resolve("actor-network.png"));
        parties.get(0).click();
        settled(browser);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b ->
                b.findElement(By.cssSelector("main h1")).getText().equals(other));
    }

    @Test
    void aFileUploadedOnTheIngestPageIsAnalysedAndThenFound() throws IOException {
        Path upload = Files.writeString(work.resolve("harbour.jsonl"), "{\"url\": \"https://velmora.example/2021/06/01/"
                + "marrowdeep\", \"outlet\": \"Velmora Post\", \"published\": \"2021-06-01\", \"title\": \"Marrowdeep"
                + " dock reopens\", \"text\": \"The Marrowdeep dock reopened on Monday, the port director Anselm Kaddow"
                + " said.\\n\\n\\\"Ships can berth again from today,\\\" Kaddow told reporters in Marrowdeep.\"}\n");
        ChromeDriver browser = open(ingesting, "/ingest");
        browser.findElement(By.id("ingest-file")).sendKeys(upload.toAbsolutePath().toString());
        WebElement token = browser.findElement(By.id("ingest-token"));
        token.sendKeys(TOKEN, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofMinutes(5)).until(b ->
                !b.findElements(By.cssSelector(".progress.done, .progress.failed")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#ingest-status")).getText()).contains("done")
                .contains("1 articles analysed of 1 pages");
        noConsoleErrors("ingest");
        chromium.screenshot(SHOTS.resolve("ingest.png"));

        open(ingesting, "/search?q=Marrowdeep");
        assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Marrowdeep dock reopens");
        open(ingesting, "/ingest");
        assertThat(browser.findElement(By.cssSelector("table.jobs")).getText()).contains("harbour.jsonl");
    }

    @Test
    void markupInTheDataIsShownAsTextAndRunsNothingInAnyView() throws IOException {
        ChromeDriver browser = open(hostile, "/article/hostile");
        String story = firstLink(browser, "story");
        String thread = firstLink(browser, "thread");
        String actor = firstLink(browser, "actor");
        List<String> routes = new ArrayList<>(List.of("/search?q=code", "/search?scope=quotes", "/article/hostile",
                actor, story, thread));
        for (String route : routes) {
            open(hostile, route);
            assertThat(browser.executeScript("return typeof window.pwned")).as(route).isEqualTo("undefined");
            assertThat(browser.findElements(By.cssSelector("main script, main img, main iframe, main b, main i")))
                    .as(route).isEmpty();
            assertThat(browser.findElements(By.cssSelector("main a[href^='javascript']"))).as(route).isEmpty();
            noConsoleErrors(route);
        }
        open(hostile, "/article/hostile");
        String text = (String) browser.executeScript("return document.querySelector('main').textContent");
        assertThat(text).contains(ServedFixture.SCRIPT).contains(ServedFixture.IMG).contains(ServedFixture.JS_LINK)
                .contains("<b>Sarn Herald</b>");
        browser.findElement(By.cssSelector("button.fact.quote")).click();
        assertThat(browser.findElement(By.cssSelector(".evidence blockquote")).getText()).contains(ServedFixture.IMG);
        assertThat(browser.executeScript("return typeof window.pwned")).isEqualTo("undefined");
        chromium.screenshot(SHOTS.resolve("hostile-article.png"));
    }
}
