"""Longest strictly increasing subsequence by patience sorting, O(n log n)."""
from bisect import bisect_left


def longest_forward_chain(builds: list[int]) -> int:
    # tails[k] = the smallest last build of any increasing chain of length k + 1 seen so far
    tails: list[int] = []
    for build in builds:
        k = bisect_left(tails, build)  # left: an equal build cannot extend a chain
        if k == len(tails):
            tails.append(build)
        else:
            tails[k] = build
    return len(tails)
