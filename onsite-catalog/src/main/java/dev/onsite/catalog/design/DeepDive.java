package dev.onsite.catalog.design;

import java.util.Objects;

/** A follow-up an interviewer pushes on, and what a good answer covers (Markdown). */
public record DeepDive(String question, String goodAnswer) {

  public DeepDive {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(goodAnswer, "goodAnswer");
  }
}
