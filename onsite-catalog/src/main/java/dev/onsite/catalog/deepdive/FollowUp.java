package dev.onsite.catalog.deepdive;

import dev.onsite.catalog.source.Origin;
import java.util.Objects;

/**
 * A follow-up question a panel asks during a project deep dive.
 *
 * @param chapter the chapter it probes
 * @param axis the kind of complexity it tests
 * @param listenFor what a good answer shows
 */
public record FollowUp(
    String id,
    String question,
    Chapter chapter,
    ComplexityAxis axis,
    String listenFor,
    Origin origin) {

  public FollowUp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(chapter, "chapter");
    Objects.requireNonNull(axis, "axis");
    listenFor = listenFor == null ? "" : listenFor;
  }
}
