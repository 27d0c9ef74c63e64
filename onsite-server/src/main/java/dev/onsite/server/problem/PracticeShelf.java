package dev.onsite.server.problem;

import dev.onsite.catalog.practice.PracticeItem;
import java.util.List;
import java.util.Optional;

/**
 * Practice items that are not problem packages (code review packages, for one), offered by another
 * feature: the catalogue lists them beside the problems, and search and the company pages link to
 * them.
 */
public interface PracticeShelf {

  /** The items with the account's status on each, in id order. */
  List<ProblemSummary> summaries(long accountId);

  /** The items for the search index and company links; {@link PracticeItem#path()} names them. */
  List<PracticeItem> practiceItems();

  /**
   * The item with {@code id} as the catalogue shows it to nobody in particular, if there is one.
   */
  Optional<ProblemSummary> find(String id);

  /** A number that changes whenever the items change, for caches built from them. */
  int generation();

  /** Load the items again from disk. */
  void reload();
}
