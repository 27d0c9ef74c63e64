def rolling_median(latencies: list[int], k: int) -> list[float]:
    """Return the median of every window of k consecutive latencies, in window order. The median
    of an even window is the mean of its two middle values."""
    raise NotImplementedError
