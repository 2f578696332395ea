package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.store.IncidentListing;
import io.claimwatch.store.IncidentOrder;
import io.claimwatch.store.Store;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The incident workbench in a real browser (as {@link BrowserTest}: headless Chromium), over a store of the
 * bundled examples ({@code examples/articles.jsonl}: the Pavlohrad strike, told by three articles, one a
 * syndicated copy) and the server test fixtures, served with a write token so that claims can be marked wrong.
 */
class IncidentBrowserTest {
    private static final String TOKEN = "browser-flag-token";

    private static BrowserSession session;
    private static Store store;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() {
        BrowserSession.assumeChromium();
        session = BrowserSession.start(TestStore.examplesAndFixtures(),
                new ClaimwatchServer.Options("127.0.0.1", 0, TOKEN, TestStore.EXTRACTOR), BrowserSession.headless());
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

    @BeforeEach
    void fullWidth() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    void theIncidentsListSortsByTollBothWays() {
        driver.get(base + "/incidents");
        driver.findElement(By.cssSelector("th a[data-sort=toll]")).click();
        wait(ExpectedConditions.urlContains("sort=toll"));
        List<Long> most = column("toll");
        assertThat(most).hasSizeGreaterThanOrEqualTo(2).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(driver.findElement(By.cssSelector("th.sorted")).getAttribute("aria-sort")).isEqualTo("descending");
        screenshot("incidents-by-toll");
        driver.findElement(By.cssSelector("th a[data-sort=toll]")).click();
        wait(ExpectedConditions.urlContains("order=asc"));
        assertThat(column("toll")).isSorted().containsExactlyInAnyOrderElementsOf(most);
        assertThat(driver.findElement(By.cssSelector("th.sorted")).getAttribute("aria-sort")).isEqualTo("ascending");
        driver.findElement(By.cssSelector("th a[data-sort=sources]")).click();
        wait(ExpectedConditions.urlContains("sort=sources"));
        assertThat(column("sources")).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void thePavlohradIncidentShowsItsTwelveFifteenAndSeventeenAndItsEstimate() {
        driver.get(base + "/incidents/" + pavlohrad());
        List<String> killed = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("table.figures tbody tr"))) {
            if (row.findElement(By.cssSelector("td")).getText().equals("killed")) {
                killed.add(row.findElements(By.cssSelector("td")).get(1).getText());
            }
        }
        assertThat(String.join(" | ", killed)).contains("12").contains("15").contains("17");
        WebElement estimate = driver.findElement(By.cssSelector(".estimates tr.estimate[data-type=killed]"));
        assertThat(estimate.findElement(By.cssSelector(".best")).getText()).isEqualTo("15");
        assertThat(estimate.findElement(By.cssSelector(".low")).getText()).isEqualTo("12");
        assertThat(estimate.findElement(By.cssSelector(".high")).getText()).startsWith("17");
        assertThat(estimate.findElement(By.cssSelector(".rests-on")).getText()).contains("best:").contains("low:").contains("high:");
        assertThat(driver.findElement(By.cssSelector(".estimates .rule")).getText()).contains("latest figure");
        // the syndicated copy is shown under the report it copies, the earliest one
        WebElement copy = driver.findElement(By.cssSelector(".reports .copy"));
        assertThat(copy.getText()).contains("syndicated copy of Meridian Wire");
        assertThat(copy.getAttribute("data-copy-of")).isEqualTo("pavlohrad-strike-meridian");
        assertThat(driver.findElement(By.cssSelector(".reports > li.report[data-article=pavlohrad-strike-meridian] .first-report")).getText())
                .isEqualTo("first report");
        screenshot("incident-workbench");
    }

