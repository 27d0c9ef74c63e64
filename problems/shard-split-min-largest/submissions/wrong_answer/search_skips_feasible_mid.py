"""Wrong: a binary search that moves past a feasible mid (hi = mid - 1) and then returns lo; when
mid was the answer, the search ends on a value just below it."""


def fits(sizes: list[int], groups: int, cap: int) -> bool:
    """Can the shards be cut into at most `groups` runs of total <= cap? Greedy: extend each run
    while it fits, since closing a run early never helps the runs after it."""
    runs, total = 1, 0
    for size in sizes:
        if total + size > cap:
            runs, total = runs + 1, size
            if runs > groups:
                return False
        else:
            total += size
    return True


def min_largest_group(sizes: list[int], groups: int) -> int:
    largest, whole = max(sizes), sum(sizes)
    # The answer is at least the largest shard and the average, and greedy filling with a
    # capacity of average + largest always fits: a narrow range to search.
    lo = max(largest, -(-whole // groups))
    hi = min(whole, lo + largest)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(sizes, groups, mid):
            hi = mid - 1
        else:
            lo = mid + 1
    return lo  # at most `groups` runs can always be split further into exactly `groups`
