package org.stepwise.cases.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stepwise.platform.DemoUser;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (nothing is
 * downloaded), one fresh profile per user, logged in through the real Keycloak login page.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target/screenshots");

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  static Browser open(int width, int height) throws IOException {
    File chromium = new File("/usr/bin/chromium");
    File chromedriver = new File("/usr/bin/chromedriver");
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      throw new IllegalStateException(
          "the web app's end-to-end tests need Debian's chromium and chromium-driver:"
              + " apt-get install -y chromium chromium-driver (.ci/run does)");
    }
    Path profile = Files.createTempDirectory("stepwise-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    // the browser lives where the program does: its "today" is the program's, whatever the
    // machine's zone (a user's browser is in their own zone, which is the program's)
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .withEnvironment(java.util.Map.of("TZ", Fixtures.ZONE.getId()))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    return new Browser(driver, profile);
  }

  /**
   * From now on, every call the app makes to the API is recorded in the tab's session storage, as
   * "METHOD /path" without the /api/v1 prefix and the query (see {@link #calls}).
   */
  void recordCalls() {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        java.util.Map.of(
            "source",
            """
            (() => {
              const original = window.fetch;
              window.fetch = function (input, init) {
                const url = new URL(typeof input === 'string' ? input : input.url, location.href);
                if (url.pathname.startsWith('/api/v1/')) {
                  const method = ((init && init.method) || 'GET').toUpperCase();
                  const calls = JSON.parse(sessionStorage.getItem('stepwise-calls') || '[]');
                  calls.push(method + ' ' + url.pathname.slice('/api/v1'.length));
                  sessionStorage.setItem('stepwise-calls', JSON.stringify(calls));
                }
                return original.apply(this, arguments);
              };
            })();
            """));
  }

  /** The calls recorded since {@link #recordCalls}. */
  List<String> calls() {
    Object calls =
        driver.executeScript("return JSON.parse(sessionStorage.getItem('stepwise-calls') || '[]')");
    return ((List<?>) calls).stream().map(String::valueOf).toList();
  }

  /** Opens the app and logs in on Keycloak's own page. */
  Browser login(String baseUrl, DemoUser user, String hash) {
    driver.get(baseUrl + "/app/" + hash);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(user.username());
    driver.findElement(By.id("password")).sendKeys(user.password());
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
    return this;
  }

  void go(String baseUrl, String hash) {
    driver.get(baseUrl + "/app/" + hash);
  }

  /**
   * Opens a screen and waits until it has rendered: the app replaces the page in one step, so the
   * old heading goes stale (a change of hash alone does not reload the page) and a new one shows.
   * Returns the new heading.
   */
  String screen(String baseUrl, String hash) {
    List<WebElement> before = driver.findElements(By.cssSelector("main h1"));
    String url = baseUrl + "/app/" + hash;
    if (url.equals(driver.getCurrentUrl())) {
      driver.navigate().refresh(); // the same address again would not reload
    } else {
      driver.get(url);
    }
    if (!before.isEmpty()) {
      wait.until(ExpectedConditions.stalenessOf(before.get(0)));
    }
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")))
        .getText();
  }

  WebElement heading(String text) {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//main/h1[normalize-space()=\"" + text + "\"]")));
  }

  WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * The form labelled {@code label} (or, ending in {@code *}, whose label starts so), once the page
   * has it, with the {@code <details>} that fold it opened.
   */
  WebElement form(String label) {
    String selector =
        label.endsWith("*")
            ? "form[aria-label^='" + label.substring(0, label.length() - 1) + "']"
            : "form[aria-label='" + label + "']";
    WebElement found =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
    driver.executeScript(
        "const d = arguments[0].closest('details'); if (d) { d.open = true; }", found);
    return found;
  }

  /** A screenshot of the top of the page (for the README), in target/screenshots. */
  void screenshot(String name) throws IOException {
    screenshot(name, null);
  }

  /** A screenshot with {@code top} (or the page's top, when null) at the top of the window. */
  void screenshot(String name, By top) throws IOException {
    if (top == null) {
      driver.executeScript("window.scrollTo(0, 0)");
    } else {
      driver.executeScript("arguments[0].scrollIntoView(true)", driver.findElement(top));
    }
    Files.createDirectories(SCREENSHOTS);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The serious and critical accessibility violations axe-core finds on the page as it is now, with
   * every {@code <details>} opened first so that folded forms are audited too: one line per rule,
   * "rule (impact): n elements, e.g. selector".
   */
  List<String> seriousViolations() throws IOException {
    driver.executeScript("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
    Fixtures.pause(500); // what a folded part fetches when it opens
    if (Boolean.FALSE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
      driver.executeScript(axeScript());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    String found =
        (String)
            driver.executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(JSON.stringify(r.violations
                    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} elements, e.g. `
                      + v.nodes[0].target.join(' ')))))
                  .catch((e) => done(JSON.stringify([`axe-core failed: ${e}`])));
                """);
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(found))) {
      return reader.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
          .map(jakarta.json.JsonString::getString)
          .toList();
    }
  }

  /** axe-core as the build installed it from the npm registry (case-service/pom.xml). */
  private static String axeScript() throws IOException {
    Path script =
        Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
    if (!Files.isReadable(script)) {
      throw new IllegalStateException(
          "axe-core is missing at " + script + ": the build installs it with npm (mvn verify)");
    }
    return Files.readString(script);
  }

  WebDriver driver() {
    return driver;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
