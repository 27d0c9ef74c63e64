"""Wrong: keeps a hit that is exactly `window` seconds old (expires with < instead of <=)."""

from collections import deque


class HitCounter:
    def __init__(self, window: int) -> None:
        self.window = window
        self.hits: deque[int] = deque()

    def record(self, timestamps: list[int]) -> None:
        self.hits.extend(timestamps)

    def count(self, now: int) -> int:
        while self.hits and self.hits[0] < now - self.window:
            self.hits.popleft()
        return len(self.hits)
