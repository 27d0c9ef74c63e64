"""A Fenwick (binary indexed) tree over the minutes.

tree[i] holds the sum of the counts of minutes (i - lowbit(i), i], 1-based. A correction adds the
difference to O(log n) nodes; a total is the difference of two prefix sums, each O(log n). The
tree is built in O(n) by pushing each node into its parent.
"""


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
        delta = count - self._counts[minute]
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
