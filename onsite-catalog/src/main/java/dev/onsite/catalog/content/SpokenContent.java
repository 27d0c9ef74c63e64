package dev.onsite.catalog.content;

import dev.onsite.catalog.behavioral.QuestionBank;
import dev.onsite.catalog.deepdive.FollowUp;
import dev.onsite.catalog.design.DesignPrompt;
import dev.onsite.catalog.values.CompanyValues;
import java.util.List;

/**
 * The content of the rounds without a compiler: design prompts, the behavioral question bank,
 * company values and the deep-dive follow-ups, with a report of every file read.
 *
 * @param files every file read, loaded or not, in the order read
 */
public record SpokenContent(
    List<DesignPrompt> prompts,
    QuestionBank bank,
    List<CompanyValues> values,
    List<FollowUp> followUps,
    List<CheckedFile> files) {

  public static final SpokenContent EMPTY =
      new SpokenContent(List.of(), QuestionBank.EMPTY, List.of(), List.of(), List.of());

  public SpokenContent {
    prompts = List.copyOf(prompts);
    values = List.copyOf(values);
    followUps = List.copyOf(followUps);
    files = List.copyOf(files);
  }

  /** Every problem of every file, each with its file and line. */
  public List<ContentProblem> problems() {
    return files.stream().flatMap(f -> f.problems().stream()).toList();
  }
}
