"""Wrong: a correction adds the new count on top of the old one instead of replacing it."""


class MinuteCounters:
    def __init__(self, counts: list[int]) -> None:
        self._counts = list(counts)
        n = len(counts)
        self._tree = [0] + self._counts
        for i in range(1, n + 1):
            parent = i + (i & -i)
            if parent <= n:
                self._tree[parent] += self._tree[i]

    def correct(self, minute: int, count: int) -> None:
        self._check(minute)
        delta = count  # the old count stays in the tree
        self._counts[minute] = count
        i = minute + 1
        while i < len(self._tree):
            self._tree[i] += delta
            i += i & -i

    def total(self, first: int, last: int) -> int:
        self._check(first)
        self._check(last)
        if first > last:
            raise ValueError(f"first {first} is after last {last}")
        return self._prefix(last + 1) - self._prefix(first)

    def _prefix(self, end: int) -> int:
        """Sum of the counts of minutes 0..end-1."""
        total = 0
        while end > 0:
            total += self._tree[end]
            end -= end & -end
        return total

    def _check(self, minute: int) -> None:
        if not 0 <= minute < len(self._counts):
            raise IndexError(f"minute {minute} is outside 0..{len(self._counts) - 1}")
