package dev.onsite.server.mockloop;

import dev.onsite.catalog.design.RubricPoint;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What one round of a mock loop produced, before it is rated. */
public sealed interface Outcome {

  /**
   * A code round graded by the judge: the best submission inside the round's window.
   *
   * @param verdict the best verdict (AC over any other, then the highest score), or null when
   *     nothing was judged inside the window
   * @param score 0..100 of that submission, 0 when there is none
   * @param usedSeconds from the round's start to its first accepted submission, or to its end
   * @param allowedSeconds the round's length
   */
  record Judged(String verdict, double score, long usedSeconds, long allowedSeconds)
      implements Outcome {
    public Judged {
      if (score < 0 || score > 100) {
        throw new IllegalArgumentException("score must be 0..100, was " + score);
      }
      if (allowedSeconds <= 0 || usedSeconds < 0) {
        throw new IllegalArgumentException(
            "allowedSeconds must be > 0 and usedSeconds >= 0, were "
                + allowedSeconds
                + " and "
                + usedSeconds);
      }
    }

    public boolean accepted() {
      return "AC".equals(verdict);
    }
  }

  /**
   * A spoken round the person graded against its rubric.
   *
   * @param rubric the points, weight 3 for a must
   * @param met the ids of the points the person says they showed
   */
  record SelfRated(List<RubricPoint> rubric, Set<String> met) implements Outcome {
    public SelfRated {
      rubric = List.copyOf(rubric);
      met = Set.copyOf(met);
      if (rubric.isEmpty()) {
        throw new IllegalArgumentException("a self-rated round needs at least one rubric point");
      }
    }

    /** The share of the rubric's weight that was met, 0..1. */
    public double share() {
      int total = rubric.stream().mapToInt(RubricPoint::weight).sum();
      int got =
          rubric.stream().filter(p -> met.contains(p.id())).mapToInt(RubricPoint::weight).sum();
      return (double) got / total;
    }

    /** The points not met, musts first. */
    public List<RubricPoint> missed() {
      return rubric.stream()
          .filter(p -> !met.contains(p.id()))
          .sorted(java.util.Comparator.comparingInt(RubricPoint::weight).reversed())
          .toList();
    }
  }

  /** A round the mock does not score, with the reason (a recruiter screen, nothing to practise). */
  record Skipped(String reason) implements Outcome {
    public Skipped {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A scored round without a result: not run yet, running, or left unrated after its window.
   *
   * @param lapsed whether its time is over, so that it will stay without a result
   */
  record Missing(String reason, boolean lapsed) implements Outcome {
    public Missing {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
