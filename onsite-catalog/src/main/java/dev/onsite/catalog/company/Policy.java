package dev.onsite.catalog.company;

import dev.onsite.catalog.source.Source;
import java.util.Objects;

/**
 * How a company runs its process: AI tools, cooldowns, references, location.
 *
 * @param kind what the policy is about
 * @param text the policy, in our own words
 * @param role the role it applies to, or null when the source does not limit it to one
 * @param source where this comes from
 */
public record Policy(PolicyKind kind, String text, String role, Source source) {

  public Policy {
    Objects.requireNonNull(kind, "kind");
    text = Text.required(text, "text");
    role = Text.blankToNull(role);
    Objects.requireNonNull(source, "source");
  }
}
