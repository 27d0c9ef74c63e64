package dev.onsite.catalog.company;

import dev.onsite.catalog.round.RoundType;
import dev.onsite.catalog.source.Source;
import java.util.Objects;

/**
 * One round of a reported loop.
 *
 * @param type the round id
 * @param label what the source calls the round (for example "Head of AI conversation"), or null
 * @param duration how long it lasts, or null when the source does not say
 * @param format tooling and setting (for example "CoderPad, virtual"), or null
 * @param notes what the source says happens in it, or null
 * @param feedback whether the candidate can run code against tests in it; {@link Feedback#TESTS}
 *     unless the source says nothing runs
 * @param source where this comes from
 */
public record Round(
    RoundType type,
    String label,
    Minutes duration,
    String format,
    String notes,
    Feedback feedback,
    Source source) {

  public Round {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    feedback = feedback == null ? Feedback.TESTS : feedback;
    label = Text.blankToNull(label);
    format = Text.blankToNull(format);
    notes = Text.blankToNull(notes);
  }

  /** A round where code runs against tests, as in most coding tools. */
  public Round(
      RoundType type, String label, Minutes duration, String format, String notes, Source source) {
    this(type, label, duration, format, notes, Feedback.TESTS, source);
  }

  /** The source's name for the round, or the round type's name. */
  public String title() {
    return label != null ? label : type.label();
  }
}
