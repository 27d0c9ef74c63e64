"""Brute force: by end time, the most jobs a schedule ending with job i can keep is one more than
the best over every earlier job that ends by job i's start: O(n^2)."""


def fewest_cancellations(jobs: list[list[int]]) -> int:
    by_end = sorted(jobs, key=lambda job: job[1])
    best = [0] * len(by_end)
    for i, (start, _) in enumerate(by_end):
        before = 0
        for j in range(i):
            if by_end[j][1] <= start and best[j] > before:
                before = best[j]
        best[i] = before + 1
    return len(jobs) - max(best, default=0)
