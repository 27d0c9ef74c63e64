from collections import deque


class HitCounter:
    """A queue of [second, hits] pairs, one per distinct second still in the window, plus the
    running total. Each second enters and leaves the queue once: amortised O(1) per hit and per
    query; memory O(distinct seconds in the window)."""

    def __init__(self, window: int) -> None:
        self.window = window
        self.seconds: deque[list[int]] = deque()
        self.total = 0

    def record(self, timestamps: list[int]) -> None:
        for t in timestamps:
            if self.seconds and self.seconds[-1][0] == t:
                self.seconds[-1][1] += 1
            else:
                self.seconds.append([t, 1])
            self.total += 1
        if timestamps:
            self._expire(timestamps[-1])

    def count(self, now: int) -> int:
        self._expire(now)
        return self.total

    def _expire(self, now: int) -> None:
        """Drop the seconds at or before now - window."""
        while self.seconds and self.seconds[0][0] <= now - self.window:
            self.total -= self.seconds.popleft()[1]
