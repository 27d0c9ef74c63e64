package dev.onsite.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.onsite.server.SingleUserServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person in Chromium reviews a deck (reveal, grade, next card, deck no longer due) and runs a
 * rapid-fire session to its summary. Each test uses its own deck of the test content.
 */
@SingleUserServer
class CardsBrowserTests {

  @RegisterExtension final BrowserTab tab = new BrowserTab();
  private Page page;

  @BeforeEach
  void page() {
    page = tab.page();
  }

  @Test
  void aReviewSessionRevealsGradesAndLeavesTheDeckNotDue() {
    tab.open("/cards");
    Locator row = page.locator("tr[data-deck=classical-ml]");
    PlaywrightAssertions.assertThat(row.locator(".deck-new")).hasText("2");
    row.locator(".deck-review").click();

    PlaywrightAssertions.assertThat(page.locator("#question"))
        .containsText("Gini impurity measure");
    PlaywrightAssertions.assertThat(page.locator("#answer-panel")).isHidden();
    page.keyboard().press("Space");
    PlaywrightAssertions.assertThat(page.locator("#answer")).containsText("two labels drawn");
    PlaywrightAssertions.assertThat(page.locator("#why .katex").first()).isVisible();
    PlaywrightAssertions.assertThat(page.locator(".grade[data-rating=good] .interval"))
        .hasText("10m");
    PlaywrightAssertions.assertThat(page.locator(".grade[data-rating=easy] .interval"))
        .hasText("8d");
    tab.screenshot("cards-review.png");
    page.click(".grade[data-rating=good]");

    PlaywrightAssertions.assertThat(page.locator("#question")).containsText("deeper decision tree");
    PlaywrightAssertions.assertThat(page.locator("#answer-panel")).isHidden();
    page.click("#reveal");
    page.keyboard().press("3");

    PlaywrightAssertions.assertThat(page.locator("#done-title")).hasText("Deck done for now");
    PlaywrightAssertions.assertThat(page.locator("#done-text")).containsText("2 reviewed");
    tab.open("/cards");
    PlaywrightAssertions.assertThat(row.locator(".deck-due")).hasText("0");
    PlaywrightAssertions.assertThat(row.locator(".deck-new")).hasText("0");
    PlaywrightAssertions.assertThat(row.locator(".deck-learning")).hasText("2");
    PlaywrightAssertions.assertThat(row.locator(".deck-done")).hasText("Done for now");
    PlaywrightAssertions.assertThat(row.locator(".deck-review")).hasCount(0);

    tab.open("/dashboard");
    int reviewed = Integer.parseInt(page.locator("#cards-reviewed").textContent().strip());
    assertThat(reviewed).isGreaterThanOrEqualTo(2);
    PlaywrightAssertions.assertThat(page.locator("#cards-retention")).containsText("%");
    assertThat(tab.errors()).isEmpty();
  }

  @Test
  void aRapidFireSessionRunsFromStartToItsSummary() {
    tab.open("/cards");
    page.locator("tr[data-deck=optimization] .deck-rapid").click();

    PlaywrightAssertions.assertThat(page.locator("#countdown")).hasText("10:00");
    PlaywrightAssertions.assertThat(page.locator("#card-panel")).isHidden();
    // The countdown and the button are in the page's HTML: wait until its script listens, or the
    // click can land before it does (seen on a loaded machine: the session never started).
    PlaywrightAssertions.assertThat(page.locator("body")).hasAttribute("data-cards", "ready");
    page.click("#start");
    PlaywrightAssertions.assertThat(page.locator("#question")).containsText("momentum");
    PlaywrightAssertions.assertThat(page.locator("#aloud")).isVisible();
    PlaywrightAssertions.assertThat(page.locator("#countdown"))
        .hasText(java.util.regex.Pattern.compile("9:[0-5]\\d"));
    page.keyboard().press("Space");
    page.keyboard().press("1");

    PlaywrightAssertions.assertThat(page.locator("#question")).containsText("Adam");
    page.click("#reveal");
    page.click(".grade[data-rating=easy]");

    PlaywrightAssertions.assertThat(page.locator("#done-title")).hasText("Session over");
    PlaywrightAssertions.assertThat(page.locator("#done-text")).containsText("2 cards in");
    PlaywrightAssertions.assertThat(page.locator(".summary-again")).hasText("Again: 1");
    PlaywrightAssertions.assertThat(page.locator(".summary-easy")).hasText("Easy: 1");
    PlaywrightAssertions.assertThat(page.locator(".summary-good")).hasText("Good: 0");
    PlaywrightAssertions.assertThat(page.locator("#weakest-tags"))
        .hasText("Weakest tags: momentum, sgd");
    tab.screenshot("cards-rapid-fire.png");

    tab.open("/cards");
    PlaywrightAssertions.assertThat(page.locator("tr[data-deck=optimization] .deck-new"))
        .hasText("0");
    assertThat(tab.errors()).isEmpty();
  }
}