    @Test
    void anIncidentWithoutContradictionsSaysSo() {
        int quiet = 0;
        for (IncidentListing l : store.incidents(IncidentOrder.ARTICLES, false, 1, 50).items()) {
            driver.get(base + "/incidents/" + l.incident().id());
            String heading = driver.findElement(By.cssSelector("#contradictions-heading")).getText();
            if (l.contradictions() == 0) {
                quiet++;
                assertThat(heading).isEqualTo("No contradictions");
                assertThat(driver.findElements(By.cssSelector("li.contradiction"))).isEmpty();
            } else {
                assertThat(heading).contains(l.contradictions() + " contradiction");
            }
        }
        assertThat(quiet).as("incidents without contradictions").isPositive();
    }

    @Test
    void theClaimPageCitesTheClaimAndShowsItsEvidenceChainAndIncident() {
        driver.get(base + "/incidents/" + pavlohrad());
        driver.findElement(By.cssSelector(".estimates tr.estimate[data-type=killed] .best a")).click();
        wait(ExpectedConditions.urlContains("/claims/"));
        String citation = driver.findElement(By.id("citation")).getText();
        String evidence = driver.findElement(By.id("evidence")).getText();
        WebElement figure = driver.findElement(By.cssSelector("#evidence mark.hl-figure"));
        assertThat(figure.getText()).contains("15");
        assertThat(driver.findElements(By.cssSelector("#evidence mark.hl-claim"))).isNotEmpty();
        String claimText = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#evidence mark.hl-claim, #evidence mark[class*=hl-]'))"
                        + ".map(m => m.textContent).join('');").toString();
        assertThat(evidence.length()).as("the sentence in its context").isGreaterThan(claimText.length() / 2 + 40);
        String outlet = driver.findElement(By.cssSelector(".page-head .meta a")).getText().split(",")[0];
        assertThat(citation).startsWith(outlet + ", \"").contains("https://").contains("claim: \"")
                .contains("2025-03-").endsWith("retrieved " + LocalDate.now(ZoneOffset.UTC));
        assertThat(driver.findElements(By.cssSelector(".source-chain li"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.findElement(By.cssSelector(".claim-incidents a")).getAttribute("href")).endsWith("/incidents/" + pavlohrad());
        assertThat(driver.findElement(By.cssSelector(".all-fields")).getText()).contains("event").contains("figure")
                .contains("place").contains("time").contains("status");
        screenshot("claim");
    }

    @Test
    void markingAClaimWrongIsStoredAndShownAfterAReload() {
        String claim = store.incident(pavlohrad()).orElseThrow().claimIds().get(1);
        driver.get(base + "/claims/" + claim);
        assertThat(driver.findElement(By.cssSelector(".no-flags")).getText()).contains("No reader");
        new Select(driver.findElement(By.cssSelector(".flag-form select[name=field]"))).selectByValue("subject");
        driver.findElement(By.cssSelector(".flag-form textarea[name=note]")).sendKeys("the party is <wrong>");
        driver.findElement(By.cssSelector(".flag-form input[name=token]")).sendKeys(TOKEN);
        driver.findElement(By.cssSelector(".flag-form button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flag-list .flag")));
        driver.navigate().refresh();
        WebElement flag = driver.findElement(By.cssSelector(".flag-list .flag"));
        assertThat(flag.findElement(By.cssSelector(".flag-field")).getText()).isEqualTo("subject");
        assertThat(flag.findElement(By.cssSelector(".flag-note")).getText()).isEqualTo("the party is <wrong>");
        assertThat(driver.findElement(By.cssSelector(".page-head .badge.flagged")).getText()).contains("marked wrong");
        // and the marker wherever the claim is listed
        driver.get(base + "/incidents/" + pavlohrad() + "?page_size=200");
        assertThat(driver.findElement(By.id("claim-" + claim)).findElements(By.cssSelector(".badge.flagged"))).hasSize(1);
        driver.get(base + "/incidents");
        WebElement row = driver.findElement(By.cssSelector("tr.incident-row[data-id='" + pavlohrad() + "']"));
        assertThat(row.findElement(By.cssSelector(".badge.flagged")).getText()).contains("1 marked wrong");
        driver.get(base + "/?page_size=200");
        assertThat(driver.findElement(By.id("claim-" + claim)).findElements(By.cssSelector(".badge.flagged"))).hasSize(1);
    }

