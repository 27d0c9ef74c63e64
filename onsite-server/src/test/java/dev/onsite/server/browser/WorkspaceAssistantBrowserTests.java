package dev.onsite.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.onsite.server.SingleUserServer;
import dev.onsite.server.llm.FakeChatEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A person in Chromium pairs with the assistant on the ai-assisted test package {@code pair-count}:
 * asks a question with the file they name, reads the reply, finds the conversation after a reload,
 * runs the tests and sees the transcript stored with that run in its history. The model is a local
 * fake endpoint.
 */
@SingleUserServer
@TestPropertySource(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:workspace-assistant-browser;DB_CLOSE_DELAY=-1",
      "onsite.llm.model=fake-model"
    })
class WorkspaceAssistantBrowserTests {

  private static final FakeChatEndpoint MODEL =
      new FakeChatEndpoint("Keep a dict of counts and add the complement's count first.");

  @RegisterExtension final BrowserTab tab = new BrowserTab();

  @DynamicPropertySource
  static void endpoint(DynamicPropertyRegistry registry) {
    registry.add("onsite.llm.base-url", MODEL::baseUrl);
  }

  @AfterAll
  static void stop() {
    MODEL.close();
  }

  @Test
  void aQuestionWithTheNamedFileIsAnsweredKeptAndStoredWithTheNextRun() {
    Page page = tab.open("/workspaces/pair-count");
    Locator workspace = page.locator("#workspace");
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-editor", "monaco");
    PlaywrightAssertions.assertThat(page.locator("#assistant"))
        .hasAttribute("data-connected", "true");

    page.selectOption("#chat-file", "pairs/count.py");
    page.fill("#chat-input", "Is the double loop the bottleneck?");
    page.click("#chat-send");

    Locator chat = page.locator("#chat li");
    PlaywrightAssertions.assertThat(chat).hasCount(2);
    PlaywrightAssertions.assertThat(chat.nth(1)).containsText("Keep a dict of counts");
    assertThat(MODEL.requests()).hasSize(1);
    assertThat(MODEL.requests().getFirst().toString())
        .contains("for j in range(i + 1, len(values))")
        .contains("Is the double loop the bottleneck?")
        .doesNotContain("[2, 2, 2]");

    tab.screenshot("workspace-assistant.png");

    // On a phone the panes stack: nothing is wider than the screen; the conversation is kept.
    page.setViewportSize(390, 844);
    page.reload();
    PlaywrightAssertions.assertThat(workspace).hasAttribute("data-loaded", "true");
    PlaywrightAssertions.assertThat(chat).hasCount(2);
    Object overflow =
        page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("workspace-phone.png"))
            .setFullPage(true));

    page.click("#run-tests");
    PlaywrightAssertions.assertThat(workspace)
        .hasAttribute(
            "data-verdict", "AC", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
    page.locator("#history tbody tr").first().locator("a.changes-link").click();
    PlaywrightAssertions.assertThat(page.locator("#transcript h2"))
        .hasText("Assistant transcript · 2 messages");
    PlaywrightAssertions.assertThat(page.locator("#transcript")).containsText("Keep a dict");
    assertThat(MODEL.requests()).as("a run sends nothing to the model").hasSize(1);
    assertThat(tab.errors()).isEmpty();
  }
}
