package dev.onsite.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.onsite.server.SingleUserServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A person in Chromium writes a SAIL story, maps it to a question and a company value, sees the
 * coverage map change, practises another question against the 2-minute clock and rates it; the
 * drafts typed on the way survive a reload. Each test works on its own question of the fixture.
 */
@SingleUserServer
@TestPropertySource(
    properties = "spring.datasource.url=jdbc:h2:mem:story-browser;DB_CLOSE_DELAY=-1")
class StoryBrowserTests {

  @RegisterExtension final BrowserTab tab = new BrowserTab();

  @Test
  void aStoryMappedToAQuestionCoversItAndShowsTheValue() {
    Page page = ready(tab.open("/stories"));
    assertThat(question(page, "hardest-project")).hasAttribute("data-state", "missing");

    ready(tab.open("/stories/new"));
    page.fill("input[name=title]", "Rebuilt the ranking pipeline");
    page.fill("textarea[name=situation]", "Nightly ranking jobs missed their window twice a week.");
    page.fill("textarea[name=action]", "I split the job by market and added a backfill queue.");
    page.fill(
        "textarea[name=impact]", "No missed window in three months; compute fell by a third.");
    page.fill("textarea[name=learning]", "Measure the critical path before tuning anything.");
    page.check("input[name=question][value=hardest-project]");
    page.click("details:has(input[name=value]) summary");
    assertThat(suggested(page, "acme:dig-deep")).isVisible();
    assertThat(suggested(page, "acme:disagree-and-commit")).isHidden();
    page.check("input[name=value][value='acme:dig-deep']");
    assertThat(page.locator("#save-status")).hasAttribute("data-state", "saved");
    page.reload();
    ready(page);

    assertThat(page.locator("#save-status")).containsText("restored the draft");
    assertThat(page.locator("input[name=title]")).hasValue("Rebuilt the ranking pipeline");
    assertThat(page.locator("textarea[name=learning]"))
        .hasValue("Measure the critical path before tuning anything.");
    assertThat(page.locator("input[name=question][value=hardest-project]")).isChecked();
    page.click("#save-story");

    page.waitForURL(Pattern.compile(".*/stories$"));
    assertThat(page.locator("#story-list")).containsText("Rebuilt the ranking pipeline");
    assertThat(question(page, "hardest-project")).hasAttribute("data-state", "covered");
    assertThat(page.locator("tr.signal-row[data-signal=problem-solving]")).containsText("1 story");
    assertThat(question(page, "teammate-conflict")).hasAttribute("data-state", "missing");
    tab.screenshot("story-coverage.png");

    tab.open("/stories/values?company=acme");
    assertThat(page.locator("tr:has-text('Dig deep')"))
        .containsText("Rebuilt the ranking pipeline");
    assertThat(page.locator("tr:has-text('Disagree and commit')")).containsText("none");
    ready(tab.open("/stories/new"));
    assertThat(page.locator("input[name=title]")).hasValue("");
    assertThat(tab.errors()).isEmpty();
  }

  @Test
  void anEmptyStoryIsRefusedWithOneLineAndNothingStored() {
    Page page = ready(tab.open("/stories/new"));
    page.fill("input[name=title]", "Only a title");
    page.click("#save-story");

    Locator error = page.locator("#story-error");
    assertThat(error).isVisible();
    assertThat(error).containsText("the story is empty");
    assertThat(error.innerText().strip()).doesNotContain("\n");
    assertThat(page).hasURL(Pattern.compile(".*/stories/new$"));
    tab.open("/stories");
    assertThat(page.locator("#story-list")).not().containsText("Only a title");
  }

  @Test
  void aPracticeRunsTheTwoMinuteClockAndKeepsTheRatingAndTheNotes() {
    Page page = ready(tab.open("/stories/practice?question=ambiguous-goal"));
    assertThat(page.locator("#question-text")).containsText("goal nobody could define");
    assertThat(page.locator("#clock")).hasText("2:00");
    page.fill("#practice-notes", "Opened with the stakes; the ending ran long.");
    assertThat(page.locator("#practice-notes")).hasAttribute("data-state", "saved");
    page.reload();
    ready(page);
    assertThat(page.locator("#practice-notes"))
        .hasValue("Opened with the stakes; the ending ran long.");

    page.click("#start-timer");
    assertThat(page.locator("#clock")).hasText(Pattern.compile("1:5\\d"));
    page.click("[data-rating='3']");

    assertThat(page.locator("#practice-status")).containsText("Kept: rated 3/4 after");
    ready(tab.open("/stories"));
    assertThat(question(page, "ambiguous-goal")).containsText("practised 1×, last 3/4");
    ready(tab.open("/stories/practice?question=ambiguous-goal"));
    assertThat(page.locator("#practice-notes")).hasValue("");
    assertThat(tab.errors()).isEmpty();
  }

  /** Wait until story.js has loaded the page's draft and wired its controls. */
  private static Page ready(Page page) {
    Locator root = page.locator("#story-editor, #practice");
    if (root.count() > 0) {
      assertThat(root).hasAttribute("data-ready", "true");
    }
    return page;
  }

  private static Locator question(Page page, String id) {
    return page.locator("tr.question-row[data-question=" + id + "]");
  }

  private static Locator suggested(Page page, String value) {
    return page.locator("input[name=value][value='" + value + "'] ~ .suggested");
  }
}
