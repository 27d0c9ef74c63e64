package dev.onsite.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.onsite.server.SingleUserServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A person in Chromium runs the test company's short mock loop from its company page: the recruiter
 * call is skipped, the coding round opens {@code sum} in exam mode and is solved, the behavioral
 * round is self-rated, and the committee's packet says hire and why. A whiteboard round ({@code
 * feedback: none}) opens its problem without Run, says why, and shows a submission as submitted
 * until the round ends.
 */
@SingleUserServer
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:mock-loop-browser;DB_CLOSE_DELAY=-1")
class MockLoopBrowserTests {

  private static final LocatorAssertions.ContainsTextOptions JUDGING =
      new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

  @RegisterExtension final BrowserTab tab = new BrowserTab();

  @Test
  void aShortLoopRunsEndToEndAndTheCommitteePacketSaysHire() {
    Page page = tab.open("/companies/acme");
    String mock = startMock(page, "mock-loop");

    assertThat(page.locator("#round-1")).hasAttribute("data-state", "skipped");
    assertThat(page.locator("#round-1")).containsText("recruiter screen");
    assertThat(page.locator("#verdict")).hasText("In progress");
    page.click("#round-2 .start-round");
    assertThat(page.locator("#round-2")).hasAttribute("data-state", "running");
    assertThat(page.locator("#round-2 .mock-clock")).hasText(Pattern.compile("(19|20):\\d\\d"));
    String problem = page.locator("#round-2 .item-link").getAttribute("href");
    assertThat(problem).isEqualTo("/problems/sum");

    tab.open(problem);
    page.waitForSelector("#workbench[data-editor=monaco]");
    assertThat(page.locator("#exam-bar")).isVisible();
    assertThat(page.locator("#exam-clock")).hasText(Pattern.compile("(19|20):\\d\\d"));
    submitSum(page);
    assertThat(page.locator("#verdict")).containsText("AC", JUDGING);

    page.navigate(mock);
    page.click("#round-2 .finish-round");
    assertThat(page.locator("#round-2")).hasAttribute("data-state", "done");
    assertThat(page.locator("#round-2 .chip.rating")).hasText("Strong yes");
    page.click("#round-3 .start-round");
    assertThat(page.locator("#round-3 .item-text"))
        .hasText("Describe a conflict with a teammate and how you resolved it.");
    for (com.microsoft.playwright.Locator box : page.locator("#round-3 input[name=met]").all()) {
      box.check();
    }
    page.click("#round-3 .rate-round");

    assertThat(page.locator("#verdict")).hasText("Hire");
    assertThat(page.locator("#summary")).hasText("Hire: the rounds clear the all-rounds rule.");
    assertThat(page.locator("#carried")).containsText("round 2 (Sum the numbers) (Strong yes)");
    assertThat(page.locator("#carried")).containsText("round 3 (Conflict story) (Strong yes)");
    assertThat(page.locator("#would-change"))
        .containsText("a no in round 3 (Conflict story) (was strong yes) would have rejected");
    assertThat(page.locator("#packet")).containsText("as reported by");
    assertThat(page.locator("#round-3 .rubric-done li.met")).hasCount(5);
    tab.screenshot("mock-loop-packet.png");

    tab.open("/mock");
    assertThat(page.locator(".mock-row")).containsText("Acme AI · Research Engineer");
    assertThat(page.locator(".mock-row .chip.verdict")).hasText("Hire");
    assertThat(tab.errors()).isEmpty();
  }

  @Test
  void aWhiteboardRoundHasNoRunButtonAndShowsItsResultOnlyAfterItEnds() {
    Page page = tab.open("/companies/acme");
    String mock = startMock(page, "whiteboard-loop");
    assertThat(page.locator("#round-1 .no-feedback")).isVisible();
    page.click("#round-1 .start-round");
    assertThat(page.locator("#round-1")).hasAttribute("data-state", "running");

    tab.open("/problems/sum");
    page.waitForSelector("#workbench[data-editor=monaco]");
    assertThat(page.locator("#exam-bar")).isVisible();
    assertThat(page.locator("#exam-feedback")).isVisible();
    assertThat(page.locator("#exam-feedback")).containsText("No test feedback in this round");
    assertThat(page.locator("#run")).isHidden();
    assertThat(page.locator("#exam-end")).isHidden();
    submitSum(page);
    assertThat(page.locator("#verdict"))
        .hasText("Submitted", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    assertThat(page.locator("#result-summary"))
        .containsText("the result shows when the round ends");
    assertThat(page.locator("#test-table")).isHidden();

    page.navigate(mock);
    page.click("#round-1 .finish-round");
    assertThat(page.locator("#round-1 .chip.rating")).hasText("Strong yes");
    tab.open("/problems/sum");
    page.waitForSelector("#workbench[data-editor=monaco]");
    assertThat(page.locator("#run")).isVisible();
    assertThat(page.locator("#exam-bar")).isHidden();
    assertThat(tab.errors()).isEmpty();
  }

  /** Start a mock of one of Acme's loops from its company page; return the mock's page URL. */
  private static String startMock(Page page, String loop) {
    page.click("button[data-loop=" + loop + "]");
    page.waitForURL(Pattern.compile(".*/mock/\\d+$"));
    return page.url();
  }

  /** Type a solution of {@code sum} into the problem page's editor and submit it. */
  private static void submitSum(Page page) {
    page.selectOption("#language", "python");
    page.click(".monaco-editor .view-lines");
    page.keyboard().press("Control+A");
    page.keyboard().press("Delete");
    page.keyboard().type("import sys; print(sum(map(int, sys.stdin.read().split())))");
    page.keyboard().press("Control+Shift+Enter");
  }
}
