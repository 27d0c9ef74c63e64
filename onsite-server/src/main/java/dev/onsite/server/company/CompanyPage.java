package dev.onsite.server.company;

import java.util.List;

/**
 * A company's page: its loops side by side, each round with the problems that train it.
 *
 * @param practice the problems that name this company in their metadata
 * @param sources every source cited, once
 */
public record CompanyPage(
    String id,
    String name,
    String category,
    List<String> aliases,
    List<String> roles,
    List<LoopView> loops,
    List<PolicyView> policies,
    List<FactView> insights,
    List<PracticeLink> practice,
    List<String> sources) {

  /**
   * One source's account of the loop for one role.
   *
   * @param practice problems that train this loop, in the order of its rounds and questions
   */
  public record LoopView(
      String id,
      String role,
      String kind,
      String summary,
      String length,
      String source,
      List<RoundView> rounds,
      List<QuestionView> questions,
      List<FactView> notes,
      List<PracticeLink> practice) {}

  /**
   * One round, with the problems that train its round type.
   *
   * @param type the round id
   * @param typeLabel the round type's name
   * @param title what the source calls it
   * @param duration "45 min", or null
   * @param training the card decks, design prompts, values, questions or deep-dive pages that train
   *     a spoken round; empty for the others
   */
  public record RoundView(
      String type,
      String typeLabel,
      String title,
      String duration,
      String format,
      String notes,
      String source,
      List<PracticeLink> practice,
      List<TrainingLink> training) {}

  /**
   * A page on this server that trains a spoken round.
   *
   * @param kind deck, prompt, all, values, question, practice, stories, outline or drill
   * @param url a path on this server
   */
  public record TrainingLink(String kind, String title, String url) {}

  /** A reported question and the problems that train it. */
  public record QuestionView(
      String text, String round, String roundLabel, String source, List<PracticeLink> practice) {}

  public record PolicyView(String kind, String text, String role, String source) {}

  public record FactView(String text, String source) {}

  /**
   * A problem (or another practice item, such as a code review) on this server to practise with.
   *
   * @param url its page on this server
   */
  public record PracticeLink(
      String id, String title, String round, String difficulty, String url) {}

  /**
   * A company in the list.
   *
   * @param rounds rounds reported across its loops
   * @param questions questions reported across its loops
   */
  public record Summary(
      String id,
      String name,
      String category,
      List<String> roles,
      int rounds,
      int questions,
      int sources) {}
}
