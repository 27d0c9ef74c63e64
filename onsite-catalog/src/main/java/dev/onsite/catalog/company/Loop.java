package dev.onsite.catalog.company;

import dev.onsite.catalog.source.Fact;
import dev.onsite.catalog.source.Source;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One source's account of a company's loop for one role. Two accounts that disagree are two loops,
 * never merged.
 *
 * @param id unique within the company, for example {@code swe-blind-refactoring}
 * @param role the role, as the source names it
 * @param kind candidate report, job posting or guide
 * @param summary one line on what this account covers, or null
 * @param length how long the whole process takes, as the source says (for example "about 5 weeks"),
 *     or null
 * @param rounds the rounds in order; may be empty when the source only lists questions
 * @param questions questions the source reports
 * @param notes other facts from the same source about this loop
 * @param source where this account comes from; the default for its rounds, questions and notes
 * @param decision how the hiring committee decides, when the source says; else null
 */
public record Loop(
    String id,
    String role,
    ReportKind kind,
    String summary,
    String length,
    List<Round> rounds,
    List<ReportedQuestion> questions,
    List<Fact> notes,
    Source source,
    Decision decision) {

  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** A loop whose source does not say how the committee decides. */
  public Loop(
      String id,
      String role,
      ReportKind kind,
      String summary,
      String length,
      List<Round> rounds,
      List<ReportedQuestion> questions,
      List<Fact> notes,
      Source source) {
    this(id, role, kind, summary, length, rounds, questions, notes, source, null);
  }

  public Loop {
    id = Text.required(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "loop id '" + id + "' must be lowercase words joined by '-'");
    }
    role = Text.required(role, "role");
    Objects.requireNonNull(kind, "kind");
    summary = Text.blankToNull(summary);
    length = Text.blankToNull(length);
    rounds = Text.copy(rounds, "rounds");
    questions = Text.copy(questions, "questions");
    notes = Text.copy(notes, "notes");
    Objects.requireNonNull(source, "source");
    if (rounds.isEmpty() && questions.isEmpty() && notes.isEmpty()) {
      throw new IllegalArgumentException("loop '" + id + "' has no rounds, questions or notes");
    }
  }
}
