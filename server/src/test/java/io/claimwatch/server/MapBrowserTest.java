package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.model.Claim;
import io.claimwatch.store.ClaimQuery;
import io.claimwatch.store.IncidentOrder;
import io.claimwatch.store.Store;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The claim map (issue 12) in a real browser (as {@link BrowserTest}: Debian's Chromium, headless), over the
 * bundled examples and the fixture articles as extracted: the search's and the Pavlohrad incident's geocoded claims as points on the world's
 * countries, each point its claim's precision and a link to its page, a legend of the precisions shown, keyboard
 * and 400 px.
 */
class MapBrowserTest {
    private static BrowserSession session;
    private static Store store;
    private static WebDriver driver;
    private static String base;

    @BeforeAll
    static void start() {
        BrowserSession.assumeChromium();
        // the fixtures hold an outlet named in markup
        session = BrowserSession.start(TestStore.examplesAndFixtures(),
                new ClaimwatchServer.Options("127.0.0.1", 0, null, null), BrowserSession.headless());
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
    void theIncidentPageDrawsEachGeocodedClaimAtItsPrecisionWithALegend() {
        String id = pavlohrad();
        List<Claim> located = geocoded(store.claims(store.incident(id).orElseThrow().claimIds()));
        assertThat(located).as("geocoded claims of the Pavlohrad incident").isNotEmpty();
        driver.get(base + "/incidents/" + id);
        assertDrawn(located);
        WebElement point = driver.findElements(By.cssSelector(".claim-map a.map-point")).get(0);
        String claim = point.getAttribute("data-claim");
        point.click();
        wait(ExpectedConditions.urlContains("/claims/" + claim));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void theSearchPageDrawsItsMatchesAndACountryIsDrawnLargerThanATown() {
        List<Claim> located = geocoded(store.geocodedClaims(ClaimQuery.all().withStatements(false), ClaimMap.MAX_POINTS));
        driver.get(base + "/");
        assertDrawn(located);
        Map<String, Double> widths = new java.util.HashMap<>();
        for (WebElement p : driver.findElements(By.cssSelector(".claim-map a.map-point"))) {
            Number w = (Number) js("return arguments[0].querySelector('.marker').getBoundingClientRect().width;", p);
            widths.merge(p.getAttribute("data-precision"), w.doubleValue(), Math::max);
        }
        assertThat(widths).as("the examples name towns and whole countries").containsKeys("city", "country");
        assertThat(widths.get("country")).isGreaterThan(widths.get("city") * 1.5);
        // a narrower search narrows the map
        driver.get(base + "/?q=Kupiansk");
        List<String> kupiansk = driver.findElements(By.cssSelector(".claim-map a.map-point")).stream()
                .map(e -> e.getAttribute("data-claim")).toList();
        assertThat(kupiansk).isNotEmpty().hasSizeLessThan(located.size());
        assertThat(kupiansk).containsExactlyInAnyOrderElementsOf(geocoded(
                store.geocodedClaims(ClaimQuery.all().withStatements(false).withText("Kupiansk"), 300)).stream().map(Claim::id).toList());
    }

    @Test
    void aPointIsReachedByKeyboardShowsItsWordsAndOpensItsClaim() {
        driver.get(base + "/incidents/" + pavlohrad());
        WebElement skip = driver.findElement(By.cssSelector(".skip-map"));
        js("arguments[0].previousElementSibling.setAttribute('tabindex', '-1'); arguments[0].previousElementSibling.focus();", skip);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("class")).isEqualTo("skip-map");
        assertThat(active().getText()).startsWith("Skip the map's");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement point = active();
        assertThat(point.getAttribute("class")).startsWith("map-point");
        // map.js writes the focused point's place, precision and claim under the map
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d ->
                d.findElement(By.cssSelector(".map-focus")).getText().equals(point.getAttribute("aria-label")));
        assertThat(point.getAttribute("aria-label")).matches(".+ \\((city|district|region|country|continent)\\): .+");
        String claim = point.getAttribute("data-claim");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait(ExpectedConditions.urlContains("/claims/" + claim));
        // the skip link jumps over every point to the list of places
        driver.navigate().back();
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".skip-map")));
        // reached by Tab as a keyboard user reaches it: a driver may refuse keys to an element drawn off-screen
        js("arguments[0].previousElementSibling.setAttribute('tabindex', '-1'); arguments[0].previousElementSibling.focus();",
                driver.findElement(By.cssSelector(".skip-map")));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(active().getAttribute("class")).isEqualTo("skip-map");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.getCurrentUrl()).endsWith("#map-places");
    }

    @Test
    void at400PixelsTheMapFitsAndWithoutImagesTheListOfPlacesRemains() {
        driver.manage().window().setSize(new Dimension(400, 900));
        for (String page : List.of("/", "/incidents/" + pavlohrad())) {
            driver.get(base + page);
            WebElement map = driver.findElement(By.cssSelector(".claim-map svg.map"));
            Map<?, ?> size = (Map<?, ?>) js("var r = arguments[0].getBoundingClientRect();"
                    + " return {right: r.right, width: r.width, inner: window.innerWidth,"
                    + " scroll: document.documentElement.scrollWidth};", map);
            assertThat(((Number) size.get("right")).doubleValue()).as(page).isLessThanOrEqualTo(400);
            assertThat(((Number) size.get("width")).doubleValue()).as(page).isGreaterThan(300);
            assertThat(((Number) size.get("scroll")).longValue()).as(page + " scrollWidth")
                    .isLessThanOrEqualTo(((Number) size.get("inner")).longValue());
        }
        // the places, each with its precision, are in the page as text with links to the claims
        WebElement places = driver.findElement(By.cssSelector("details.map-places"));
        places.findElement(By.tagName("summary")).click();
        List<WebElement> items = places.findElements(By.cssSelector("li.map-place"));
        assertThat(items).isNotEmpty().allSatisfy(li -> {
            assertThat(li.findElement(By.cssSelector(".badge.precision")).getText())
                    .isEqualTo(li.getAttribute("data-precision"));
            assertThat(li.findElements(By.cssSelector("a[href^='/claims/']"))).isNotEmpty();
        });
    }

    @Test
    void untrustedTextInAPointsWordsIsShownAsText() {
        String outlet = "<img src=x onerror=alert(3)>";
        driver.get(base + "/?outlet=" + java.net.URLEncoder.encode(outlet, java.nio.charset.StandardCharsets.UTF_8));
        List<WebElement> points = driver.findElements(By.cssSelector(".claim-map a.map-point"));
        assertThat(points).as("the Kherson claims are geocoded").isNotEmpty()
                .allSatisfy(p -> assertThat(p.getAttribute("aria-label")).contains(outlet));
        assertThat(driver.findElements(By.cssSelector("main img, .claim-map image, .claim-map script"))).isEmpty();
        js("arguments[0].focus();", points.get(0));
        assertThat(driver.findElement(By.cssSelector(".map-focus")).getText()).contains(outlet);
        assertThat(driver.findElements(By.cssSelector(".map-focus *"))).isEmpty();
    }

    // ---- helpers

    /** The page's map shows exactly these claims, each at its precision, linked, and the legend counts them. */
    private static void assertDrawn(List<Claim> located) {
        Map<String, String> precision = located.stream().collect(Collectors.toMap(Claim::id,
                c -> c.place().precision() == null ? "unknown" : c.place().precision().id()));
        List<WebElement> points = driver.findElements(By.cssSelector(".claim-map a.map-point"));
        assertThat(points).extracting(p -> p.getAttribute("data-claim"))
                .containsExactlyInAnyOrderElementsOf(precision.keySet());
        for (WebElement p : points) {
            String id = p.getAttribute("data-claim");
            assertThat(p.getAttribute("data-precision")).isEqualTo(precision.get(id));
            assertThat(p.getDomAttribute("href")).isEqualTo("/claims/" + id);
            assertThat(p.getAttribute("aria-label")).contains(" (" + precision.get(id) + "): ");
            assertThat(p.findElement(By.tagName("title")).getAttribute("textContent"))
                    .isEqualTo(p.getAttribute("aria-label"));
        }
        List<WebElement> legend = driver.findElements(By.cssSelector(".map-legend li"));
        assertThat(legend).extracting(li -> li.getAttribute("data-precision"))
                .containsExactlyInAnyOrderElementsOf(new HashSet<>(precision.values()));
        long counted = legend.stream().mapToLong(li -> Long.parseLong(li.findElement(By.cssSelector(".count")).getText()))
                .sum();
        assertThat(counted).isEqualTo(points.size());
        // the countries are drawn from the server's own world.svg, nothing from elsewhere
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> ((Number) js(
                "return document.querySelector('.claim-map use.world').getBBox().width;")).doubleValue() > 100);
        assertThat(driver.findElement(By.cssSelector(".claim-map use.world")).getDomAttribute("href"))
                .isEqualTo("/static/world.svg#countries");
    }

    private static List<Claim> geocoded(List<Claim> claims) {
        return claims.stream().filter(c -> c.place() != null && c.place().geocoded()).toList();
    }

    private static String pavlohrad() {
        return store.incidents(IncidentOrder.ARTICLES, false, 1, 50).items().stream()
                .filter(l -> l.incident().label().contains("Pavlohrad")).findFirst().orElseThrow().incident().id();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebElement active() {
        return driver.switchTo().activeElement();
    }

    private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }
}
