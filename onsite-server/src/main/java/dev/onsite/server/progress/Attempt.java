package dev.onsite.server.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One try at one practice item, whatever its kind: a submission to a problem or workspace, a
 * submitted code review, a graded design answer, a flashcard review. Progress, the study plan and
 * the export read these and nothing kind-specific.
 *
 * @param kind what was tried: {@code problem}, {@code item} (a submission to a practice item that
 *     is not a problem package: a workspace, for one), {@code review}, {@code design}, {@code card}
 * @param itemId the item's id (a package id, a prompt id, a card id)
 * @param round the round type it trains, or null when the log cannot tell (progress then asks the
 *     practice shelves)
 * @param areas what else it trains, as {@code pattern:ID}, {@code topic:TAG} or {@code deck:ID}
 * @param at when it was handed in
 * @param graded whether it counts as an attempt (a run of the visible tests only does not: it still
 *     marks when work on the item began)
 * @param passed whether it succeeded: accepted, a passed review, a design answer scoring at least
 *     {@link #DESIGN_PASS}, a card recalled
 * @param score 0..100, or null when the kind has none
 */
public record Attempt(
    String kind,
    String itemId,
    String round,
    List<String> areas,
    Instant at,
    boolean graded,
    boolean passed,
    Double score) {

  /** The rubric share a design answer needs to count as passed. */
  public static final int DESIGN_PASS = 70;

  public Attempt {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(at, "at");
    areas = areas == null ? List.of() : List.copyOf(areas);
  }

  /** The same attempt with its round and areas filled in from the item's description. */
  Attempt describedAs(String round, List<String> areas) {
    return new Attempt(kind, itemId, round, areas, at, graded, passed, score);
  }
}
