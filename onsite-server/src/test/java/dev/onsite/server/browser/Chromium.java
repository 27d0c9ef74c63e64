package dev.onsite.server.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright. Playwright never downloads a browser here: the download
 * is switched off, and the browser is {@code /usr/bin/chromium} (CI installs the {@code chromium}
 * package), or {@code ONSITE_CHROMIUM}.
 */
final class Chromium implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final Playwright playwright;
  private final Browser browser;

  Chromium() {
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(executable())
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  Browser browser() {
    return browser;
  }

  static Path executable() {
    String configured = System.getenv("ONSITE_CHROMIUM");
    Path path =
        Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          path
              + " is not there: the browser tests need Debian's Chromium (apt-get install chromium)");
    }
    return path;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
