package dev.onsite.catalog.design;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a design answer, in the order a strong candidate covers them: frame the problem, lay
 * out the high-level design, go step by step through each component, dive into the hard parts, and
 * say how it runs in production.
 */
public enum DesignSection {
  FRAMING("framing", "Problem framing"),
  HIGH_LEVEL("high_level", "High-level design"),
  DETAILS("details", "Step-by-step design"),
  DEEP_DIVES("deep_dives", "Deep dives"),
  PRODUCTION("production", "Production");

  private final String id;
  private final String label;

  DesignSection(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The key in {@code sections:}, for example {@code high_level}. */
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<DesignSection> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(DesignSection::id).toList();
  }
}
