package dev.onsite.server.submission;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A line diff between two versions of a source, with long unchanged stretches folded.
 *
 * @param lines the diff, in order
 * @param added lines added
 * @param removed lines removed
 */
public record CodeDiff(List<Line> lines, int added, int removed) {

  /** Unchanged lines kept around each change. */
  static final int CONTEXT = 3;

  /**
   * One line of a diff.
   *
   * @param kind {@code same}, {@code added}, {@code removed} or {@code fold} (unchanged lines left
   *     out; text says how many)
   * @param oldNumber its 1-based number in the old version, 0 when it is not there
   * @param newNumber its 1-based number in the new version, 0 when it is not there
   */
  public record Line(String kind, int oldNumber, int newNumber, String text) {}

  public CodeDiff {
    lines = List.copyOf(lines);
  }

  /** The diff from {@code before} to {@code after}. */
  public static CodeDiff between(String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Line> all = new ArrayList<>();
    int i = 0;
    int j = 0;
    int added = 0;
    int removed = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int sourceAt = delta.getSource().getPosition();
      while (i < sourceAt) {
        all.add(new Line("same", i + 1, j + 1, a.get(i)));
        i++;
        j++;
      }
      for (String line : delta.getSource().getLines()) {
        all.add(new Line("removed", i + 1, 0, line));
        i++;
        removed++;
      }
      for (String line : delta.getTarget().getLines()) {
        all.add(new Line("added", 0, j + 1, line));
        j++;
        added++;
      }
    }
    while (i < a.size()) {
      all.add(new Line("same", i + 1, j + 1, a.get(i)));
      i++;
      j++;
    }
    return new CodeDiff(fold(all), added, removed);
  }

  /** Replace unchanged stretches farther than {@link #CONTEXT} lines from a change by one line. */
  private static List<Line> fold(List<Line> all) {
    boolean[] keep = new boolean[all.size()];
    for (int k = 0; k < all.size(); k++) {
      if (!all.get(k).kind().equals("same")) {
        for (int d = Math.max(0, k - CONTEXT); d <= Math.min(all.size() - 1, k + CONTEXT); d++) {
          keep[d] = true;
        }
      }
    }
    List<Line> out = new ArrayList<>();
    int k = 0;
    while (k < all.size()) {
      if (keep[k]) {
        out.add(all.get(k));
        k++;
        continue;
      }
      int start = k;
      while (k < all.size() && !keep[k]) {
        k++;
      }
      int count = k - start;
      if (count <= 2) {
        out.addAll(all.subList(start, k));
      } else {
        out.add(new Line("fold", 0, 0, count + " unchanged lines"));
      }
    }
    return out;
  }
}
