"""Wrong: counts runs with at most k tenants, forgetting to subtract those with at most k - 1."""


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
        runs += right - left + 1
    return runs
