package dev.onsite.judge.takehome;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A data-validation take-home: a generator that writes a dataset with injected faults from a seed,
 * the statement, the fault kinds and the rubric, and the shipped finders.
 *
 * @param root the package directory ({@code takehomes/ID})
 * @param id the directory name
 * @param hours the length the statement gives the candidate (the timer's budget)
 * @param faults the fault kinds the generator injects, in the order the report shows them
 * @param rubric the rubric's parts; exactly one is graded (detection)
 * @param wallSeconds how long the candidate's finder may run on one dataset
 * @param generator {@code generator/generate.py}
 * @param accepted finders that must find every fault ({@code submissions/accepted/*.py})
 * @param wrong finders that must miss what their {@code # misses:} line says ({@code
 *     submissions/wrong/*.py})
 */
public record TakeHomePackage(
    Path root,
    String id,
    String title,
    int hours,
    String difficulty,
    List<String> companies,
    List<String> tags,
    String statement,
    List<FaultKind> faults,
    List<RubricPart> rubric,
    int wallSeconds,
    Path generator,
    List<Path> accepted,
    List<WrongFinder> wrong) {

  public TakeHomePackage {
    Objects.requireNonNull(root, "root");
    companies = List.copyOf(companies);
    tags = List.copyOf(tags);
    faults = List.copyOf(faults);
    rubric = List.copyOf(rubric);
    accepted = List.copyOf(accepted);
    wrong = List.copyOf(wrong);
    if (faults.isEmpty()) {
      throw new IllegalArgumentException("a take-home needs at least one fault kind");
    }
  }

  /**
   * A shipped finder that must fall short.
   *
   * @param file the finder
   * @param misses the fault kinds on which it must not get full marks (its {@code # misses:} line)
   */
  public record WrongFinder(Path file, List<String> misses) {

    public WrongFinder {
      Objects.requireNonNull(file, "file");
      misses = List.copyOf(misses);
    }
  }

  /** The fault kind named {@code id}. */
  public Optional<FaultKind> fault(String id) {
    return faults.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The rubric part the judge grades. */
  public RubricPart gradedPart() {
    return rubric.stream().filter(RubricPart::graded).findFirst().orElseThrow();
  }
}
