package dev.onsite.server.problem;

import dev.onsite.catalog.practice.PracticeItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link PracticeShelf} over an {@link ItemLibrary}: a kind of practice item says how one item
 * looks in the catalogue and in search, and where the account stands on each; listing, finding and
 * reloading are the same for every kind.
 *
 * @param <P> the kind's package type
 */
public abstract class LibraryShelf<P> implements PracticeShelf {

  private final ItemLibrary<P> library;

  protected LibraryShelf(ItemLibrary<P> library) {
    this.library = library;
  }

  /** The item's id. */
  protected abstract String id(P item);

  /** The item as the catalogue lists it, with the account's status on it. */
  protected abstract ProblemSummary summary(P item, ProblemStatus status);

  /** The item for the search index and company links. */
  protected abstract PracticeItem practiceItem(P item);

  /** The account's status on the items it tried (the others are new). */
  protected abstract Map<String, ProblemStatus> statuses(long accountId);

  @Override
  public final List<ProblemSummary> summaries(long accountId) {
    Map<String, ProblemStatus> statuses = statuses(accountId);
    return library.all().stream()
        .map(p -> summary(p, statuses.getOrDefault(id(p), ProblemStatus.NEW)))
        .toList();
  }

  @Override
  public final List<PracticeItem> practiceItems() {
    return library.all().stream().map(this::practiceItem).toList();
  }

  @Override
  public final Optional<ProblemSummary> find(String id) {
    return library.find(id).map(p -> summary(p, ProblemStatus.NEW));
  }

  @Override
  public final int generation() {
    return library.generation();
  }

  @Override
  public final void reload() {
    library.reload();
  }
}
