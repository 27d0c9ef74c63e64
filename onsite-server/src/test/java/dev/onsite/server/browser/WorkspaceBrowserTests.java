package dev.onsite.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.onsite.server.SingleUserServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person in Chromium works the debugging package {@code fix-total}
 * (src/test/resources/workspaces): opens it from the catalogue, sees the visible test fail, fixes
 * the buggy file in Monaco, sees the fix survive a reload, runs the tests green, submits, sees AC,
 * and reads the diff from the history. The hidden test file's content never reaches the browser.
 */
@SingleUserServer
class WorkspaceBrowserTests {

  private static final String FIXED = "def total(amounts):\n    return sum(amounts)\n";

  /** Passes the visible test, fails both hidden ones. */
  private static final String HALF_FIXED =
      "def total(amounts):\n    return amounts[0] + amounts[1] if len(amounts) == 2 else 0\n";

  /** A line of the hidden test file that a failing hidden test would print. */
  private static final String HIDDEN_CONTENT = "total([7])";

  private static final LocatorAssertions.HasAttributeOptions JUDGED =
      new LocatorAssertions.HasAttributeOptions().setTimeout(60_000);

  @RegisterExtension final BrowserTab tab = new BrowserTab();
  private Page page;

  @BeforeEach
  void page() {
    page = tab.page();
  }

  @Test
  void aDebuggingRoundGoesFromAFailingRunToAcceptedWithItsDiffInTheHistory() {
    tab.open("/problems?round=debugging");
    page.click("a[href='/workspaces/fix-total']");
    PlaywrightAssertions.assertThat(page.locator(".workspace-head h1"))
        .hasText("Fix the ledger total");
    Locator workspace = page.locator("#workspace");
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-editor", "monaco");
    PlaywrightAssertions.assertThat(page.locator("#clock"))
        .hasText(Pattern.compile("(10:00|09:[0-5]\\d)"));
    PlaywrightAssertions.assertThat(page.locator("#file-tree button.file"))
        .hasCount(3); // ledger/__init__.py, ledger/total.py, tests/test_total.py
    // The first file with code that is not a test is open.
    PlaywrightAssertions.assertThat(page.locator("#tabs .file-tab[aria-selected=true]"))
        .hasAttribute("data-path", "ledger/total.py");

    page.click("#run-tests");
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-verdict", "WA", JUDGED);
    Locator visible =
        page.locator("#output .test[data-test='tests/test_total.py::test_two_amounts']");
    PlaywrightAssertions.assertThat(visible).hasAttribute("data-verdict", "WA");
    PlaywrightAssertions.assertThat(visible).containsText("assert");
    PlaywrightAssertions.assertThat(page.locator("#result-summary"))
        .containsText("0 of 1 tests pass");

    // Fix the bug in Monaco: read the test, open the file from the tree, replace the model's text.
    page.click("#file-tree button.file[data-path='tests/test_total.py']");
    PlaywrightAssertions.assertThat(page.locator(".view-lines")).containsText("total([2, 3])");
    page.click("#file-tree button.file[data-path='ledger/total.py']");
    PlaywrightAssertions.assertThat(page.locator("#tabs .file-tab[aria-selected=true]"))
        .hasAttribute("data-path", "ledger/total.py");
    PlaywrightAssertions.assertThat(page.locator(".view-lines")).containsText("range(len");
    page.evaluate("text => window.onsiteEditor.getModel().setValue(text)", FIXED);
    PlaywrightAssertions.assertThat(
            page.locator("#tabs .file-tab[data-path='ledger/total.py'] .modified-mark"))
        .isVisible();
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-modified", "1");
    Object started =
        page.evaluate("() => localStorage.getItem('onsite:workspace:fix-total:started')");

    // A reload loses nothing: the edit and the round's start time are kept.
    page.reload();
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-editor", "monaco");
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-modified", "1");
    assertThat(page.evaluate("() => window.onsiteWorkspace.text('ledger/total.py')"))
        .isEqualTo(FIXED);
    assertThat(page.evaluate("() => localStorage.getItem('onsite:workspace:fix-total:started')"))
        .isEqualTo(started);
    PlaywrightAssertions.assertThat(
            page.locator("#file-tree button.file[data-path='ledger/total.py'] .modified-mark"))
        .isVisible();
    PlaywrightAssertions.assertThat(page.locator("#tabs .file-tab")).hasCount(2);
    PlaywrightAssertions.assertThat(page.locator("#tabs .file-tab[aria-selected=true]"))
        .hasAttribute("data-path", "ledger/total.py");
    PlaywrightAssertions.assertThat(page.locator(".view-lines"))
        .containsText("return sum(amounts)");

    page.click("#run-tests");
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-verdict", "AC", JUDGED);
    PlaywrightAssertions.assertThat(visible).hasAttribute("data-verdict", "AC");
    PlaywrightAssertions.assertThat(page.locator("#result-summary"))
        .containsText("1 of 1 tests pass · visible tests only");

    page.click("#submit");
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-verdict", "AC", JUDGED);
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-mode", "submit");
    PlaywrightAssertions.assertThat(
            page.locator(
                "#output .test[data-test='tests/test_total_hidden.py::test_empty_ledger_is_zero']"))
        .hasAttribute("data-verdict", "AC");
    PlaywrightAssertions.assertThat(page.locator("#verdict")).containsText("AC");
    tab.screenshot("workspace-accepted.png");

    // The newest submission in the history is this one; its diff shows the fix, file by file.
    String submission = workspace.getAttribute("data-submission");
    Locator newest = page.locator("#history tbody tr").first();
    PlaywrightAssertions.assertThat(newest).hasAttribute("data-submission", submission);
    PlaywrightAssertions.assertThat(newest).hasAttribute("data-verdict", "AC");
    newest.locator("a.changes-link").click();
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Submission #" + submission);
    Locator change = page.locator(".file-change");
    PlaywrightAssertions.assertThat(change).hasCount(1);
    PlaywrightAssertions.assertThat(change).hasAttribute("data-path", "ledger/total.py");
    PlaywrightAssertions.assertThat(change.locator(".diff-added"))
        .containsText("return sum(amounts)");
    PlaywrightAssertions.assertThat(change.locator(".diff-removed").first())
        .containsText("result = 0");
    assertThat(tab.errors()).isEmpty();
  }

