package dev.onsite.server.problem;

import java.util.Map;

/**
 * A person's progress on problems, as the pages need it; the submission feature keeps it.
 *
 * <p>Defined here and implemented there so that problems do not depend on submissions.
 */
public interface Progress {

  /** The status of every problem the account has tried; problems missing from the map are new. */
  Map<String, ProblemStatus> statuses(long accountId);

  /**
   * How many leading levels of a multi-level problem the account has passed in one submission: 0
   * when none, and so level 1 is the only one unlocked.
   */
  int levelsPassed(long accountId, String problemId);
}
