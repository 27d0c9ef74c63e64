package dev.onsite.catalog.behavioral;

import java.util.Objects;

/** What a behavioral answer shows an interviewer, such as problem solving or ownership. */
public record Signal(String id, String name, String description) {

  public Signal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
  }
}
