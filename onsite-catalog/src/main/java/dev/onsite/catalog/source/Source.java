package dev.onsite.catalog.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a fact comes from: the URL of the report, post or posting, and the date it gives, if any.
 *
 * @param url an absolute http(s) URL
 * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null when the source gives
 *     none
 */
public record Source(String url, String date) {

  private static final Pattern DATE =
      Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  public Source {
    Objects.requireNonNull(url, "url");
    String problem = urlProblem(url);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    if (date != null && !DATE.matcher(date).matches()) {
      throw new IllegalArgumentException(dateProblem(date));
    }
  }

  /** Describe what is wrong with {@code url} as a source URL, or return null when it is fine. */
  public static String urlProblem(String url) {
    if (url.isBlank() || url.chars().anyMatch(Character::isWhitespace)) {
      return "bad URL '" + url + "' (expected an absolute http(s) URL without spaces)";
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equals("https") || scheme.equals("http"))
          || uri.getHost() == null
          || !uri.getHost().contains(".")) {
        return "bad URL '"
            + url
            + "' (expected an absolute http(s) URL such as https://example.com/post)";
      }
      return null;
    } catch (URISyntaxException e) {
      return "bad URL '" + url + "' (" + e.getReason() + " at index " + e.getIndex() + ")";
    }
  }

  /** Describe what is wrong with {@code date}, or return null when it is fine. */
  public static String dateProblem(String date) {
    return DATE.matcher(date).matches()
        ? null
        : "bad date '" + date + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)";
  }

  /** The date, when the source gives one. */
  public Optional<String> dated() {
    return Optional.ofNullable(date);
  }

  /** This source, with {@code date} when this one has none. */
  public Source orDate(String fallback) {
    return date != null || fallback == null ? this : new Source(url, fallback);
  }
}
