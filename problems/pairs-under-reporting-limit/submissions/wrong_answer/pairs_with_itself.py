"""Wrong: counts, for each transfer, the amounts it fits with by binary search, but includes the
transfer itself when it fits with itself, and halves a total that double-counts unevenly."""
from bisect import bisect_right


def count_pairs_within(amounts: list[int], limit: int) -> int:
    ordered = sorted(amounts)
    total = sum(bisect_right(ordered, limit - a) for a in ordered)
    return total // 2
