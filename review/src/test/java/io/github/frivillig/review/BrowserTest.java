package io.github.frivillig.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages as people use them, in headless Chromium through Selenium: upload, read the report, switch language, open
 * the comparison; an axe-core check of each page; a screenshot of each in {@code target/screenshots}. Without
 * Chromium and its driver, the tests are skipped with one line saying so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("BrowserTest: no Chromium at " + CHROMIUM + " or no driver at " + CHROMEDRIVER
                    + "; the browser tests are skipped");
        }
        Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed; browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
    }

    @Test
    void uploadingABrokenSeedShowsItsLineHighlighted() throws IOException {
        Path file = Files.createTempFile(Path.of("target"), "broken-seed", ".json");
        try {
            Files.writeString(file, Documents.broken());
            open("/?lang=en");
            driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            navigateBy(By.id("validate"));
            assertThat(driver.findElement(By.id("verdict")).getText()).isEqualTo("The policy has errors.");
            List<WebElement> highlighted = driver.findElements(By.cssSelector(".line.highlighted"));
            assertThat(highlighted).anySatisfy(line -> assertThat(line.getText())
                    .startsWith(Long.toString(Documents.brokenLine())).contains("\"code\": \"9999\""));
            screenshot("report");
            assertAccessible("report");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void switchingTheLanguageTranslatesThePage() {
        open("/?lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Check a volunteer policy");
        navigateBy(By.cssSelector(".languages a[hreflang='nn']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kontroller ein frivilligheitspolitikk");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nn");
        navigateBy(By.cssSelector(".languages a[hreflang='da']"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kontroller en frivillighedspolitik");
        screenshot("start-da");
        assertAccessible("start");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            screenshot("start-phone");
            Number overflow = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("horizontal overflow on a phone-sized screen").isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void theComparisonShowsTheHeatMapAndTimelines() {
        open("/?lang=nb");
        navigateBy(By.id("demo"));
        WebElement heatMap = driver.findElement(By.id("heatmap"));
        assertThat(heatMap.isDisplayed()).isTrue();
        assertThat(heatMap.findElements(By.cssSelector("text.policy")))
                .extracting(WebElement::getText)
                .contains("Porsgrunn (4001) · no-4001-frivillighetsstrategi")
                .doesNotHaveDuplicates();
        assertThat(heatMap.findElements(By.cssSelector("rect.part")).size()).isGreaterThan(50);
        assertThat(driver.findElements(By.cssSelector("figure.timeline svg circle.mark")).size()).isGreaterThan(10);
        screenshot("compare");
        assertAccessible("compare");
    }

    @Test
    void aScriptInATitleIsShownAsText() {
        // Bokmål, the title's language: in English the page would show the title's machine translation.
        open("/?lang=nb");
        WebElement textarea = driver.findElement(By.id("json"));
        // Typing 30 KB key by key is slow; the value is set as a paste would set it.
        driver.executeScript("arguments[0].value = arguments[1];", textarea, Documents.scriptTitle());
        navigateBy(By.id("validate"));
        assertThat(driver.findElement(By.id("policy-title")).getText()).isEqualTo("<script>alert(1)</script>");
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        screenshot("script-title");
    }

    @Test
    void theNotFoundPageIsSmallAndLocalized() {
        open("/nowhere?lang=sv");
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Hittades inte");
        screenshot("not-found");
        assertAccessible("not-found");
    }

    /**
     * Clicks an element that leads to another page and waits until that page has replaced this one. A click returns
     * once the browser has dispatched it, not once the next page is there: looking for the next page's elements
     * straight after it races the navigation, and may find this page's elements or none.
     */
    private static void navigateBy(By target) {
        // A navigation gives the next page a new window object: the mark set here is gone once the next page is in.
        driver.executeScript("window.frivilligPageBeforeClick = true;");
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(60))
                // While the pages change over, the driver may answer with errors about the old one's nodes.
                .ignoring(WebDriverException.class)
                .until(page -> (Boolean) ((JavascriptExecutor) page).executeScript(
                        "return window.frivilligPageBeforeClick === undefined && document.readyState === 'complete';"));
    }

    private static void screenshot(String name) {
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core in the page and fails on any serious or critical violation, naming them. */
    @SuppressWarnings("unchecked")
    private static void assertAccessible(String page) {
        driver.executeScript(axe());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        assertThat(violations).as("serious or critical axe-core violations on the " + page + " page").isEmpty();
    }

    private static String axe() {
        try (InputStream in = BrowserTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
