from collections import defaultdict


def count_periods(changes: list[int], target: int) -> int:
    """Prefix sums with a count of each prefix seen so far: a period (i, j] sums to target exactly
    when prefix[i] == prefix[j] - target. One pass, O(n) time and space."""
    seen: defaultdict[int, int] = defaultdict(int)
    seen[0] = 1  # the empty prefix: periods that start at minute 0
    prefix = 0
    count = 0
    for change in changes:
        prefix += change
        count += seen[prefix - target]
        seen[prefix] += 1
    return count
