"""Wrong: for each right end counts only the longest run with exactly k tenants, not every start
that still has k (runs that drop a repeated tenant from the front are missed)."""


def count_runs_with_k_tenants(tenants: list[int], k: int) -> int:
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
        if len(counts) == k:
            runs += 1
    return runs
