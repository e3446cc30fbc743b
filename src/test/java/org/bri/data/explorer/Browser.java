package org.bri.data.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium at one viewport, driven by Debian's chromedriver: both paths are given, so that
 * Selenium never looks for a browser or a driver to download.
 */
final class Browser implements AutoCloseable {

    /** A viewport: a desktop window, or a phone (mobile emulation: its viewport meta tag applies, touch). */
    record Viewport(String name, int width, int height, boolean phone) {

        @Override
        public String toString() {
            return name + " " + width + "x" + height;
        }
    }

    static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
    static final Viewport PHONE = new Viewport("phone", 390, 844, true);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Viewport viewport;
    private final String root;

    Browser(Viewport viewport, String root) {
        this.viewport = viewport;
        this.root = root;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("bri.browser.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--lang=en-US",
                "--disable-extensions", "--no-first-run", "--hide-scrollbars");
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium's sandbox refuses to run as root (as in a CI container).
            options.addArguments("--no-sandbox");
        }
        if (viewport.phone()) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", viewport.width(), "height", viewport.height(), "pixelRatio", 2.0, "touch", true,
                            "mobile", true)));
        } else {
            options.addArguments("--window-size=" + viewport.width() + "," + viewport.height());
        }
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(
                        new File(System.getProperty("bri.browser.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    Viewport viewport() {
        return viewport;
    }

    /** Opens a view of the explorer by its fragment ("" for the start page) and waits until it is drawn. */
    void open(String fragment) {
        driver.get(root + fragment);
        waitUntilDrawn();
    }

    /** Waits until the view the URL names is drawn: main is no longer busy and has drawn this very fragment. */
    void waitUntilDrawn() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(script(
                "const main = document.getElementById('main');"
                        + "return main.getAttribute('aria-busy') === 'false' && main.dataset.drawn === location.hash;")));
    }

    /** Clicks and waits until the view it leads to is drawn. */
    void clickAndWait(WebElement element) {
        String before = (String) script("return location.hash;");
        scrollTo(element);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !before.equals(script("return location.hash;")));
        waitUntilDrawn();
    }

    /** Chooses an option of a select and waits until the view it leads to is drawn. */
    void selectAndWait(String css, String value) {
        String before = hash();
        new Select(find(css)).selectByValue(value);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !before.equals(hash()));
        waitUntilDrawn();
    }

    void back() {
        driver.navigate().back();
        waitUntilDrawn();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String hash() {
        return (String) script("return location.hash;");
    }

    /** An element's text exactly as in the document (Selenium's getText collapses white space). */
    String textContent(WebElement element) {
        return (String) script("return arguments[0].textContent;", element);
    }

    /** Whether an element lies within the visible part of the window. */
    boolean inView(WebElement element) {
        return Boolean.TRUE.equals(script("const r = arguments[0].getBoundingClientRect();"
                + "return r.bottom > 0 && r.top < window.innerHeight;", element));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void scrollTo(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** The page is no wider than the window: nothing to scroll sideways. */
    void assertNoHorizontalScroll() {
        Number scrollWidth = (Number) script("return document.documentElement.scrollWidth;");
        Number clientWidth = (Number) script("return document.documentElement.clientWidth;");
        assertThat(scrollWidth.intValue()).as("page width on %s at %s", viewport, hash())
                .isLessThanOrEqualTo(clientWidth.intValue());
    }

    /** The errors the page logged since the last call (each call reads the log anew). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Saves the page as target/screenshots/{viewport}-{name}.png: the page from its top, or what the window shows. */
    Path screenshot(String name, boolean wholePage) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> parameters = Map.of("format", "png", "captureBeyondViewport", wholePage);
            if (wholePage) {
                @SuppressWarnings("unchecked")
                Map<String, Object> size = (Map<String, Object>) driver
                        .executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
                // At most the first 2,400 CSS pixels: enough to judge a view, and a picture one can still look at.
                double height = Math.min(((Number) size.get("height")).doubleValue(), 2400);
                parameters = Map.of("format", "png", "captureBeyondViewport", true, "clip",
                        Map.of("x", 0, "y", 0, "width", size.get("width"), "height", height, "scale", 1));
            }
            String data = (String) driver.executeCdpCommand("Page.captureScreenshot", parameters).get("data");
            Path file = SCREENSHOTS.resolve(viewport.name() + "-" + name + ".png");
            Files.write(file, Base64.getDecoder().decode(data));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
