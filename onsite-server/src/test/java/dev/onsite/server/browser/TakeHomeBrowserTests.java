package dev.onsite.server.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.onsite.server.SingleUserServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person in Chromium takes the test take-home {@code tiny-table} from the catalogue: starts an
 * attempt, pauses it and finds it paused after a reload, resumes, submits a finder that does not
 * print findings (a one-line reason) and then the reference finder (full marks per fault kind).
 */
@SingleUserServer
class TakeHomeBrowserTests {

  @RegisterExtension final BrowserTab tab = new BrowserTab();

  @Test
  void anAttemptIsTimedPausedAcrossAReloadAndAFinderIsGradedPerFaultKind() throws Exception {
    Page page = tab.open("/problems?round=take-home");
    page.click("a[href='/takehomes/tiny-table']");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Tiny table");
    // On a loaded machine a click can land before the page's script listens (CI saw it).
    PlaywrightAssertions.assertThat(page.locator("#takehome")).hasAttribute("data-ready", "true");

    page.click("#start");
    PlaywrightAssertions.assertThat(page.locator("#clock"))
        .hasText(Pattern.compile("[12]:[0-5]\\d:[0-5]\\d"));
    PlaywrightAssertions.assertThat(page.locator("#download"))
        .hasAttribute("href", "/api/takehomes/tiny-table/attempt/dataset");
    page.click("#pause");
    PlaywrightAssertions.assertThat(page.locator("#takehome")).hasAttribute("data-paused", "true");
    page.reload();
    PlaywrightAssertions.assertThat(page.locator("#clock-label")).hasText("left · paused");
    page.click("#resume");
    PlaywrightAssertions.assertThat(page.locator("#takehome")).hasAttribute("data-paused", "false");

    page.locator("#finder").fill("print('no findings here')\n");
    page.click("#submit-finder");
    PlaywrightAssertions.assertThat(page.locator("#verdict")).hasText("WA");
    PlaywrightAssertions.assertThat(page.locator("#report-text")).not().isEmpty();

    String reference =
        Files.readString(
            Path.of("src/test/resources/takehomes/tiny-table/submissions/accepted/finder.py"));
    page.locator("#finder").fill(reference);
    page.click("#submit-finder");
    PlaywrightAssertions.assertThat(page.locator("#verdict")).hasText("AC");
    PlaywrightAssertions.assertThat(page.locator("#score")).hasText("100.0");
    PlaywrightAssertions.assertThat(page.locator("#kinds tr")).hasCount(2);
    tab.screenshot("takehome.png");
  }
}
