package dev.alignkit.examples.review;

import static dev.alignkit.examples.review.InMemoryReview.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.alignkit.examples.ReviewSample;
import dev.alignkit.okr.Objective;
import dev.alignkit.org.OrganizationSnapshot;
import dev.alignkit.org.Person;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The review's HTML page ({@code --format html}) in a real headless Chromium: Debian's
 * {@code chromium} and {@code chromium-driver}, named by path so that Selenium downloads nothing.
 * One browser for the class. A machine without them fails here, naming the command that installs
 * them; {@code .ci/run} runs it when they are missing.
 *
 * <p>The page of the 40-person sample (as of 2026-08-15) loads without a console error (a style
 * or an image the Content-Security-Policy blocked would be one), shows as many objective rows,
 * key-result charts and heat-map cells as the JSON review counts, folds by click and by keyboard,
 * and axe-core finds no serious or critical violation in it. A page of an organization whose
 * titles and names are markup runs none of it. The first screen is saved as
 * {@code target/review-page.png} (see {@code docs/testing.md} for the command that copies it into
 * {@code docs/}).
 */
class ReviewPageInChromiumTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String INSTALL = "apt-get install -y chromium chromium-driver";
  static final Path SCREENSHOT = Path.of("target", "review-page.png");

  @TempDir
  static Path dir;
  static ChromeDriver browser;
  static String sample;

  @BeforeAll
  static void startChromium() throws IOException {
    for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(program)) {
        fail(program + " is missing: the browser tests need Debian's Chromium and its driver; install them with `"
            + INSTALL + "` (as root)");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--lang=en-US");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    sample = page("sample", review(ReviewSample.build(), "--format", "html"));
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Writes the page into the test's folder and gives its file URL. */
  static String page(String name, String html) throws IOException {
    Path file = dir.resolve(name + ".html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file.toUri().toString();
  }

  static void open(String url) {
    browser.get(url);
    browser.manage().logs().get(LogType.BROWSER); // the entries so far belong to the page before
  }

  static List<WebElement> all(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  @Test
  void sampleLoadsWithoutAConsoleErrorAndWithItsPolicy() {
    browser.get(sample);
    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList());
    assertEquals(HtmlReview.CONTENT_SECURITY_POLICY,
        browser.findElement(By.cssSelector("meta[http-equiv='Content-Security-Policy']")).getAttribute("content"));
    assertEquals(0, all("script").size());
    assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth <= window.innerWidth"), "nothing overflows the screen's width");
  }

  @Test
  void sampleShowsAsManyRowsChartsAndCellsAsTheJsonReviewCounts() throws IOException {
    open(sample);
    List<Integer> json = HtmlReviewTest.jsonCounts(review(ReviewSample.build(), "--format", "json"));
    assertEquals(json, List.of(all("summary.objective").size(), all("svg.chart").size(), all("td.cell").size()));
    assertEquals(List.of(18, 26, 37), json);
  }

  @Test
  void everyHeatMapCellAndChartHasAnAccessibleNameThatSaysWhatItShows() {
    open(sample);
    for (WebElement cell : all("td.cell")) {
      assertTrue(cell.getAccessibleName().matches(".+: (gap [0-9.]+|no gap), .*required [0-9.]+"), cell.getAccessibleName());
    }
    WebElement chart = all("svg.chart").get(0);
    assertTrue(chart.getAccessibleName().startsWith("Check-ins of Raise net revenue retention"), chart.getAccessibleName());
  }

  /** Whether the node is open, by its attribute and by whether its first key result shows. */
  static void assertOpen(boolean open, WebElement node) {
    assertEquals(open ? "true" : null, node.getAttribute("open"));
    assertEquals(open, node.findElement(By.cssSelector("li.key-result")).isDisplayed());
  }

  @Test
  void aNodeFoldsAndUnfoldsByClick() {
    open(sample);
    WebElement node = all("details.node").get(0);
    assertOpen(true, node);
    node.findElement(By.tagName("summary")).click();
    assertOpen(false, node);
    node.findElement(By.tagName("summary")).click();
    assertOpen(true, node);
  }

  @Test
  void aNodeFoldsAndUnfoldsByKeyboard() {
    open(sample);
    WebElement node = all("details.node").get(1);
    WebElement summary = node.findElement(By.tagName("summary"));
    summary.sendKeys(Keys.ENTER);
    assertEquals(summary, browser.switchTo().activeElement());
    assertOpen(false, node);
    summary.sendKeys(Keys.SPACE);
    assertOpen(true, node);
  }

  @Test
  void printingShowsTheContentOfAFoldedNode() {
    open(sample);
    WebElement node = all("details.node").get(0);
    WebElement keyResult = node.findElement(By.cssSelector("li.key-result"));
    node.findElement(By.tagName("summary")).click();
    // Selenium's isDisplayed takes whatever is in a closed <details> for hidden; ask the layout.
    String rendered = "return arguments[0].checkVisibility()";
    assertEquals(Boolean.FALSE, browser.executeScript(rendered, keyResult));
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertEquals(Boolean.TRUE, browser.executeScript(rendered, keyResult), "the print style sheet unfolds every node");
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void aNeedsAttentionLinkLeadsToItsObjective() {
    open(sample);
    WebElement link = browser.findElement(By.cssSelector("ul.attention a"));
    String title = link.getText();
    link.click();
    String target = (String) ((JavascriptExecutor) browser).executeScript("return location.hash");
    WebElement node = browser.findElement(By.cssSelector("details" + target + " > summary .title"));
    assertTrue(node.getText().startsWith(title), node.getText());
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolation() {
    open(sample);
    Results results = new AxeBuilder().analyze(browser);
    List<String> violations = results.getViolations().stream()
        .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
        .map(ReviewPageInChromiumTest::describe).toList();
    assertEquals(List.of(), violations);
    assertTrue(results.getPasses().size() > 10, "axe ran its rules: " + results.getPasses().size() + " passed");
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().size() + " nodes, first "
        + rule.getNodes().get(0).getHtml();
  }

  @Test
  void anOrganizationOfMarkupRunsNoScript() throws IOException {
    String markup = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"
        + "\"><svg onload=\"window.pwned=3\"></svg>' onfocus='window.pwned=4' autofocus x='";
    OrganizationSnapshot sample = ReviewSample.build();
    OrganizationSnapshot hostile = OrganizationSnapshot.builder().from(sample)
        .people(sample.people().stream().map(p -> Person.builder().from(p).name(p.name() + markup).build()).toList())
        .objectives(sample.objectives().stream()
            .map(o -> Objective.builder().from(o).title(o.title() + markup).description(markup).build()).toList())
        .build();
    open(page("hostile", review(hostile, "--format", "html")));
    JavascriptExecutor script = (JavascriptExecutor) browser;
    assertEquals(Boolean.TRUE, script.executeScript("return window.pwned === undefined"));
    assertEquals(0L, script.executeScript("return document.querySelectorAll('script, img, [onerror], [onload], "
        + "[onfocus], [autofocus]').length"));
    assertEquals(18, all("summary.objective").size());
    assertTrue(all("summary.objective .title").get(0).getText().contains("<script>window.pwned=1</script>"));
    assertEquals(HtmlReview.CONTENT_SECURITY_POLICY,
        browser.findElement(By.cssSelector("meta[http-equiv='Content-Security-Policy']")).getAttribute("content"));
  }

  @Test
  void anEngineersPageHoldsTheirOwnPrivateGoalAndNoneOfTheirPeers() throws IOException {
    OrganizationSnapshot organization = ReviewForAViewerTest.organization();
    open(page("eli", review(organization, "--format", "html", "--viewer", "eli")));
    String dom = (String) ((JavascriptExecutor) browser).executeScript("return document.documentElement.outerHTML");
    assertTrue(dom.contains("Learn Rust " + ReviewForAViewerTest.OWN), "the positive control: Eli's own private goal");
    assertTrue(dom.contains("Ship the " + ReviewForAViewerTest.OWN + " side project"), "and his private objective");
    assertFalse(dom.contains(ReviewForAViewerTest.PEER), "nothing of Ivy's private goal or objective");
  }

  @Test
  void firstScreenIsSavedAsAScreenshot() throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 900));
    open(sample);
    Files.createDirectories(SCREENSHOT.getParent());
    Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    byte[] png = Files.readAllBytes(SCREENSHOT);
    assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
    assertTrue(png.length > 10_000, png.length + " bytes: a blank screen would be smaller");
  }
}
