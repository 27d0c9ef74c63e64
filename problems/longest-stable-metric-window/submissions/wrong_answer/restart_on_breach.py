"""Wrong: when the spread breaks the tolerance, starts a fresh window at the new reading instead of
shrinking from the left, so a stable stretch that overlaps the old window is cut short."""


def longest_stable_window(readings: list[int], tolerance: int) -> int:
    best = 0
    start = 0
    high = low = None
    for i, value in enumerate(readings):
        if high is None:
            high = low = value
        high, low = max(high, value), min(low, value)
        if high - low > tolerance:
            start, high, low = i, value, value
        best = max(best, i - start + 1)
    return best
