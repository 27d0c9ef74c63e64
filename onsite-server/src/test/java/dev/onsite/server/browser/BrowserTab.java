package dev.onsite.server.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A fresh browser tab per test on the test's server, with the page's console errors collected. One
 * Chromium serves every test class that registers this; it is closed when the run ends.
 */
final class BrowserTab implements BeforeEachCallback, AfterEachCallback {

  private BrowserContext context;
  private Page page;
  private int port;
  private final List<String> errors = new CopyOnWriteArrayList<>();

  @Override
  public void beforeEach(ExtensionContext extension) {
    Chromium chromium =
        extension
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .computeIfAbsent(Chromium.class, k -> new Chromium(), Chromium.class);
    port =
        Integer.parseInt(
            SpringExtension.getApplicationContext(extension)
                .getEnvironment()
                .getRequiredProperty("local.server.port"));
    context =
        chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1366, 860));
    page = context.newPage();
    errors.clear();
    // Two cores shared with other builds: give pages time.
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    page.onConsoleMessage(
        message -> {
          if (message.type().equals("error")) {
            errors.add(message.text());
          }
        });
    page.onPageError(errors::add);
  }

  @Override
  public void afterEach(ExtensionContext extension) {
    context.close();
  }

  Page page() {
    return page;
  }

  /** Open a path of the server and return the page. */
  Page open(String path) {
    page.navigate(url(path));
    return page;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Errors the pages logged or threw so far in this test. */
  List<String> errors() {
    return errors;
  }

  void screenshot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve(name)));
  }
}
