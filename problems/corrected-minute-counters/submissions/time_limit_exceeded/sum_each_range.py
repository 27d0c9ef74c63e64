"""Brute force: a plain list; each total sums its range. O(1) per correction, O(n) per total."""


class MinuteCounters:
    def __init__(self, counts: list[int]) -> None:
        self._counts = list(counts)

    def correct(self, minute: int, count: int) -> None:
        self._check(minute)
        self._counts[minute] = count

    def total(self, first: int, last: int) -> int:
        self._check(first)
        self._check(last)
        if first > last:
            raise ValueError(f"first {first} is after last {last}")
        return sum(self._counts[first:last + 1])

    def _check(self, minute: int) -> None:
        if not 0 <= minute < len(self._counts):
            raise IndexError(f"minute {minute} is outside 0..{len(self._counts) - 1}")
