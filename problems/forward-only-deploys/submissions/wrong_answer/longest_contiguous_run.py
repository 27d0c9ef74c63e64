"""Wrong: the longest contiguous increasing run, not a subsequence."""


def longest_forward_chain(builds: list[int]) -> int:
    best = run = 0
    for i, build in enumerate(builds):
        run = run + 1 if i > 0 and build > builds[i - 1] else 1
        best = max(best, run)
    return best
