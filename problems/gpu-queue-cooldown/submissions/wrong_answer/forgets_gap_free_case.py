"""Wrong: uses only the skeleton of the most frequent kind; with many kinds the jobs overflow it."""

from collections import Counter


def min_slots(kinds: list[str], cooldown: int) -> int:
    if not kinds:
        return 0
    counts = Counter(kinds)
    top = max(counts.values())
    tied = sum(1 for c in counts.values() if c == top)
    return (top - 1) * (cooldown + 1) + tied
