package dev.onsite.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.onsite.server.SingleUserServer;
import dev.onsite.server.system.Clocks;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A person in Chromium works a design prompt: types in the sections and the diagram, reloads, ends
 * the attempt (or lets the countdown end it), sees the rubric and the reference outline, grades
 * themselves and finds it all kept. The model endpoint is configured but nothing listens there, so
 * grading by the model fails with one line and the attempt stays as it was.
 */
@SingleUserServer
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:design-browser;DB_CLOSE_DELAY=-1",
      "onsite.llm.base-url=http://127.0.0.1:9/v1",
      "onsite.llm.model=nobody-home",
      "onsite.llm.timeout=5s"
    })
class DesignBrowserTests {

  @RegisterExtension final BrowserTab tab = new BrowserTab();
  @Autowired JdbcClient jdbc;

  /** A test that failed half-way leaves no open attempt for the next one to find. */
  @BeforeEach
  void endOpenAttempts() {
    jdbc.sql("update design_attempts set ended_at = ? where ended_at is null")
        .param(Clocks.sql(Instant.now()))
        .update();
  }

  @Test
  void anAttemptIsTypedKeptEndedAndSelfGraded() {
    Page page = start();
    assertThat(page.locator("#rubric")).hasCount(0);
    assertThat(page.locator("#reference")).hasCount(0);
    assertThat(page.locator("#clock")).hasText(Pattern.compile("4[45]:\\d\\d"));

    type(page, "clarify", "How fresh must online features be? Ask before drawing.");
    type(page, "online", "Model server reads features from the online store by entity key.");
    type(page, "diagram", "flowchart LR\n  events --> offline\n  events --> online");
    assertThat(page.locator("#diagram-view svg")).isVisible();
    page.reload();
    ready(page);

    assertThat(part(page, "clarify"))
        .hasValue("How fresh must online features be? Ask before drawing.");
    assertThat(part(page, "online"))
        .hasValue("Model server reads features from the online store by entity key.");
    assertThat(page.locator("#diagram-view svg")).isVisible();
    end(page);

    assertThat(page.locator("#rubric")).isVisible();
    assertThat(page.locator("#reference")).containsText("point-in-time joins", ignoringCase());
    assertThat(page.locator("#reference")).containsText("How many models read from it?");
    assertThat(page.locator("#deep-dives")).containsText("leaking future values");
    assertThat(page.locator("#score")).hasText("not graded");
    assertThat(part(page, "clarify")).not().isEditable();
    rubric(page, "clarifies-freshness").check();
    assertThat(page.locator("#score")).hasText("33%");
    rubric(page, "point-in-time").check();
    assertThat(page.locator("#score")).hasText("83%");
    tab.screenshot("design-graded.png");
    page.reload();
    ready(page);

    assertThat(page.locator("#score")).hasText("83%");
    assertThat(rubric(page, "clarifies-freshness")).isChecked();
    assertThat(rubric(page, "monitors-skew")).not().isChecked();
    assertThat(part(page, "online"))
        .hasValue("Model server reads features from the online store by entity key.");
    ready(tab.open("/design/feature-store"));
    assertThat(page.locator("#history")).containsText("83%");
    assertThat(tab.errors()).isEmpty();
  }

  @Test
  void theCountdownEndsTheAttemptAndKeepsWhatWasTyped() {
    Page page = start();
    type(page, "production", "Alert when online freshness falls behind its budget.");
    long attempt = Long.parseLong(page.locator("#design").getAttribute("data-attempt"));
    jdbc.sql("update design_attempts set deadline = ? where id = ?")
        .params(Clocks.sql(Instant.now().plusSeconds(3)), attempt)
        .update();
    page.reload();
    ready(page);

    assertThat(page.locator("#rubric")).isVisible(timeout(10_000));
    assertThat(page.locator("#reference")).isVisible();
    assertThat(part(page, "production"))
        .hasValue("Alert when online freshness falls behind its budget.");
    assertThat(
            jdbc.sql("select ended_at is not null from design_attempts where id = ?")
                .param(attempt)
                .query(Boolean.class)
                .single())
        .isTrue();
    assertThat(tab.errors()).isEmpty();
  }

  @Test
  void anUnreachableModelIsOneLineInThePageAndTheAttemptIsKept() {
    Page page = start();
    type(page, "details", "Point-in-time joins on event time build the training rows.");
    end(page);
    rubric(page, "point-in-time").check();
    assertThat(page.locator("#score")).hasText("50%");
    page.click("#llm-grade");

    Locator error = page.locator("#llm-error");
    assertThat(error).isVisible(timeout(10_000));
    assertThat(error).containsText("127.0.0.1:9");
    assertThat(error.innerText().strip()).doesNotContain("\n").doesNotContain("Exception");
    assertThat(page.locator("#llm-grade")).isEnabled();
    page.reload();
    ready(page);
    assertThat(page.locator("#score")).hasText("50%");
    assertThat(part(page, "details"))
        .hasValue("Point-in-time joins on event time build the training rows.");
    assertThat(page.locator("#llm-result")).hasText("");
  }

  /** Open the prompt and start an attempt; the page reloads with the editors. */
  private Page start() {
    Page page = tab.open("/design/feature-store");
    page.click("#start-attempt");
    assertThat(page.locator("#end-attempt")).isVisible();
    ready(page);
    return page;
  }

  /** End the attempt and wait for the page that shows the rubric. */
  private static void end(Page page) {
    page.click("#end-attempt");
    page.waitForURL(Pattern.compile(".*[?&]attempt=\\d+"));
    ready(page);
  }

  /** Wait until design.js has wired the page, so that a tick or a keystroke reaches it. */
  private static void ready(Page page) {
    assertThat(page.locator("#design")).hasAttribute("data-ready", "true");
  }

  /** Type into one part and wait until the server has it. */
  private static void type(Page page, String part, String text) {
    part(page, part).fill(text);
    assertThat(page.locator("#save-status")).hasAttribute("data-state", "saved");
  }

  private static Locator part(Page page, String id) {
    return page.locator("textarea[data-part=" + id + "]");
  }

  private static Locator rubric(Page page, String id) {
    return page.locator("input[name=rubric][value=" + id + "]");
  }

  private static LocatorAssertions.ContainsTextOptions ignoringCase() {
    return new LocatorAssertions.ContainsTextOptions().setIgnoreCase(true);
  }

  private static LocatorAssertions.IsVisibleOptions timeout(double ms) {
    return new LocatorAssertions.IsVisibleOptions().setTimeout(ms);
  }
}