    @Test
    void at400PixelsNoPageScrollsSideways() {
        String claim = store.incident(pavlohrad()).orElseThrow().claimIds().get(0);
        driver.manage().window().setSize(new Dimension(400, 900));
        for (String page : List.of("/", "/?q=Pavlohrad", "/incidents", "/incidents/" + pavlohrad(),
                "/articles/pavlohrad-strike-meridian", "/claims/" + claim, "/sources/Reuters")) {
            driver.get(base + page);
            Map<?, ?> size = (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(
                    "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth};");
            assertThat(((Number) size.get("inner")).longValue()).as(page).isLessThanOrEqualTo(400);
            assertThat(((Number) size.get("scroll")).longValue()).as(page + " scrollWidth")
                    .isLessThanOrEqualTo(((Number) size.get("inner")).longValue());
        }
        driver.get(base + "/incidents/" + pavlohrad());
        screenshot("incident-400px");
    }

    @Test
    void theSkipLinkLeadsToTheContentAndEachClaimIsOneTabStop() {
        driver.get(base + "/?q=Pavlohrad");
        // start from the document itself: a window that has not yet taken focus sends the first TAB elsewhere
        ((JavascriptExecutor) driver).executeScript("window.focus(); document.body.focus();");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = active();
        assertThat(skip.getAttribute("class")).isEqualTo("skip-link");
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getCssValue("outline-style")).as("visible focus").isEqualTo("solid");
        skip.sendKeys(Keys.ENTER);
        assertThat(active().getAttribute("id")).isEqualTo("main");

        List<WebElement> cards = driver.findElements(By.cssSelector(".results .card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
        for (WebElement card : cards) {
            Number stops = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(arguments[0].querySelectorAll('a, button, input, select, textarea, [tabindex]'))"
                            + ".filter(e => e.tabIndex >= 0).length;", card);
            assertThat(stops.intValue()).as("tab stops in a claim card").isEqualTo(1);
        }
        WebElement first = cards.get(0).findElement(By.cssSelector("a.claim-link"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", first);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(active()).isEqualTo(cards.get(1).findElement(By.cssSelector("a.claim-link")));
        String ring = ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.activeElement, '::after').outlineStyle;").toString();
        assertThat(ring).as("the focused card's ring").isEqualTo("solid");
        active().sendKeys(Keys.ENTER);
        wait(ExpectedConditions.urlContains("/claims/"));
    }

    @Test
    void chartDateLabelsDoNotOverlapEvenWhenCrowded() {
        driver.get(base + "/incidents/" + pavlohrad());
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.chart.drawn svg")));
        assertNoOverlap("figure.chart:not(#crowded) svg", 1);
        drawCrowdedChart(40);
        int labels = assertNoOverlap("#crowded svg", 3);
        assertThat(labels).as("thinned: fewer labels than days").isLessThan(40);
        driver.manage().window().setSize(new Dimension(400, 900));  // narrower: still none overlaps
        driver.get(base + "/incidents/" + pavlohrad());
        drawCrowdedChart(40);
        assertNoOverlap("#crowded svg", 2);
        ((JavascriptExecutor) driver).executeScript("document.querySelector('figure.chart').scrollIntoView();");
        screenshot("chart-400px");
    }

    @Test
    void everySourceHasItsOwnColourAndMarkAfterThePaletteWraps() {
        driver.get(base + "/incidents/" + pavlohrad());
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.chart.drawn")));
        List<String> colours = attributes("figure.chart .chart-legend li", "data-color");
        assertThat(colours).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        drawCrowdedChart(30);
        List<String> crowded = attributes("#crowded .chart-legend li", "data-color");
        assertThat(crowded).hasSize(30).doesNotHaveDuplicates();
        assertThat(new HashSet<>(attributes("#crowded .chart-legend li", "data-shape"))).hasSizeGreaterThanOrEqualTo(2);
        // each mark is drawn in its series' colour
        for (WebElement mark : driver.findElements(By.cssSelector("#crowded g.mark"))) {
            WebElement dot = mark.findElement(By.cssSelector(".dot"));
            assertThat(dot.getAttribute("fill")).isEqualTo(mark.getAttribute("data-color"));
        }
    }

    // ---- helpers

    private static String pavlohrad() {
        return store.incidents(IncidentOrder.ARTICLES, false, 1, 50).items().stream()
                .filter(l -> l.incident().label().contains("Pavlohrad")).findFirst().orElseThrow().incident().id();
    }

    /** The numbers of a column of the incidents list, top to bottom, leaving out the incidents without one. */
    private static List<Long> column(String name) {
        List<Long> values = new ArrayList<>();
        for (WebElement cell : driver.findElements(By.cssSelector("tr.incident-row td." + name))) {
            if (cell.getText().matches("\\d+")) {
                values.add(Long.parseLong(cell.getText()));
            }
        }
        return values;
    }

    /**
     * Adds a chart of {@code series} sources, one figure each on consecutive days, and runs chart.js again (it
     * draws the charts not drawn yet): a crowded axis and more sources than the palette has colours.
     */
    private static void drawCrowdedChart(int series) {
        ((JavascriptExecutor) driver).executeScript("""
                var points = [];
                for (var i = 0; i < arguments[0]; i++) {
                  var day = new Date(Date.UTC(2025, 2, 1 + i)).toISOString().slice(0, 10);
                  points.push({series: 'source ' + i, type: 'killed', date: day, value: i + 1, low: i + 1, high: i + 1,
                               text: String(i + 1), status: 'reported', claim: 'c' + i, article: 'a' + i, contradicted: false});
                }
                var f = document.createElement('figure');
                f.className = 'chart';
                f.id = 'crowded';
                f.setAttribute('data-points', JSON.stringify(points));
                f.appendChild(document.createElement('figcaption'));
                document.querySelector('main').appendChild(f);
                var s = document.createElement('script');
                s.src = '/static/chart.js?again=' + Date.now();
                document.body.appendChild(s);
                """, series);
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#crowded.drawn svg")));
    }

    /**
     * Checks that no two date labels of the charts matched overlap on screen and that all are inside their
     * chart; returns how many the first chart has.
     */
    private static int assertNoOverlap(String svgs, int atLeast) {
        int first = -1;
        for (WebElement svg : driver.findElements(By.cssSelector(svgs))) {
            if (svg.findElements(By.cssSelector("g.mark")).isEmpty()) {
                continue;  // a panel of undated figures only: no axis to label
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Number>> boxes = (List<Map<String, Number>>) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(arguments[0].querySelectorAll('text.date-label')).map(t => {"
                            + " var r = t.getBoundingClientRect(); return {left: r.left, right: r.right}; })"
                            + ".sort((a, b) => a.left - b.left);", svg);
            assertThat(boxes).hasSizeGreaterThanOrEqualTo(atLeast);
            for (int i = 1; i < boxes.size(); i++) {
                assertThat(boxes.get(i).get("left").doubleValue()).as("label " + i + " starts after label " + (i - 1) + " ends")
                        .isGreaterThan(boxes.get(i - 1).get("right").doubleValue());
            }
            @SuppressWarnings("unchecked")
            Map<String, Number> frame = (Map<String, Number>) ((JavascriptExecutor) driver).executeScript(
                    "var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", svg);
            assertThat(boxes.get(0).get("left").doubleValue()).as("inside the chart").isGreaterThanOrEqualTo(frame.get("left").doubleValue() - 1);
            assertThat(boxes.get(boxes.size() - 1).get("right").doubleValue()).as("inside the chart")
                    .isLessThanOrEqualTo(frame.get("right").doubleValue() + 1);
            if (first < 0) {
                first = boxes.size();
            }
        }
        assertThat(first).as("charts found").isPositive();
        return first;
    }

    /** The viewport, to target/screenshots (for looking at; the README's are BrowserTest's). */
    private static void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> attributes(String css, String name) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(name)).toList();
    }

    private static WebElement active() {
        return driver.switchTo().activeElement();
    }

    private static void wait(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }
}