  @Test
  void aHiddenTestFilesContentNeverReachesThePageOrTheApi() {
    tab.open("/workspaces/fix-total");
    Locator workspace = page.locator("#workspace");
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-editor", "monaco");
    page.evaluate("text => window.onsiteWorkspace.setText('ledger/total.py', text)", HALF_FIXED);

    page.click("#submit");
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-verdict", "WA", JUDGED);
    Locator hidden =
        page.locator(
            "#output .test[data-test="
                + "'tests/test_total_hidden.py::test_single_amount_secret_hidden_marker']");
    PlaywrightAssertions.assertThat(hidden).hasAttribute("data-verdict", "WA");
    PlaywrightAssertions.assertThat(hidden).containsText("(hidden)");

    String submission = workspace.getAttribute("data-submission");
    assertThat(page.locator("#file-tree button.file[data-path^='tests/test_total_hidden']").count())
        .isZero();
    assertThat(page.content()).doesNotContain(HIDDEN_CONTENT);
    for (String api :
        new String[] {
          "/api/workspaces/fix-total",
          "/api/workspaces/fix-total/submissions",
          "/api/submissions/" + submission,
          "/api/workspaces/submissions/" + submission + "/changes",
          "/workspaces/fix-total/submissions/" + submission
        }) {
      var response = page.request().get(tab.url(api));
      assertThat(response.status()).as(api).isEqualTo(200);
      assertThat(response.text()).as(api).doesNotContain(HIDDEN_CONTENT);
    }
    assertThat(tab.errors()).isEmpty();
  }

  @Test
  void aSubmissionTooLargeToStoreIsShownAsTheServersOneLineReason() {
    tab.open("/workspaces/fix-total");
    Locator workspace = page.locator("#workspace");
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-editor", "monaco");
    page.evaluate(
        "() => window.onsiteWorkspace.setText('ledger/__init__.py',"
            + " ('# padding\\n').repeat(30000))");

    page.click("#run-tests");

    PlaywrightAssertions.assertThat(page.locator("#workspace-error"))
        .hasText(Pattern.compile("the changes are \\d+ KiB; a server stores at most \\d+ KiB"));
    PlaywrightAssertions.assertThat(page.locator("#verdict")).hasText("Not sent");
    PlaywrightAssertions.assertThat(page.locator("#run-tests")).isEnabled();
    assertThat(tab.errors()).allMatch(e -> e.contains("413"));
  }
}
