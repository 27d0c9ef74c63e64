package dev.onsite.server.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Render a statement from Markdown to HTML that is safe to put in a page.
 *
 * <p>Raw HTML in the Markdown is escaped, never passed through: a {@code <script>} in a statement
 * shows as text and never runs (and the pages' Content-Security-Policy would block it anyway). Link
 * and image URLs with other schemes than http(s) and mailto are dropped. Math between {@code $...$}
 * (inline) and {@code $$...$$} (display) is kept out of the Markdown parser and emitted as escaped
 * TeX in {@code <span class="math">} for KaTeX to typeset in the browser. Relative image paths
 * point at the statement's directory.
 */
@Component
public class StatementRenderer {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

  /** Render {@code markdown}, resolving relative images against {@code problemId}'s statement. */
  public String render(String markdown, String problemId) {
    MathSpans math = MathSpans.extract(markdown == null ? "" : markdown);
    Node document = parser.parse(math.text());
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new Attributes(problemId))
            .build();
    return math.restore(renderer.render(document));
  }

  /** Point relative images at the statement directory; keep links from passing the referrer. */
  private record Attributes(String problemId) implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Image && attributes.containsKey("src")) {
        String src = attributes.get("src");
        if (isRelative(src)) {
          attributes.put(
              "src",
              "/problems/"
                  + UriUtils.encodePathSegment(problemId, java.nio.charset.StandardCharsets.UTF_8)
                  + "/statement/"
                  + src.replaceFirst("^\\./", ""));
        }
      }
      if (node instanceof Link) {
        attributes.put("rel", "nofollow noopener noreferrer");
      }
    }

    private static boolean isRelative(String src) {
      String lower = src.toLowerCase(Locale.ROOT);
      return !src.isEmpty()
          && !src.startsWith("/")
          && !src.contains("..")
          && !lower.matches("^[a-z][a-z0-9+.-]*:.*");
    }
  }

  /**
   * Markdown with its math replaced by placeholder words that the parser leaves alone, and the TeX
   * to put back.
   */
  record MathSpans(String text, String token, List<String> tex, List<Boolean> display) {

    static MathSpans extract(String markdown) {
      String token =
          "onsitemath" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
      List<String> tex = new ArrayList<>();
      List<Boolean> display = new ArrayList<>();
      StringBuilder out = new StringBuilder(markdown.length());
      String[] lines = markdown.split("\n", -1);
      StringBuilder prose = new StringBuilder();
      String fence = null;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        String trimmed = line.stripLeading();
        String suffix = i < lines.length - 1 ? "\n" : "";
        if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
          out.append(replace(prose.toString(), token, tex, display));
          prose.setLength(0);
          fence = trimmed.substring(0, 3);
          out.append(line).append(suffix);
        } else if (fence != null) {
          out.append(line).append(suffix);
          if (trimmed.startsWith(fence)) {
            fence = null;
          }
        } else {
          prose.append(line).append(suffix);
        }
      }
      out.append(replace(prose.toString(), token, tex, display));
      return new MathSpans(out.toString(), token, tex, display);
    }

    /** Replace math outside code spans in prose (no fenced code in it) by placeholders. */
    private static String replace(
        String prose, String token, List<String> tex, List<Boolean> display) {
      StringBuilder out = new StringBuilder(prose.length());
      int i = 0;
      int n = prose.length();
      while (i < n) {
        char c = prose.charAt(i);
        if (c == '\\' && i + 1 < n) {
          out.append(c).append(prose.charAt(i + 1));
          i += 2;
        } else if (c == '`') {
          int run = 0;
          while (i + run < n && prose.charAt(i + run) == '`') {
            run++;
          }
          String ticks = "`".repeat(run);
          int close = prose.indexOf(ticks, i + run);
          int end = close < 0 ? i + run : close + run;
          out.append(prose, i, end);
          i = end;
        } else if (c == '$' && i + 1 < n && prose.charAt(i + 1) == '$') {
          int close = prose.indexOf("$$", i + 2);
          if (close < 0) {
            out.append("$$");
            i += 2;
          } else {
            out.append(placeholder(token, tex, display, prose.substring(i + 2, close), true));
            i = close + 2;
          }
        } else if (c == '$') {
          int close = inlineClose(prose, i);
          if (close < 0) {
            out.append(c);
            i++;
          } else {
            out.append(placeholder(token, tex, display, prose.substring(i + 1, close), false));
            i = close + 1;
          }
        } else {
          out.append(c);
          i++;
        }
      }
      return out.toString();
    }

    /**
     * The closing {@code $} of inline math opened at {@code open}, or -1: the opening one is
     * followed by a non-space, the closing one preceded by a non-space and not followed by a digit,
     * both in one paragraph and before any code span (so "costs $5 or $6" stays text).
     */
    private static int inlineClose(String s, int open) {
      if (open + 1 >= s.length() || Character.isWhitespace(s.charAt(open + 1))) {
        return -1;
      }
      for (int j = open + 1; j < s.length(); j++) {
        char c = s.charAt(j);
        if (c == '\\') {
          j++;
        } else if (c == '`' || (c == '\n' && j + 1 < s.length() && s.charAt(j + 1) == '\n')) {
          return -1;
        } else if (c == '$') {
          boolean spaceBefore = Character.isWhitespace(s.charAt(j - 1));
          boolean digitAfter = j + 1 < s.length() && Character.isDigit(s.charAt(j + 1));
          return spaceBefore || digitAfter || j == open + 1 ? -1 : j;
        }
      }
      return -1;
    }

    private static String placeholder(
        String token, List<String> tex, List<Boolean> display, String math, boolean block) {
      tex.add(math.strip());
      display.add(block);
      return token + "x" + (tex.size() - 1) + "x";
    }

    /** Put the math back into rendered HTML, escaped, for KaTeX to typeset. */
    String restore(String html) {
      String out = html;
      for (int i = tex.size() - 1; i >= 0; i--) {
        String element =
            display.get(i)
                ? "<span class=\"math math-display\">"
                    + HtmlUtils.htmlEscape(tex.get(i))
                    + "</span>"
                : "<span class=\"math\">" + HtmlUtils.htmlEscape(tex.get(i)) + "</span>";
        out = out.replace(token + "x" + i + "x", element);
      }
      return out;
    }
  }
}
