"""Earliest finish first: keep every job that starts once the last kept one has ended.
O(n log n) for the sort, one pass after it."""


def fewest_cancellations(jobs: list[list[int]]) -> int:
    kept = 0
    free_at = None  # end of the last job kept
    for start, end in sorted(jobs, key=lambda job: job[1]):
        if free_at is None or start >= free_at:  # half-open: touching is not overlapping
            kept += 1
            free_at = end
    return len(jobs) - kept
