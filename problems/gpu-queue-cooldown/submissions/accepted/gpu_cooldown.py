"""Fewest slots for a cooldown queue, by counting: O(n) time, O(kinds) space."""

from collections import Counter


def min_slots(kinds: list[str], cooldown: int) -> int:
    if not kinds:
        return 0
    counts = Counter(kinds)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    # The most frequent kind fixes a skeleton of (top - 1) frames of (cooldown + 1) slots plus a
    # last frame holding every kind tied at the top; other jobs fill the gaps, or, when there are
    # more of them than gaps, no slot is idle at all.
    return max(len(kinds), (top - 1) * (cooldown + 1) + tied)
