def running_medians(latencies: list[int]) -> list[int]:
    """Return the lower median of each prefix of the latency stream."""
    raise NotImplementedError
