class HitCounter:
    """Count the hits of the last `window` seconds."""

    def __init__(self, window: int) -> None:
        raise NotImplementedError

    def record(self, timestamps: list[int]) -> None:
        """Add one hit at each time of a non-decreasing batch."""
        raise NotImplementedError

    def count(self, now: int) -> int:
        """Return the number of hits at times t with now - window < t <= now."""
        raise NotImplementedError
