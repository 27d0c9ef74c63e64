package dev.onsite.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.onsite.server.SingleUserServer;
import dev.onsite.server.TestProblems;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person in Chromium solves problems in the editor, as {@code ./onsite serve} runs. */
@SingleUserServer
class ProblemPageBrowserTests {

  private static final LocatorAssertions.ContainsTextOptions JUDGING =
      new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

  private static Chromium chromium;

  @LocalServerPort int port;
  private BrowserContext context;
  private Page page;
  private final List<String> errors = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void launch() {
    chromium = new Chromium();
  }

  @AfterAll
  static void quit() {
    chromium.close();
  }

  @BeforeEach
  void open() {
    context =
        chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 860));
    page = context.newPage();
    page.onConsoleMessage(
        message -> {
          if (message.type().equals("error")) {
            errors.add(message.text());
          }
        });
    page.onPageError(errors::add);
  }

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void aSolutionTypedInTheEditorPassesTheVisibleTestsThenIsAccepted() {
    openProblem("sum");
    page.selectOption("#language", "python");
    clearEditor();
    page.keyboard().type("import sys; print(sum(map(int, sys.stdin.read().split())))");
    assertThat(editorText())
        .isEqualTo("import sys; print(sum(map(int, sys.stdin.read().split())))");

    page.keyboard().press("Control+Enter");
    PlaywrightAssertions.assertThat(page.locator("#result-summary"))
        .containsText("1 of 1 tests passed", JUDGING);
    PlaywrightAssertions.assertThat(page.locator("#test-table tr.test-row")).hasCount(1);

    page.keyboard().press("Control+Shift+Enter");
    PlaywrightAssertions.assertThat(page.locator("#result-summary"))
        .containsText("3 of 3 tests passed", JUDGING);
    PlaywrightAssertions.assertThat(page.locator("#verdict")).containsText("AC");
    PlaywrightAssertions.assertThat(page.locator("#status-chip")).hasText("solved");
    PlaywrightAssertions.assertThat(page.locator("tr[data-test='secret/1'] .hidden-tag"))
        .hasText("hidden");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("problem-laptop.png")));
    assertThat(errors).isEmpty();
  }

  @Test
  void passingLevelOneUnlocksLevelTwo() {
    openProblem("counter");
    PlaywrightAssertions.assertThat(page.locator("[data-section=level-2]"))
        .containsText("Pass level 1 to unlock this level.");
    assertThat(page.content()).doesNotContain("RESET-LEVEL-TWO-MARKER");

    page.selectOption("#language", "python");
    clearEditor();
    paste(TestProblems.COUNTER_LEVEL_1_PYTHON);
    assertThat(editorText().strip()).isEqualTo(TestProblems.COUNTER_LEVEL_1_PYTHON.strip());
    page.click("#submit");

    PlaywrightAssertions.assertThat(page.locator("[data-section=level-2] .markdown"))
        .containsText("RESET-LEVEL-TWO-MARKER", JUDGING);
    PlaywrightAssertions.assertThat(page.locator("[data-section=level-1] .badge.ok"))
        .hasText("passed");
    PlaywrightAssertions.assertThat(page.locator("#toast")).containsText("level 2 is unlocked");
    PlaywrightAssertions.assertThat(page.locator(".example summary"))
        .containsText(new String[] {"level-1/sample/1", "level-2/sample/1"});
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("level-unlocked-laptop.png")));
    assertThat(errors).isEmpty();
  }

  @Test
  void aScriptInAStatementNeverRunsAndMathIsTypeset() {
    openProblem("sum");

    assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    PlaywrightAssertions.assertThat(page.locator(".markdown").first())
        .containsText("<script>window.pwned = true</script>");
    PlaywrightAssertions.assertThat(page.locator(".markdown .katex").first()).isVisible();
  }

  @Test
  void catalogueTitlesStayReadableBesideManyTags() {
    page.setViewportSize(1280, 900);
    page.navigate(url("/problems"));

    Object narrowest =
        page.evaluate(
            "() => Math.min(...[...document.querySelectorAll('.problem-title')]"
                + ".map(t => t.getBoundingClientRect().width))");
    Object clipped =
        page.evaluate(
            "() => [...document.querySelectorAll('.problem-title')]"
                + ".filter(t => t.scrollWidth > t.clientWidth).length");

    assertThat(((Number) narrowest).doubleValue()).isGreaterThan(40);
    assertThat(((Number) clipped).intValue()).isZero();
  }

  @Test
  void theProblemPageReadsWellOnAPhone() {
    BrowserContext phone =
        chromium
            .browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(390, 844)
                    .setDeviceScaleFactor(2)
                    .setIsMobile(true)
                    .setHasTouch(true));
    try {
      Page small = phone.newPage();
      small.navigate(url("/problems/counter"));
      small.waitForSelector("#workbench[data-editor]");
      Object overflow =
          small.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
      small.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("problem-phone.png"))
              .setFullPage(true));
      small.navigate(url("/problems"));
      small.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("catalogue-phone.png"))
              .setFullPage(true));
      Object catalogueOverflow =
          small.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
      assertThat(((Number) catalogueOverflow).intValue()).isLessThanOrEqualTo(0);
    } finally {
      phone.close();
    }
  }

  @Test
  void theOtherPagesRender() {
    for (String path :
        new String[] {"/problems", "/companies/acme", "/dashboard", "/search?q=counter"}) {
      page.navigate(url(path));
      PlaywrightAssertions.assertThat(page.locator("h1").first()).isVisible();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(
                  Chromium.SCREENSHOTS.resolve(
                      path.substring(1).replaceAll("[^a-z]+", "-") + "-laptop.png"))
              .setFullPage(true));
    }
    assertThat(errors).isEmpty();
  }

  private void openProblem(String id) {
    page.navigate(url("/problems/" + id));
    page.waitForSelector("#workbench[data-editor=monaco]");
  }

  private void clearEditor() {
    page.click(".monaco-editor .view-lines");
    page.keyboard().press("Control+A");
    page.keyboard().press("Delete");
  }

  /** Paste into the editor, as a person pastes a solution written elsewhere. */
  private void paste(String text) {
    page.evaluate(
        "text => {"
            + " const area = document.querySelector('.monaco-editor textarea');"
            + " area.focus();"
            + " const data = new DataTransfer();"
            + " data.setData('text/plain', text);"
            + " area.dispatchEvent(new ClipboardEvent('paste',"
            + " {clipboardData: data, bubbles: true, cancelable: true}));"
            + "}",
        text);
  }

  private String editorText() {
    return (String) page.evaluate("() => window.onsiteEditor.getValue()");
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
