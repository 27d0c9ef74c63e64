"""Wrong: two heaps with lazy deletion, but a leaving latency equal to the top of the lower half is
booked against the upper half (`<` where `<=` belongs). When that value has no copy in the upper
half, the live sizes drift from the heaps' contents and the median shifts."""

from collections import Counter
from heapq import heappop, heappush


class _Halves:
    def __init__(self) -> None:
        self.low: list[int] = []  # negated: a max-heap of the lower half
        self.high: list[int] = []  # a min-heap of the upper half
        self.low_size = 0  # live entries in each half
        self.high_size = 0
        self.stale: Counter[int] = Counter()  # value -> copies left the window, not yet popped

    def add(self, value: int) -> None:
        if self.low_size == 0 or value <= -self.low[0]:
            heappush(self.low, -value)
            self.low_size += 1
        else:
            heappush(self.high, value)
            self.high_size += 1
        self._rebalance()

    def remove(self, value: int) -> None:
        self.stale[value] += 1
        if value < -self.low[0]:
            self.low_size -= 1
            self._prune_low()
        else:
            self.high_size -= 1
            self._prune_high()
        self._rebalance()

    def median(self) -> float:
        if self.low_size > self.high_size:
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2  # Python ints do not overflow

    def _rebalance(self) -> None:
        # invariant: low_size == high_size or low_size == high_size + 1
        if self.low_size > self.high_size + 1:
            heappush(self.high, -heappop(self.low))
            self.low_size -= 1
            self.high_size += 1
            self._prune_low()
        elif self.low_size < self.high_size:
            heappush(self.low, -heappop(self.high))
            self.high_size -= 1
            self.low_size += 1
            self._prune_high()

    def _prune_low(self) -> None:
        while self.low and self.stale[-self.low[0]]:
            self.stale[-heappop(self.low)] -= 1

    def _prune_high(self) -> None:
        while self.high and self.stale[self.high[0]]:
            self.stale[heappop(self.high)] -= 1


def rolling_median(latencies: list[int], k: int) -> list[float]:
    halves = _Halves()
    medians: list[float] = []
    for i, latency in enumerate(latencies):
        halves.add(latency)
        if i >= k:
            halves.remove(latencies[i - k])
        if i >= k - 1:
            medians.append(halves.median())
    return medians
