package dev.onsite.judge.problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One level of a multi-level problem.
 *
 * @param statement the level's statement file, or null when the package has none
 */
public record Level(String id, String title, int minutes, double points, Path statement) {

  public Level {
    Objects.requireNonNull(id, "id");
    title = title == null ? id : title;
    if (minutes < 0) {
      throw new IllegalArgumentException("minutes must not be negative, was " + minutes);
    }
    if (!(points >= 0)) {
      throw new IllegalArgumentException("points must not be negative, was " + points);
    }
  }
}
