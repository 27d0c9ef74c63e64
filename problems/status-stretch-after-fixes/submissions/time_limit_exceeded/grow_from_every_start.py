"""Brute force: grow a window from every start until it needs more than k fixes: O(n * window)."""


def longest_stretch(statuses: str, k: int) -> int:
    best = 0
    for left in range(len(statuses)):
        counts = [0] * 26
        top = 0
        for right in range(left, len(statuses)):
            c = ord(statuses[right]) - 65
            counts[c] += 1
            top = max(top, counts[c])
            if right - left + 1 - top > k:
                break
            best = max(best, right - left + 1)
    return best
