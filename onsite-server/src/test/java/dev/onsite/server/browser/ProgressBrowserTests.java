package dev.onsite.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.onsite.server.SingleUserServer;
import dev.onsite.server.TestProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The progress page in Chromium after a failed and an accepted submission: ECharts draws every
 * chart (their canvases hold ink, not just a blank box), and the weakest areas are listed.
 */
@SingleUserServer
class ProgressBrowserTests {

  @RegisterExtension final BrowserTab tab = new BrowserTab();

  /** Submit through the page's own session and CSRF token, and wait for the verdict. */
  private static void judge(Page page, String source) {
    Object verdict =
        page.evaluate(
            """
            async source => {
              const header = document.querySelector('meta[name=csrf-header]');
              const token = document.querySelector('meta[name=csrf-token]');
              const headers = {'Content-Type': 'application/json'};
              if (header && token) headers[header.content] = token.content;
              const r = await fetch('/api/problems/sum/submissions', {method: 'POST', headers,
                body: JSON.stringify({language: 'python', source, mode: 'submit'})});
              const id = (await r.json()).id;
              for (let i = 0; i < 600; i++) {
                const s = await (await fetch('/api/submissions/' + id)).json();
                if (s.status === 'done') return s.verdict;
                await new Promise(done => setTimeout(done, 100));
              }
              return 'timeout';
            }
            """,
            source);
    assertThat(verdict).isIn("AC", "WA");
  }

  /** Pixels of the chart's canvas that are not transparent. */
  private static int ink(Page page, String chart) {
    return ((Number)
            page.evaluate(
                "id => { const c = document.querySelector('#' + id + ' canvas');"
                    + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                    + " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;"
                    + " return n; }",
                chart))
        .intValue();
  }

  @Test
  void theChartsRenderFromRealAttemptsAndTheWeakestAreasAreListed() {
    Page page = tab.open("/dashboard");
    // The single-user server's one account is shared with other browser tests: count from here.
    int before =
        ((Number)
                page.evaluate("async () => (await (await fetch('/api/progress')).json()).attempts"))
            .intValue();
    judge(page, TestProblems.SUM_WRONG_PYTHON);
    judge(page, TestProblems.SUM_PYTHON);

    page.click("a[href='/progress']");

    PlaywrightAssertions.assertThat(page.locator("body")).hasAttribute("data-charts", "4");
    PlaywrightAssertions.assertThat(page.locator("#attempts-total"))
        .hasText(String.valueOf(before + 2));
    assertThat(page.locator("#weakest li").count()).isBetween(1, 5);
    PlaywrightAssertions.assertThat(page.locator("#weakest li[data-area='pattern:prefix-sums']"))
        .hasCount(1);
    for (String chart :
        new String[] {"chart-weeks", "chart-time", "chart-cards", "chart-weakest"}) {
      assertThat(ink(page, chart)).as(chart).isGreaterThan(500);
    }
    tab.screenshot("progress.png");
  }
}
