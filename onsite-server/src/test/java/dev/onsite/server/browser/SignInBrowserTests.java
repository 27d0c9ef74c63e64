package dev.onsite.server.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.onsite.server.AccountsServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With accounts, a person creates one, signs in and signs out. */
@AccountsServer
class SignInBrowserTests {

  private static Chromium chromium;

  @LocalServerPort int port;

  @BeforeAll
  static void launch() {
    chromium = new Chromium();
  }

  @AfterAll
  static void quit() {
    chromium.close();
  }

  @Test
  void registerSignInAndSignOut() {
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.navigate(url("/dashboard"));
      PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/login$"));

      page.click("text=Create an account");
      page.fill("input[name=username]", "browser-ada");
      page.fill("input[name=password]", "correct horse battery");
      page.fill("input[name=confirm]", "correct horse battery");
      page.click("#register");
      PlaywrightAssertions.assertThat(page.locator(".notice")).containsText("browser-ada created");

      page.fill("input[name=username]", "browser-ada");
      page.fill("input[name=password]", "wrong password");
      page.click("#sign-in");
      PlaywrightAssertions.assertThat(page.locator(".notice.bad"))
          .containsText("Wrong user name or password");

      page.fill("input[name=username]", "browser-ada");
      page.fill("input[name=password]", "correct horse battery");
      page.click("#sign-in");
      PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/dashboard(\\?continue)?$"));
      PlaywrightAssertions.assertThat(page.locator(".who")).hasText("browser-ada");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve("signed-in-dashboard.png")));

      page.click("#sign-out");
      PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
      PlaywrightAssertions.assertThat(page.locator(".notice")).containsText("You are signed out");
      page.navigate(url("/problems"));
      PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
