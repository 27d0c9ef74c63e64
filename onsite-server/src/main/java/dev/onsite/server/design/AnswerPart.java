package dev.onsite.server.design;

import dev.onsite.catalog.design.DesignSection;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The editors of the design workspace, grouped under the sections of a design answer: framing
 * (clarify, business objective, ML objective), the high-level design (online and offline paths),
 * the step-by-step design, deep dives, production, and a Mermaid diagram.
 */
enum AnswerPart {
  CLARIFY(
      "clarify",
      DesignSection.FRAMING,
      "Clarify",
      "What is the product surface, the scale, the latency budget? What did you ask?"),
  BUSINESS_OBJECTIVE(
      "business_objective",
      DesignSection.FRAMING,
      "Business objective",
      "What should users do more (or less) of? Short- and long-term metrics, guardrails."),
  ML_OBJECTIVE(
      "ml_objective",
      DesignSection.FRAMING,
      "ML objective",
      "What does the model predict? One label or several tasks; how they combine."),
  ONLINE(
      "online",
      DesignSection.HIGH_LEVEL,
      "Online path",
      "Request → gateway → retrieval → ranking stages → response, logging."),
  OFFLINE(
      "offline",
      DesignSection.HIGH_LEVEL,
      "Offline path",
      "Features (batch and streaming), training data, training, indexing."),
  DETAILS(
      "details",
      DesignSection.DETAILS,
      "Step by step",
      "Each component in turn: retrieval, L1, L2 (or the infra equivalents): data, features,"
          + " model, loss, metrics."),
  DEEP_DIVES(
      "deep_dives",
      DesignSection.DEEP_DIVES,
      "Deep dives",
      "Scaling, cold start, position bias, drift, the hardest part of this system."),
  PRODUCTION(
      "production",
      DesignSection.PRODUCTION,
      "Production",
      "Monitoring, experimentation, rollout and rollback."),
  DIAGRAM(
      "diagram",
      null,
      "Diagram",
      "Mermaid, for example:\nflowchart LR\n  request --> retrieval --> ranking --> response");

  /** The most one part may hold. */
  static final int MAX_PART_CHARS = 20_000;

  /** The most a whole answer may hold. */
  static final int MAX_ANSWER_CHARS = 100_000;

  private final String id;
  private final DesignSection section;
  private final String label;
  private final String hint;

  AnswerPart(String id, DesignSection section, String label, String hint) {
    this.id = id;
    this.section = section;
    this.label = label;
    this.hint = hint;
  }

  String id() {
    return id;
  }

  /** The section it belongs to; null for the diagram. */
  DesignSection section() {
    return section;
  }

  String label() {
    return label;
  }

  String hint() {
    return hint;
  }

  static Optional<AnswerPart> byId(String id) {
    return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
  }

  static List<AnswerPart> of(DesignSection section) {
    return Arrays.stream(values()).filter(p -> p.section == section).toList();
  }
}
