package dev.onsite.server.problem;

import java.util.Collection;
import java.util.Optional;

/**
 * Practice items of one kind loaded from a directory (code reviews, workspaces, take-homes): what a
 * {@link LibraryShelf} needs to put them on the catalogue's shelves.
 *
 * @param <P> the kind's package type
 */
public interface ItemLibrary<P> {

  /** Every item, in id order. */
  Collection<P> all();

  /** The item with {@code id}, if there is one. */
  Optional<P> find(String id);

  /** A number that changes whenever the items change. */
  int generation();

  /** Load the items again from disk. */
  void reload();
}
