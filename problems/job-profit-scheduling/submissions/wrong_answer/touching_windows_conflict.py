"""Wrong: treats jobs that only touch (one ends when the next starts) as overlapping."""
from bisect import bisect_left


def max_batch_profit(starts: list[int], ends: list[int], profits: list[int]) -> int:
    jobs = sorted(zip(ends, starts, profits))
    sorted_ends = [end for end, _, _ in jobs]
    best = [0] * (len(jobs) + 1)
    for i, (_, start, profit) in enumerate(jobs):
        fits = bisect_left(sorted_ends, start, 0, i)  # only jobs ending strictly before start
        best[i + 1] = max(best[i], best[fits] + profit)
    return best[-1]
