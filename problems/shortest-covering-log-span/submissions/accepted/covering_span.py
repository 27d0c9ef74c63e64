from collections import Counter


def shortest_covering_span(lines: list[int], required: list[int]) -> list[int]:
    """Sliding window with a count of what is still missing. Grow the right edge until nothing
    is missing, then shrink from the left while that stays true; every window that covers
    `required` and cannot lose its first line is a candidate. Each line enters and leaves the
    window once: O(n + m) time, O(m) space."""
    need = Counter(required)
    missing = len(required)
    best: list[int] = []
    left = 0
    for right, kind in enumerate(lines):
        if need.get(kind, 0) > 0:
            missing -= 1
        if kind in need:
            need[kind] -= 1
        while missing == 0:
            if not best or right - left < best[1] - best[0]:
                best = [left, right]
            first = lines[left]
            if first in need:
                need[first] += 1
                if need[first] > 0:
                    missing += 1
            left += 1
    return best
