package dev.onsite.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.onsite.server.SingleUserServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person in Chromium reviews the test package {@code cart-total-pr}: starts the timed review,
 * clicks the planted defect's line in Monaco's gutter and a clean line, comments on both, sees the
 * comments survive a reload, submits, and reads the explained result: one defect caught, one false
 * alarm.
 */
@SingleUserServer
class ReviewBrowserTests {

  @RegisterExtension final BrowserTab tab = new BrowserTab();
  private Page page;

  @BeforeEach
  void page() {
    page = tab.page();
  }

  @Test
  void aReviewCommentsOnLinesSubmitsAndShowsTheExplainedResult() {
    tab.open("/problems?round=code-review");
    page.click("a[href='/reviews/cart-total-pr']");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Review a shopping-cart total");
    page.click("#start-review");

    PlaywrightAssertions.assertThat(page.locator("#review")).hasAttribute("data-editor", "monaco");
    PlaywrightAssertions.assertThat(page.locator("#clock"))
        .hasText(java.util.regex.Pattern.compile("1[45]:[0-5]\\d"));
    comment(25, "bug", "The subtotal adds prices as floats; keep cents as integers");
    comment(10, "security", "A price field with no validation");
    PlaywrightAssertions.assertThat(page.locator("#comment-count")).hasText("2");
    PlaywrightAssertions.assertThat(page.locator("#save-status")).hasText("saved");

    // The comments are kept on the server: a reload shows them, and an edit is saved as typed.
    page.reload();
    PlaywrightAssertions.assertThat(page.locator("#comments .comment")).hasCount(2);
    Locator second = page.locator("#comments .comment").nth(1);
    PlaywrightAssertions.assertThat(second.locator(".comment-where")).hasText("2. cart.py line 10");
    second.locator(".comment-text").fill("A price field with no validation at all");
    PlaywrightAssertions.assertThat(page.locator("#save-status")).hasText("saved");
    tab.screenshot("review-draft.png");

    page.click("#submit-review");

    PlaywrightAssertions.assertThat(page.locator("#caught")).hasText("1 of 3");
    PlaywrightAssertions.assertThat(page.locator("#score")).hasText("60.0%");
    PlaywrightAssertions.assertThat(page.locator("#precision")).hasText("50%");
    PlaywrightAssertions.assertThat(page.locator("#false-alarm-count")).hasText("1");
    Locator floats = page.locator("li.defect[data-defect=float-money]");
    PlaywrightAssertions.assertThat(floats.locator(".chip").first()).hasText("caught");
    PlaywrightAssertions.assertThat(floats.locator(".explanation")).containsText("integer cents");
    PlaywrightAssertions.assertThat(floats.locator(".caught-by")).containsText("keep cents");
    PlaywrightAssertions.assertThat(
            page.locator("li.defect[data-defect=unknown-code-ignored] .chip").first())
        .hasText("missed");
    PlaywrightAssertions.assertThat(page.locator("li.false-alarm"))
        .containsText("no validation at all");
    PlaywrightAssertions.assertThat(page.locator("#comments .comment-verdict").nth(1))
        .hasText("false alarm");
    // The missed test gap is in the other file: its link opens that tab.
    PlaywrightAssertions.assertThat(page.locator("#review")).hasAttribute("data-editor", "monaco");
    page.locator("li.defect[data-defect=negative-quantity-untested] .show-lines").click();
    PlaywrightAssertions.assertThat(
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("test_cart.py")))
        .hasAttribute("aria-selected", "true");
    PlaywrightAssertions.assertThat(page.locator(".review-defect-missed").first()).isVisible();
    tab.screenshot("review-result.png");
    PlaywrightAssertions.assertThat(page.locator("#history tbody tr")).hasCount(1);
    assertThat(tab.errors()).isEmpty();
  }

  /** Click line {@code line} in the editor's gutter and comment on it. */
  private void comment(int line, String category, String text) {
    page.locator(".margin .line-numbers").getByText(String.valueOf(line), exact()).click();
    PlaywrightAssertions.assertThat(page.locator("#new-where"))
        .hasText("On code/cart.py line " + line);
    page.selectOption("#new-category", category);
    page.fill("#new-text", text);
    int before = page.locator("#comments .comment").count();
    page.click("#add-comment");
    PlaywrightAssertions.assertThat(page.locator("#comments .comment")).hasCount(before + 1);
  }

  private static Locator.GetByTextOptions exact() {
    return new Locator.GetByTextOptions().setExact(true);
  }
}
