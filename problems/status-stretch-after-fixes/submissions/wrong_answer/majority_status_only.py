"""Wrong: only tries to turn windows into the log's most frequent status overall, but the best
stretch can be of a status that is rare in the log as a whole."""

from collections import Counter


def longest_stretch(statuses: str, k: int) -> int:
    if not statuses:
        return 0
    target = Counter(statuses).most_common(1)[0][0]
    best = 0
    left = 0
    others = 0
    for right, status in enumerate(statuses):
        others += status != target
        while others > k:
            others -= statuses[left] != target
            left += 1
        best = max(best, right - left + 1)
    return best
