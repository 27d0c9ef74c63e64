from collections import Counter


def first_unique_event(events: list[int]) -> int:
    """Two passes: count every id, then return the first position whose count is 1. O(n)."""
    counts = Counter(events)
    for i, event in enumerate(events):
        if counts[event] == 1:
            return i
    return -1
