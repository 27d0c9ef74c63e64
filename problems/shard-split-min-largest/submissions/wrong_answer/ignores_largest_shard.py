"""Wrong: the feasibility check never asks whether a single shard exceeds the capacity, and the
search starts from the average instead of max(largest shard, average). A shard larger than the
capacity then "fits" as a group of its own, and the answer can come out below the largest shard."""


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
    lo = -(-whole // groups)
    hi = whole
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(sizes, groups, mid):
            hi = mid  # feasible: the answer is mid or smaller
        else:
            lo = mid + 1
    return lo  # at most `groups` runs can always be split further into exactly `groups`
