"""Wrong: bisect_right lets an equal score extend a chain, so it measures the longest
non-decreasing chain (a plateau counts as progress)."""
from bisect import bisect_right


def longest_improving_chain(scores: list[int]) -> int:
    tails: list[int] = []
    for score in scores:
        j = bisect_right(tails, score)
        if j == len(tails):
            tails.append(score)
        else:
            tails[j] = score
    return len(tails)
