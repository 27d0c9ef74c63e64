"""Wrong: drops old hits only when new ones arrive, so a query after a silence counts stale hits."""

from collections import deque


class HitCounter:
    def __init__(self, window: int) -> None:
        self.window = window
        self.hits: deque[int] = deque()

    def record(self, timestamps: list[int]) -> None:
        self.hits.extend(timestamps)
        if timestamps:
            while self.hits and self.hits[0] <= timestamps[-1] - self.window:
                self.hits.popleft()

    def count(self, now: int) -> int:
        return len(self.hits)
