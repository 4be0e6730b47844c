package org.dateline.app;

import org.dateline.server.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report.html} as written by {@code dateline analyze}, opened in headless Chromium ({@link HeadlessChromium};
 * skipped when Debian's {@code chromium} and {@code chromium-driver} are absent). The page analysed is the
 * seed articles when {@code ../shared/seeds} is there, else the project's own story test set.
 */
class ReportBrowserTest {
    private static final Path SEEDS = Path.of("../../shared/seeds");
    private static final Path STORY_SET = Path.of("../dateline-core/src/test/resources/stories/articles.jsonl");
    private static final String SCRIPT = "<script>window.pwned=1</script>";
    private static final String IMG = "<img src=x onerror=\"window.pwned=1\">";

    @TempDir
    static Path work;

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start(1280, 6000);
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static Path analyze(String name, Path input) {
        Path out = work.resolve(name);
        CliRun run = CliRun.of("analyze", input.toString(), "--out", out.toString(), "--no-store", "--quiet");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("report.html");
        return out.resolve("report.html");
    }

    private static void open(Path page) {
        browser.get(page.toUri().toString());
    }

    @Test
    void theReportOfARealAnalysisShowsEverySectionWithoutConsoleErrors() throws IOException {
        Path input = Files.isDirectory(SEEDS) ? SEEDS : STORY_SET;
        open(analyze("corpus", input));

        assertThat(chromium.consoleErrors()).as("console errors").isEmpty();
        for (String id : List.of("timeline", "stories", "threads", "quotes", "network", "framing")) {
            WebElement section = browser.findElement(By.id(id));
            assertThat(section.findElement(By.tagName("h2")).isDisplayed()).as(id).isTrue();
            assertThat(section.getAttribute("textContent").length()).as(id + " has content").isGreaterThan(40);
        }
        assertThat(browser.findElements(By.cssSelector("#timeline svg .mark"))).as("dated facts on the chart").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#stories .story .outlet"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#quotes blockquote"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#quotes .evidence mark"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#network tbody tr"))).as("links between actors").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#network svg .edge"))).isNotEmpty();

        Path shot = chromium.screenshot(Path.of("target", "report-screenshot.png"));
        assertThat(Files.size(shot)).isPositive();
    }

    @Test
    void markupInAnArticleIsShownAsTextAndRunsNothing() throws IOException {
        Path in = Files.createDirectories(work.resolve("hostile-in"));
        Files.writeString(in.resolve("hostile.txt"), "Minister Ilsa Varnek of Velmora spoke in Sarn on Monday.\n\n"
                + "\"The code " + SCRIPT + " changes nothing,\" Varnek said. She added that " + IMG
                + " was only a picture.\n\nVarnek met Tomas Brell, the Corvish envoy, in Sarn on Tuesday.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("hostile.meta.json"), "{\"outlet\": \"<b>Sarn Herald</b>\","
                + " \"title\": \"" + SCRIPT.replace("\"", "\\\"") + " talks\", \"published\": \"2021-03-10\"}",
                StandardCharsets.UTF_8);
        open(analyze("hostile", in));

        assertThat(browser.executeScript("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.findElements(By.cssSelector("body script, body img"))).isEmpty();
        String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.textContent");
        assertThat(text).contains(SCRIPT).contains(IMG).contains("<b>Sarn Herald</b>");
    }
}
