def rolling_peak(loads: list[int], k: int) -> list[int]:
    """Return the maximum of every window of k consecutive samples, in window order."""
    raise NotImplementedError
