"""Wrong: bisect_right lets a re-deploy of the same build extend a chain (non-decreasing)."""
from bisect import bisect_right


def longest_forward_chain(builds: list[int]) -> int:
    tails: list[int] = []
    for build in builds:
        k = bisect_right(tails, build)
        if k == len(tails):
            tails.append(build)
        else:
            tails[k] = build
    return len(tails)
