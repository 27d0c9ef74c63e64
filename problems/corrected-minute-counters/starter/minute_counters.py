class MinuteCounters:
    def __init__(self, counts: list[int]) -> None:
        """Start the counters of minutes 0..len(counts)-1 with the given counts."""
        raise NotImplementedError

    def correct(self, minute: int, count: int) -> None:
        """Replace the count of a minute; raise if the minute is out of range."""
        raise NotImplementedError

    def total(self, first: int, last: int) -> int:
        """Return the sum of the counts of minutes first..last, both included; raise on a bad range."""
        raise NotImplementedError
