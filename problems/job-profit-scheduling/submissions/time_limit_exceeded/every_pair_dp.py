"""Brute force: the same DP, but each job scans every earlier job for the best compatible one.

O(n^2). (Shipped in Python: see notes.md; a Java loop of 5 * 10^8 comparisons took 1.1-1.6 s
at the size the test files allow, too close to the limit to be a robust TLE.)
"""


def max_batch_profit(starts: list[int], ends: list[int], profits: list[int]) -> int:
    jobs = sorted(zip(ends, starts, profits))
    best_ending = []  # best total of a schedule whose last job is job i
    for i, (_, start, profit) in enumerate(jobs):
        best_before = 0
        for j in range(i):
            if jobs[j][0] <= start and best_ending[j] > best_before:
                best_before = best_ending[j]
        best_ending.append(best_before + profit)
    return max(best_ending, default=0)
