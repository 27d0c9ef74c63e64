package dev.onsite.server.story;

import java.util.List;

/**
 * Which questions of the bank the person's stories answer, signal by signal.
 *
 * @param signals every signal with its questions (those whose primary signal it is)
 * @param covered questions with a story the person rates strong
 * @param weak questions whose only stories are rated weak, or whose last practice was rated 1-2
 * @param missing questions no story answers
 */
record Coverage(List<SignalRow> signals, int covered, int weak, int missing) {

  /** covered, weak or missing, as the page's CSS classes say. */
  public enum State {
    COVERED,
    WEAK,
    MISSING;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * @param state covered when at least two stories show the signal and one question is covered,
   *     weak with one story (or only weak ones), missing with none
   * @param stories how many different stories show the signal, through any question that probes it
   */
  record SignalRow(String id, String name, State state, int stories, List<QuestionRow> questions) {}

  /**
   * @param practised how often it was practised
   * @param lastRating the last practice's self-rating, or null
   */
  record QuestionRow(
      String id,
      String text,
      State state,
      List<StoryRef> stories,
      int practised,
      Integer lastRating) {}

  record StoryRef(long id, String title, boolean weak) {}

  int total() {
    return covered + weak + missing;
  }
}
