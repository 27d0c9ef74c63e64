def kth_smallest_gap(times: list[int], k: int) -> int:
    """Return the k-th smallest (1-based) of the pairwise gaps |times[i] - times[j]|, i < j."""
    raise NotImplementedError
