package dev.onsite.server.search;

import dev.onsite.catalog.search.HitType;
import dev.onsite.catalog.search.SearchHit;
import dev.onsite.catalog.search.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * One search hit, with where it leads on this server.
 *
 * @param type company, loop, round, question, policy, insight or practice
 * @param company the company's display name, or null
 * @param snippet a passage with the matched words marked {@code **like this**}
 * @param source a URL, or the problem path for practice items
 * @param url the page on this server to open: the problem or the company page; else the source
 */
public record SearchResult(
    String type,
    String title,
    String company,
    String companyId,
    String round,
    String snippet,
    String source,
    String url,
    double score) {

  private static final Pattern MARKED =
      Pattern.compile(
          Pattern.quote(SearchIndex.MARK_START) + "(.+?)" + Pattern.quote(SearchIndex.MARK_END));

  static SearchResult of(SearchHit hit) {
    String url;
    if (hit.type() == HitType.PRACTICE) {
      url =
          practicePage(hit.source()) + UriUtils.encodePathSegment(hit.id(), StandardCharsets.UTF_8);
    } else if (spokenUrl(hit) != null) {
      url = spokenUrl(hit);
    } else if (hit.companyId() != null) {
      url = "/companies/" + UriUtils.encodePathSegment(hit.companyId(), StandardCharsets.UTF_8);
    } else {
      url = hit.source();
    }
    return new SearchResult(
        hit.type().id(),
        hit.title(),
        hit.companyName(),
        hit.companyId(),
        hit.round(),
        hit.snippet(),
        hit.source(),
        url,
        hit.score());
  }

  /**
   * The page prefix of a practice item, named by its path: problems/ID, reviews/ID for a code
   * review, workspaces/ID for a workspace round.
   */
  private static String practicePage(String path) {
    if (path != null && path.startsWith("reviews/")) {
      return "/reviews/";
    }
    if (path != null && path.startsWith("workspaces/")) {
      return "/workspaces/";
    }
    return "/problems/";
  }

  /** Where a card, design prompt, behavioral question, value or follow-up opens; else null. */
  private static String spokenUrl(SearchHit hit) {
    return switch (hit.type()) {
      case DESIGN -> "/design/" + UriUtils.encodePathSegment(hit.id(), StandardCharsets.UTF_8);
      case BEHAVIORAL ->
          "/stories/practice?question="
              + UriUtils.encodeQueryParam(hit.id(), StandardCharsets.UTF_8);
      case VALUE ->
          "/stories/values?company="
              + UriUtils.encodeQueryParam(hit.companyId(), StandardCharsets.UTF_8);
      case FOLLOW_UP -> "/deep-dive#drill";
      // A card's id is "deck/card": its deck's review session.
      case CARD ->
          "/cards/review?deck="
              + UriUtils.encodeQueryParam(
                  hit.id().substring(0, Math.max(0, hit.id().indexOf('/'))),
                  StandardCharsets.UTF_8);
      default -> null;
    };
  }

  /** The snippet as HTML: escaped, with the matched words in {@code <mark>}. */
  public String snippetHtml() {
    String escaped = HtmlUtils.htmlEscape(snippet == null ? "" : snippet);
    Matcher m = MARKED.matcher(escaped);
    return m.replaceAll(r -> "<mark>" + Matcher.quoteReplacement(r.group(1)) + "</mark>");
  }

  /** Whether the link leaves this server. */
  public boolean external() {
    return url != null && (url.startsWith("http://") || url.startsWith("https://"));
  }
}
