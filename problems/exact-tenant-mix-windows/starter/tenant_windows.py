def count_runs_with_k_tenants(tenants: list[int], k: int) -> int:
    """Return how many runs of consecutive requests contain exactly k distinct tenants."""
    raise NotImplementedError
