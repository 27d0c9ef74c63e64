def _runs_with_at_most(tenants: list[int], k: int) -> int:
    """Runs with at most k distinct tenants: for each right end, every start from the smallest
    valid left edge up to the right end works. Sliding window, O(n)."""
    if k <= 0:
        return 0
    counts: dict[int, int] = {}
    left = 0
    runs = 0
    for right, tenant in enumerate(tenants):
        counts[tenant] = counts.get(tenant, 0) + 1
        while len(counts) > k:
            first = tenants[left]
            counts[first] -= 1
            if counts[first] == 0:
                del counts[first]
            left += 1
        runs += right - left + 1
    return runs


def count_runs_with_k_tenants(tenants: list[int], k: int) -> int:
    """Exactly k distinct = at most k minus at most k - 1: two sliding windows, O(n)."""
    return _runs_with_at_most(tenants, k) - _runs_with_at_most(tenants, k - 1)
