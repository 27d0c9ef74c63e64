def longest_stable_window(readings: list[int], tolerance: int) -> int:
    """Return the length of the longest run of readings whose max - min is at most tolerance."""
    raise NotImplementedError
