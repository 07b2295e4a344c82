package org.mockinterview.platform.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium driven by Selenium for the web app's tests: screenshots at desktop and phone widths, axe-core in
 * the page, and condition waits. Skips the calling test (an assumption, with the reason printed) without Chromium.
 */
final class WebBrowser implements AutoCloseable {

    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    static final Path SCREENSHOTS = Path.of("target", "web-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path downloads;

    private WebBrowser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    /** Starts headless Chromium, or skips the test saying what is missing. */
    static WebBrowser start() {
        Optional<Path> chromium = executable("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = executable("CHROMEDRIVER", "chromedriver");
        String missing = chromium.isEmpty() ? "chromium" : chromedriver.isEmpty() ? "chromedriver" : null;
        if (missing != null) {
            String reason = "Browser tests skipped: no " + missing + " found (apt-get install chromium chromium-driver,"
                    + " or set CHROME_BIN / CHROMEDRIVER)";
            System.out.println(reason);
            assumeTrue(false, reason);
        }
        try {
            Path downloads = Files.createDirectories(Path.of("target", "web-downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.get().toFile());
            // no sandbox: CI runs as root in a container; the rest keeps Chromium from calling home during tests
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=en-US",
                    "--force-prefers-reduced-motion", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-default-apps", "--no-first-run", "--disable-extensions",
                    // a fake microphone (a beep tone) with its permission granted, for the spoken-answer test
                    "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(WAIT);
            Files.createDirectories(SCREENSHOTS);
            return new WebBrowser(driver, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> executable(String envVariable, String... names) {
        String configured = System.getenv(envVariable);
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Stream.of(names).flatMap(n -> Stream.of(path.split(":")).map(dir -> Path.of(dir, n)))
                .filter(Files::isExecutable).findFirst();
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    /** Opens a URL and waits until the app has rendered the route (main.js sets body[data-ready]). */
    void open(String url, String route) {
        driver.get(url);
        awaitRoute(route);
    }

    void awaitRoute(String route) {
        await(d -> route.equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** A wait that retries when the app re-renders an element under it (each navigation replaces the view). */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    <T> T await(Function<ChromeDriver, T> condition) {
        return waiting().until(d -> condition.apply((ChromeDriver) d));
    }

    WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement clickable(By by) {
        return waiting().until(ExpectedConditions.elementToBeClickable(by));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * One step of a flow: screenshots at desktop and phone width (no horizontal scrolling on the phone) and axe-core
     * at both, failing on any serious or critical accessibility violation.
     */
    void step(String name) {
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            driver.manage().window().setSize(size);
            String width = size.equals(PHONE) ? "phone" : "desktop";
            await(d -> ((Number) script("return window.innerWidth")).intValue() <= size.width);
            script("window.scrollTo(0, 0)");
            screenshot(name + "-" + width);
            if (size.equals(PHONE)) {
                Object wide = script("""
                        const limit = document.documentElement.clientWidth;
                        const over = [...document.querySelectorAll('body *')].find(e => e.getBoundingClientRect().right > limit
                          && !e.closest('.table-scroll'));
                        return document.documentElement.scrollWidth > limit ? (over ? over.outerHTML.slice(0, 200) : 'page') : null;
                        """);
                assertThat(wide).as("%s scrolls sideways on a phone", name).isNull();
            }
            assertThat(seriousViolations()).as("axe-core on %s at %s width", name, width).isEmpty();
        }
    }

    void screenshot(String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core (the copy inside com.deque.html.axe-core:selenium) in the page; serious and critical only. */
    List<String> seriousViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(axeSource());
        }
        String result = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })))))
                  .catch(e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
                """);
        try {
            List<Map<String, Object>> violations = JSON.readValue(result, new TypeReference<>() { });
            List<String> serious = new ArrayList<>();
            for (Map<String, Object> v : violations) {
                if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                    serious.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("nodes"));
                }
            }
            return serious;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = WebBrowser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            assertThat(in).as("axe.min.js on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
