"""Patience sorting: tails[j] is the smallest score that ends an improving chain of length j + 1.

Each score replaces the first tail that is not smaller than it (bisect_left keeps equal scores from
extending a chain), or extends the longest chain. O(n log n) time, O(n) space.
"""
from bisect import bisect_left


def longest_improving_chain(scores: list[int]) -> int:
    tails: list[int] = []
    for score in scores:
        j = bisect_left(tails, score)
        if j == len(tails):
            tails.append(score)
        else:
            tails[j] = score
    return len(tails)
