package dev.onsite.catalog.practice;

import dev.onsite.catalog.source.Origin;
import java.util.Objects;

/**
 * A {@code practice:} link in the content that names no known practice item.
 *
 * @param problemId the id the content names
 * @param from what links to it, for example "OpenAI: Build an in-memory database in levels"
 * @param origin where the link is written
 */
public record UnresolvedLink(String problemId, String from, Origin origin) {

  public UnresolvedLink {
    Objects.requireNonNull(problemId, "problemId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(origin, "origin");
  }

  @Override
  public String toString() {
    return origin
        + ": practice link '"
        + problemId
        + "' (from "
        + from
        + ") names no known problem";
  }
}
