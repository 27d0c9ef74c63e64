"""Brute force: keep every hit forever and scan them all on each query: O(hits) per query."""


class HitCounter:
    def __init__(self, window: int) -> None:
        self.window = window
        self.hits: list[int] = []

    def record(self, timestamps: list[int]) -> None:
        self.hits.extend(timestamps)

    def count(self, now: int) -> int:
        return sum(1 for t in self.hits if now - self.window < t <= now)
