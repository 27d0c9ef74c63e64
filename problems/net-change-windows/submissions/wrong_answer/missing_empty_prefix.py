"""Wrong: never counts the empty prefix, so every period that starts at minute 0 is missed."""
from collections import defaultdict


def count_periods(changes: list[int], target: int) -> int:
    seen: defaultdict[int, int] = defaultdict(int)
    prefix = 0
    count = 0
    for change in changes:
        prefix += change
        count += seen[prefix - target]
        seen[prefix] += 1
    return count
