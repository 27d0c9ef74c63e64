"""Wrong: greedy by start time. A long job that starts first is kept and crowds out the short
jobs inside it."""


def fewest_cancellations(jobs: list[list[int]]) -> int:
    kept = 0
    free_at = None
    for start, end in sorted(jobs):
        if free_at is None or start >= free_at:
            kept += 1
            free_at = end
    return len(jobs) - kept
