package dev.onsite.server.progress;

import java.util.List;

/**
 * Where one kind of practice keeps its attempts. Each feature that records tries (submissions, code
 * reviews, design answers, cards) provides one as a bean; a new kind of practice item adds its own
 * log and appears in progress, the study plan and the export without edits here.
 */
public interface AttemptLog {

  /** Every attempt of the account, in any order. */
  List<Attempt> attempts(long accountId);
}
