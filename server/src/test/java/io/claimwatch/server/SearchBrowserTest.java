package io.claimwatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.model.ClaimJson;
import io.claimwatch.store.Store;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search workbench in a real browser (as {@link BrowserTest}: Debian's Chromium, headless), over the fixture
 * store: 16 claims of four articles, 3 of them statements, 2 hedged, 7 with a figure (the largest: 19 wounded).
 * Facets, the status, figure and statement filters, the sort, numbered pages and the download buttons.
 */
class SearchBrowserTest {
    private static BrowserSession session;
    private static Store store;
    private static ClaimwatchServer server;
    private static WebDriver driver;
    private static Http http;
    private static String base;
    private static Path downloads;

    @BeforeAll
    static void start() throws IOException {
        BrowserSession.assumeChromium();
        downloads = Files.createTempDirectory("claimwatch-downloads");
        downloads.toFile().deleteOnExit();
        ChromeOptions options = BrowserSession.headless();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        session = BrowserSession.start(TestStore.withFixtures(), new ClaimwatchServer.Options("127.0.0.1", 0, null, null),
                options);
        store = session.store;
        server = session.server;
        base = session.base;
        driver = session.driver;
        http = new Http(server);
    }

    @AfterAll
    static void stop() throws IOException {
        if (session != null) {
            session.close();
        }
        if (downloads != null) {
            try (Stream<Path> files = Files.list(downloads)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Test
    void aFacetFiltersTheResultsAndTheSidebarFollows() {
        driver.get(base + "/");
        WebElement ledger = facet("outlet", "Eastern Ledger");
        long count = Long.parseLong(ledger.findElement(By.cssSelector(".count")).getText());
        ledger.findElement(By.tagName("a")).click();
        wait(ExpectedConditions.urlContains("outlet=Eastern+Ledger"));
        assertThat(cards()).hasSize((int) count).allSatisfy(card ->
                assertThat(card.findElement(By.cssSelector(".card-foot")).getText()).startsWith("Eastern Ledger"));
        assertThat(heading()).isEqualTo(count + " claims found");
        // the other facets count this search's claims only
        assertThat(facetCounts("event")).isEqualTo(count);
        assertThat(facetCounts("status")).isEqualTo(count);
        assertThat(driver.findElements(By.cssSelector("[data-facet=outlet] li"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".side h2")).getText()).isEqualTo("Incidents of these claims");
        assertThat(driver.findElement(By.cssSelector(".chip")).getText()).contains("outlet: Eastern Ledger");
        // an outlet named in markup is a facet like any other, shown as text
        driver.get(base + "/");
        facet("outlet", "<img src=x onerror=alert(3)>").findElement(By.tagName("a")).click();
        wait(ExpectedConditions.urlContains("outlet=%3Cimg"));
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(cards()).isNotEmpty();
    }

    @Test
    void theStatusFilterShowsOnlyThatStatus() {
        driver.get(base + "/");
        new Select(driver.findElement(By.cssSelector(".search-form select[name=status]"))).selectByValue("hedged");
        driver.findElement(By.cssSelector(".search-form button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("status=hedged"));
        List<WebElement> cards = cards();
        assertThat(cards).hasSize(2).allSatisfy(c ->
                assertThat(c.findElement(By.cssSelector(".badge")).getText()).isEqualTo("hedged"));
        assertThat(cards.get(0).getText()).contains("may have been killed");
        assertThat(new Select(driver.findElement(By.cssSelector(".search-form select[name=status]")))
                .getFirstSelectedOption().getText()).isEqualTo("hedged");
    }

    @Test
    void hasAFigureLeavesOutClaimsWithoutOne() {
        driver.get(base + "/");
        assertThat(figures()).contains("—");
        driver.findElement(By.cssSelector(".search-form input[name=figure]")).click();
        driver.findElement(By.cssSelector(".search-form button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("figure=true"));
        assertThat(figures()).hasSize(7).doesNotContain("—");
        assertThat(driver.findElement(By.cssSelector(".search-form input[name=figure]")).isSelected()).isTrue();
    }

    @Test
    void statementsAreHiddenUntilToggled() {
        driver.get(base + "/");
        assertThat(driver.findElements(By.cssSelector(".results .card .event-statement"))).isEmpty();
        int hidden = cards().size();
        WebElement toggle = driver.findElement(By.cssSelector(".statements-toggle"));
        assertThat(toggle.getText()).startsWith("show 3 statements");
        toggle.click();
        wait(ExpectedConditions.urlContains("statements=true"));
        assertThat(driver.findElements(By.cssSelector(".results .card .event-statement"))).hasSize(3);
        assertThat(cards()).hasSize(hidden + 3);
        driver.findElement(By.cssSelector(".statements-toggle")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("statements=true")));
        assertThat(driver.findElements(By.cssSelector(".results .card .event-statement"))).isEmpty();
    }

    @Test
    void theFigureOrderPutsTheLargestFirst() {
        driver.get(base + "/?figure=true");
        driver.findElement(By.linkText("largest figure first")).click();
        wait(ExpectedConditions.urlContains("sort=figure"));
        List<String> shown = cards().stream().map(c -> c.getAttribute("data-claim")).toList();
        JsonNode api = http.get("/api/claims?figure=true&sort=figure").json();
        List<Long> values = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        api.get("items").forEach(c -> {
            ids.add(c.get("id").asText());
            values.add(c.at("/quantity/value").asLong());
        });
        assertThat(shown).isEqualTo(ids);
        assertThat(values).isSortedAccordingTo((a, b) -> Long.compare(b, a)).first().isEqualTo(19L);
        assertThat(cards().get(0).findElement(By.cssSelector(".figure")).getText()).isEqualTo("19");
        assertThat(driver.findElement(By.cssSelector(".sort strong")).getText()).isEqualTo("largest figure first");
    }

    @Test
    void numberedPagesWalkTheWholeSearch() {
        driver.get(base + "/?page_size=5");
        assertThat(driver.findElements(By.cssSelector(".pager.numbered a.page, .pager.numbered .current")))
                .extracting(WebElement::getText).containsExactly("1", "2", "3");
        Set<String> seen = new HashSet<>(cards().stream().map(c -> c.getAttribute("data-claim")).toList());
        driver.findElement(By.cssSelector(".pager.numbered a.page[href$='page=3']")).click();
        wait(ExpectedConditions.urlContains("page=3"));
        assertThat(driver.findElement(By.cssSelector(".pager.numbered .current")).getText()).isEqualTo("3");
        assertThat(cards()).hasSize(3);  // 13 claims (statements hidden), 5 a page
        driver.findElement(By.cssSelector(".pager.numbered a[rel=prev]")).click();
        wait(ExpectedConditions.urlContains("page=2"));
        cards().forEach(c -> seen.add(c.getAttribute("data-claim")));
        driver.findElement(By.cssSelector(".pager.numbered a[rel=next]")).click();
        wait(ExpectedConditions.urlContains("page=3"));
        cards().forEach(c -> seen.add(c.getAttribute("data-claim")));
        assertThat(seen).hasSize(13);
        assertThat(driver.findElement(By.cssSelector(".search-form input[name=page_size]")).getAttribute("value")).isEqualTo("5");
    }

    @Test
    void theSearchsDownloadButtonsGiveItsClaimsInEachFormat() throws IOException {
        driver.get(base + "/?event=killed&page_size=2");
        long total = http.get("/api/claims?event=killed").json().get("total").asLong();
        assertThat(cards()).hasSize(2);
        Download csv = fetch("csv");
        assertThat(csv.type()).startsWith("text/csv");
        List<CSVRecord> rows = csv(csv.body());
        assertThat(rows).hasSize((int) total).extracting(r -> r.get("event_type")).containsOnly("killed");
        Download jsonl = fetch("jsonl");
        assertThat(jsonl.type()).startsWith("application/x-ndjson");
        assertThat(jsonl.body().lines()).hasSize((int) total)
                .allSatisfy(l -> assertThat(ClaimJson.mapper().readTree(l).at("/event/type").asText()).isEqualTo("killed"));
        Download geo = fetch("geojson");
        assertThat(geo.type()).startsWith("application/geo+json");
        assertThat(ClaimJson.mapper().readTree(geo.body()).get("features")).hasSize(
                (int) rows.stream().filter(r -> !r.get("lat").isEmpty()).count());
        // and a click saves the file
        driver.findElement(By.cssSelector(".exports a[data-format=csv]")).click();
        Path saved = downloads.resolve("claimwatch-claims.csv");
        waitUntil(d -> Files.exists(saved) && size(saved) > 0);
        assertThat(csv(Files.readString(saved))).hasSize((int) total);
    }

    @Test
    void theIncidentPagesDownloadButtonsGiveItsClaimsAndEventData() throws IOException {
        String id = store.incidents(1, 1).items().get(0).id();
        JsonNode incident = http.get("/api/incidents/" + id).json();
        driver.get(base + "/incidents/" + id);
        Download claims = fetch("csv");
        assertThat(claims.type()).startsWith("text/csv");
        assertThat(csv(claims.body())).hasSize(incident.get("claim_ids").size());
        assertThat(fetch("jsonl").body().lines()).hasSize(incident.get("claim_ids").size());
        Download events = fetch("events-csv");
        CSVRecord killed = csv(events.body()).stream().filter(r -> r.get("event_type").equals("killed")).findFirst()
                .orElseThrow();
        assertThat(killed.get("plover_event_type")).isEqualTo("ASSAULT");
        assertThat(killed.get("best")).isEqualTo(incident.at("/estimates/0/best").asText());
        assertThat(killed.get("low")).isEqualTo(incident.at("/estimates/0/low").asText());
        assertThat(killed.get("high")).isEqualTo(incident.at("/estimates/0/high").asText());
    }

    // ---- helpers

    private record Download(String type, String body) {
    }

    /** What the page's download button of this format gives, fetched by the page itself. */
    private static Download fetch(String format) {
        String href = driver.findElement(By.cssSelector(".exports a[data-format=" + format + "]")).getAttribute("href");
        @SuppressWarnings("unchecked")
        List<String> answer = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done([r.headers.get('content-type'), t])));",
                href);
        return new Download(answer.get(0), answer.get(1));
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<WebElement> cards() {
        return driver.findElements(By.cssSelector(".results .card"));
    }

    private static List<String> figures() {
        return cards().stream().map(c -> c.findElement(By.cssSelector(".figure")).getText()).toList();
    }

    private static String heading() {
        return driver.findElement(By.cssSelector(".results h1")).getText();
    }

    /** The facet entry whose link reads {@code value}. */
    private static WebElement facet(String facet, String value) {
        return driver.findElements(By.cssSelector("[data-facet=" + facet + "] li")).stream()
                .filter(li -> li.findElement(By.tagName("a")).getText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + facet + " facet " + value));
    }

    private static long facetCounts(String facet) {
        return driver.findElements(By.cssSelector("[data-facet=" + facet + "] .count")).stream()
                .mapToLong(e -> Long.parseLong(e.getText())).sum();
    }

    private static void wait(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    private static void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }
}
