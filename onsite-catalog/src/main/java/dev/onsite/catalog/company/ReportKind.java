package dev.onsite.catalog.company;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What kind of document describes a loop: a candidate's report, the company's job posting, or a
 * guide.
 */
public enum ReportKind {
  CANDIDATE_REPORT("candidate-report"),
  JOB_POSTING("job-posting"),
  GUIDE("guide");

  private final String id;

  ReportKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<ReportKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ReportKind::id).toList();
  }
}
