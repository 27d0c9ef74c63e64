package dev.onsite.catalog.card;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How deep a card goes: what every candidate should know, or what a specialist round asks. */
public enum Level {
  CORE,
  ADVANCED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Level> byId(String id) {
    return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Level::id).toList();
  }
}
