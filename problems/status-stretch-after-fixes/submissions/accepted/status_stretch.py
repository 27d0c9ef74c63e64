"""Sliding window with letter counts: a window is fixable when its length minus its most frequent
letter's count is at most k. O(n) time, O(26) space."""

from collections import Counter


def longest_stretch(statuses: str, k: int) -> int:
    counts: Counter[str] = Counter()
    best = 0
    top = 0  # the largest count seen in any window; the window only grows when it rises
    left = 0
    for right, status in enumerate(statuses):
        counts[status] += 1
        top = max(top, counts[status])
        if right - left + 1 - top > k:
            counts[statuses[left]] -= 1  # slide: the length stays at best
            left += 1
        best = max(best, right - left + 1)
    return best
