package dev.onsite.catalog.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a cross-company insight is about. */
public enum InsightTopic {
  /** How many steps a process has and how long it takes. */
  PROCESS("process"),
  /** Which round types are common, how long each lasts, what each tests. */
  ROUNDS("rounds"),
  /** How loops differ between model, infrastructure and product companies. */
  COMPANY_TYPES("company-types"),
  /** How loops differ between roles. */
  ROLES("roles"),
  /** New formats: code review, judging AI-generated code, AI-conducted rounds. */
  FORMATS("formats"),
  /** Banks of questions, such as the behavioral questions by signal. */
  QUESTIONS("questions");

  private final String id;

  InsightTopic(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<InsightTopic> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(InsightTopic::id).toList();
  }
}
