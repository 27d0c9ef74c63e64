"""Weighted interval scheduling: sort by end, DP over prefixes, binary search for the last fit.

best[i] is the best total using only the first i jobs in end order. Job i either is skipped
(best[i]) or runs after the last job that ends by its start (found by bisect on the sorted
ends). O(n log n) time, O(n) memory.
"""
from bisect import bisect_right


def max_batch_profit(starts: list[int], ends: list[int], profits: list[int]) -> int:
    jobs = sorted(zip(ends, starts, profits))
    sorted_ends = [end for end, _, _ in jobs]
    best = [0] * (len(jobs) + 1)
    for i, (_, start, profit) in enumerate(jobs):
        fits = bisect_right(sorted_ends, start, 0, i)  # jobs ending at or before `start`
        best[i + 1] = max(best[i], best[fits] + profit)
    return best[-1]
