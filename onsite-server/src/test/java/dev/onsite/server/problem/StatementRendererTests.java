package dev.onsite.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementRendererTests {

  private final StatementRenderer renderer = new StatementRenderer();

  @Test
  void scriptInAStatementIsEscapedNotRendered() {
    String html = renderer.render("Hello\n\n<script>alert('x')</script>\n", "p");

    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
  }

  @Test
  void inlineHtmlWithEventHandlersIsEscaped() {
    String html = renderer.render("an <img src=x onerror=alert(1)> image", "p");

    assertThat(html).doesNotContain("<img src=x").contains("&lt;img");
  }

  @Test
  void javascriptLinksLoseTheirTarget() {
    String html = renderer.render("[click](javascript:alert(1))", "p");

    assertThat(html).doesNotContain("javascript:").contains("rel=\"nofollow noopener noreferrer\"");
  }

  @Test
  void mathIsKeptOutOfMarkdownAndEscapedForKatex() {
    String html = renderer.render("Let $a_i * b_i < c$ and\n\n$$\n\\sum_{i} x_i\n$$\n", "p");

    assertThat(html)
        .contains("<span class=\"math\">a_i * b_i &lt; c</span>")
        .contains("<span class=\"math math-display\">\\sum_{i} x_i</span>")
        .doesNotContain("<em>");
  }

  @Test
  void dollarsThatAreNotMathStayText() {
    String html = renderer.render("It costs $5 or $6, and `$x$` is code.", "p");

    assertThat(html)
        .doesNotContain("class=\"math\"")
        .contains("$5 or $6")
        .contains("<code>$x$</code>");
  }

  @Test
  void mathInsideFencedCodeIsLeftAlone() {
    String html = renderer.render("```\nprint('$a$')\n```\n", "p");

    assertThat(html).contains("print('$a$')").doesNotContain("class=\"math\"");
  }

  @Test
  void relativeImagesPointAtTheStatementDirectory() {
    String html = renderer.render("![figure](figure.png) ![up](../data/secret/1.in)", "sum");

    assertThat(html)
        .contains("src=\"/problems/sum/statement/figure.png\"")
        .doesNotContain("/problems/sum/statement/../");
  }

  @Test
  void tablesRender() {
    String html = renderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n", "p");

    assertThat(html).contains("<table>").contains("<td>1</td>");
  }
}
