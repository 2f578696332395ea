package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimwatch.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser: Debian's Chromium, headless, driven by Selenium against a server on a free
 * loopback port over the fixture store. Screenshots go to {@code target/screenshots/}; with
 * {@code -Dclaimwatch.docs.screenshots=DIR} one per page is also copied to DIR (the README's are in
 * docs/screenshots: {@code mvn test -pl server -Dtest=BrowserTest -Dclaimwatch.docs.screenshots=../docs/screenshots}).
 */
class BrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static BrowserSession session;
    private static Store store;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() {
        BrowserSession.assumeChromium();
        session = BrowserSession.start(TestStore.withFixtures(),
                new ClaimwatchServer.Options("127.0.0.1", 0, null, TestStore.EXTRACTOR), BrowserSession.headless());
        store = session.store;
        base = session.base;
        driver = session.driver;
    }

    @AfterAll
    static void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theSearchFindsAClaim() {
        driver.get(base + "/");
        WebElement words = driver.findElement(By.cssSelector(".search-form input[name=q]"));
        words.sendKeys("Twelve");
        words.submit();
        wait(ExpectedConditions.urlContains("q=Twelve"));
        List<WebElement> cards = driver.findElements(By.cssSelector(".results .card"));
        assertThat(cards).isNotEmpty();
        assertThat(cards.get(0).findElement(By.cssSelector(".figure")).getText()).isEqualTo("Twelve");
        assertThat(cards.get(0).findElement(By.cssSelector(".evidence mark.hl-figure")).getText()).isEqualTo("Twelve");
        assertThat(driver.findElement(By.cssSelector(".results h1")).getText()).contains("1 claim found");
        driver.get(base + "/?q=Kostiantynivka");  // a fuller page for the screenshot
        screenshot("search", true);
    }

    @Test
    void theIncidentPageDrawsItsChartAndSourceGraph() {
        driver.get(base + "/incidents/" + strikeIncident());
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.chart.drawn svg")));
        assertThat(driver.findElements(By.cssSelector("figure.chart svg g.mark"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.findElements(By.cssSelector("figure.chart svg g.mark.contradicted circle.ring"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.findElements(By.cssSelector("figure.chart svg line.bound"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("figure.graph svg g.node"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElements(By.cssSelector("figure.graph svg path.edge"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".contradictions")).getText()).contains("As many as 10").contains("Twelve");
        WebElement killed = driver.findElement(By.cssSelector(".estimates tr.estimate"));
        assertThat(killed.findElement(By.cssSelector(".high")).getText()).isEqualTo("12");
        screenshot("incident", true);
    }

    @Test
    void theArticlePageHighlightsTheEvidenceAndShowsTheClaim() {
        driver.get(base + "/articles/kostiantynivka-northgate");
        WebElement figure = driver.findElement(By.cssSelector("#article-text mark.hl-figure"));
        assertThat(figure.getText()).isEqualTo("At least eight");
        for (String part : List.of("event", "subject", "source", "cue")) {
            assertThat(driver.findElements(By.cssSelector("#article-text mark.hl-" + part))).as(part).isNotEmpty();
        }
        new Actions(driver).moveToElement(figure).perform();
        assertThat(figure.getAttribute("class")).contains("lit");
        assertThat(figure.getAttribute("title")).contains("At least eight").contains("killed");
        figure.click();
        WebElement selected = driver.findElement(By.cssSelector(".article-claims .card.selected"));
        assertThat(figure.getAttribute("data-claims")).contains(selected.getAttribute("data-claim"));
        assertThat(selected.getText()).contains("At least eight").contains("regional governor");
        screenshot("article", false);
    }

    @Test
    void theArticleWithMarkupShowsItAsTextAndRunsNothing() {
        for (String page : List.of("/articles/kherson-xss", "/", "/incidents", "/sources/regional%20administration")) {
            driver.get(base + page);
            new Actions(driver).moveToElement(driver.findElement(By.tagName("main"))).perform();
            assertNoAlert();
            assertThat(driver.findElements(By.cssSelector("main script, main img, main iframe, [onmouseover], [onerror]"))).as(page).isEmpty();
            assertThat(driver.findElements(By.cssSelector("a[href^='javascript:']"))).as(page).isEmpty();
        }
        driver.get(base + "/articles/kherson-xss");
        WebElement text = driver.findElement(By.id("article-text"));
        assertThat(text.getText()).contains("<script>alert(1)</script>").contains("\" onmouseover=\"alert(2)\"");
        new Actions(driver).moveToElement(text).perform();
        assertNoAlert();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<script>alert('title')</script> Shelling in Kherson kills three");
        assertThat(driver.findElement(By.cssSelector(".page-head .meta")).getText()).contains("<img src=x onerror=alert(3)>");
        assertThat(driver.findElements(By.cssSelector("#article-text a"))).isEmpty();
        List<?> scripts = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.scripts).map(s => s.getAttribute('src'));");
        assertThat(scripts).allSatisfy(src -> assertThat(String.valueOf(src)).startsWith("/static/"));
        assertThat(driver.findElements(By.cssSelector("#article-text mark.hl-figure"))).isNotEmpty();
        screenshot("xss", false);
    }

    @Test
    void theSourcePageChartsItsFigures() {
        driver.get(base + "/sources/regional%20governor");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.chart.drawn svg g.mark")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("regional governor");
        assertThat(driver.findElements(By.cssSelector(".card"))).isNotEmpty();
        screenshot("source", false);
    }

    @Test
    void noPageBreaksTheContentSecurityPolicy() {
        driver.manage().logs().get(LogType.BROWSER);  // drops what earlier tests logged
        for (String page : List.of("/", "/incidents", "/incidents/" + strikeIncident(), "/articles/kostiantynivka-northgate",
                "/sources/Reuters")) {
            driver.get(base + page);
        }
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
                .toList();
        assertThat(violations).isEmpty();
    }

    @Test
    void aFreshStoreShowsHowToFillIt() {
        try (Store empty = TestStore.empty();
             ClaimwatchServer fresh = ClaimwatchServer.start(empty, new ClaimwatchServer.Options("127.0.0.1", 0, null, null))) {
            driver.get("http://127.0.0.1:" + fresh.port() + "/");
            assertThat(driver.findElement(By.cssSelector(".empty h1")).getText()).isEqualTo("No articles yet");
            assertThat(driver.findElement(By.cssSelector(".empty")).getText()).contains("claimwatch demo").contains("claimwatch ingest");
            screenshot("empty", false);
        }
    }

    // ---- helpers

    private static String strikeIncident() {
        return store.incidents(1, 1).items().get(0).id();
    }

    private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    private static void assertNoAlert() {
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** Saves the viewport (or the whole page, up to 2600 px) to target/screenshots, and to the docs when asked. */
    private static void screenshot(String name, boolean wholePage) {
        Dimension viewport = driver.manage().window().getSize();
        try {
            if (wholePage) {
                long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
                driver.manage().window().setSize(new Dimension(viewport.getWidth(), (int) Math.min(2600, height + 140)));
            }
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + ".png"), png);
            String docs = System.getProperty("claimwatch.docs.screenshots");
            if (docs != null && !name.equals("xss")) {
                Files.createDirectories(Path.of(docs));
                Files.write(Path.of(docs, name + ".png"), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(viewport);
        }
    }
}
