package dev.onsite.server.problem;

import dev.onsite.catalog.round.RoundType;
import dev.onsite.judge.lang.Language;
import dev.onsite.judge.problem.ProblemPackage;
import java.util.List;
import java.util.Locale;

/**
 * A problem as the catalogue lists it.
 *
 * @param round the round id it trains ({@code coding}, {@code oop}, ...)
 * @param levels the number of levels, 1 for a single-level problem
 * @param kind {@code api} or {@code stdio}
 * @param status the person's status: {@code solved}, {@code attempted} or {@code new}
 * @param patterns the algorithmic patterns it drills, main one first (LeetCode-style problems)
 * @param task the real data-processing task it stands for, or empty
 * @param url the page that opens it on this server ({@code /problems/ID}, {@code /reviews/ID})
 */
public record ProblemSummary(
    String id,
    String title,
    String round,
    String difficulty,
    List<String> tags,
    List<String> companies,
    int levels,
    List<String> languages,
    int minutes,
    String kind,
    String status,
    List<String> patterns,
    String task,
    String url) {

  public ProblemSummary {
    tags = List.copyOf(tags);
    patterns = patterns == null ? List.of() : List.copyOf(patterns);
    task = task == null ? "" : task;
    url = url == null ? "/problems/" + id : url;
    companies = List.copyOf(companies);
    languages = List.copyOf(languages);
  }

  static ProblemSummary of(ProblemPackage pkg, ProblemStatus status) {
    return new ProblemSummary(
        pkg.id(),
        pkg.title() == null ? pkg.id() : pkg.title(),
        pkg.metadata().round(),
        pkg.metadata().difficulty(),
        pkg.metadata().tags(),
        pkg.metadata().companies(),
        Math.max(1, pkg.levels().size()),
        languages(pkg).stream().map(Language::id).toList(),
        pkg.metadata().minutes(),
        pkg.kind().name().toLowerCase(java.util.Locale.ROOT),
        status.id(),
        pkg.metadata().patterns(),
        pkg.metadata().task(),
        "/problems/" + pkg.id());
  }

  /** The languages a package can be solved in: those it names, or every one the judge knows. */
  static List<Language> languages(ProblemPackage pkg) {
    return pkg.languages().isEmpty() ? Language.programming() : pkg.languages();
  }

  /** The round's name for people ({@code Multi-level build-a-system} for {@code oop}). */
  public String roundLabel() {
    return RoundType.byId(round).map(RoundType::label).orElse(round);
  }

  /** The difficulty with a capital letter, for pages. */
  public String difficultyLabel() {
    return difficulty == null || difficulty.isEmpty()
        ? ""
        : difficulty.substring(0, 1).toUpperCase(Locale.ROOT) + difficulty.substring(1);
  }
}
