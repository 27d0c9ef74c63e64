package dev.onsite.server.progress;

import dev.onsite.catalog.practice.PracticeItem;
import dev.onsite.server.problem.PracticeShelf;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Gathers every kind's attempts and reports progress over them. */
@Service
public class ProgressService {

  private final List<AttemptLog> logs;
  private final List<PracticeShelf> shelves;
  private final Clock clock;

  ProgressService(List<AttemptLog> logs, List<PracticeShelf> shelves, Clock clock) {
    this.logs = logs;
    this.shelves = shelves;
    this.clock = clock;
  }

  /**
   * Every attempt of the account, oldest first, each with its round and areas (an attempt whose log
   * could not name its round gets them from the practice shelf that offers the item).
   */
  public List<Attempt> attempts(long accountId) {
    Map<String, PracticeItem> onShelves = null;
    List<Attempt> all = new ArrayList<>();
    for (AttemptLog log : logs) {
      for (Attempt a : log.attempts(accountId)) {
        if (a.round() == null) {
          if (onShelves == null) {
            onShelves = shelfItems();
          }
          PracticeItem item = onShelves.get(a.itemId());
          if (item != null) {
            a = a.describedAs(item.round(), item.tags().stream().map(t -> "topic:" + t).toList());
          }
        }
        all.add(a);
      }
    }
    all.sort(Comparator.comparing(Attempt::at).thenComparing(Attempt::kind));
    return all;
  }

  /** The account's progress as of now. */
  public ProgressReport report(long accountId) {
    return Progression.report(attempts(accountId), clock.instant(), clock.getZone());
  }

  private Map<String, PracticeItem> shelfItems() {
    Map<String, PracticeItem> items = new HashMap<>();
    for (PracticeShelf shelf : shelves) {
      for (PracticeItem item : shelf.practiceItems()) {
        items.putIfAbsent(item.id(), item);
      }
    }
    return items;
  }
}
