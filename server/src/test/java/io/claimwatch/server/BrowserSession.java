package io.claimwatch.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.claimwatch.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * What every browser test class starts once: a store served on a free loopback port and Debian's Chromium,
 * headless, driven by Selenium; closed in the reverse order.
 */
final class BrowserSession implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final Store store;
    final ClaimwatchServer server;
    final String base;
    final WebDriver driver;

    private BrowserSession(Store store, ClaimwatchServer server, WebDriver driver) {
        this.store = store;
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
        this.driver = driver;
    }

    /** Serves {@code store} with {@code options} and opens a browser with {@code chrome} ({@link #headless()}). */
    static BrowserSession start(Store store, ClaimwatchServer.Options options, ChromeOptions chrome) {
        ClaimwatchServer server = ClaimwatchServer.start(store, options);
        try {
            return new BrowserSession(store, server, new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), chrome));
        } catch (RuntimeException e) {
            server.close();
            store.close();
            throw e;
        }
    }

    /** Skips the calling test class where Chromium and its driver are not installed. */
    static void assumeChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");
    }

    /** Headless Chromium, 1400 x 1000, logging the browser console. */
    static ChromeOptions headless() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
            store.close();
        }
    }
}
