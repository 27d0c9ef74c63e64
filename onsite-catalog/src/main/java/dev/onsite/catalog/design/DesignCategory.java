package dev.onsite.catalog.design;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The problem space a design prompt belongs to. */
public enum DesignCategory {
  FEED("feed", "Feed and recommendations"),
  SEARCH("search", "Search"),
  ADS("ads", "Ads"),
  UNDERSTANDING("understanding", "Content understanding"),
  TRUST_AND_SAFETY("trust-and-safety", "Trust and safety"),
  DATA_INFRA("data-infra", "Data infrastructure"),
  TRAINING_INFRA("training-infra", "Training infrastructure"),
  SERVING_INFRA("serving-infra", "Serving infrastructure"),
  EXPERIMENTATION("experimentation", "Experimentation"),
  RAG("rag", "Retrieval-augmented generation"),
  LLM_SERVING("llm-serving", "LLM serving"),
  LLM_APP("llm-app", "LLM applications"),
  AGENTS("agents", "Agents");

  private final String id;
  private final String label;

  DesignCategory(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Find a category by its id; empty for an unknown id. */
  public static Optional<DesignCategory> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(DesignCategory::id).toList();
  }
}
