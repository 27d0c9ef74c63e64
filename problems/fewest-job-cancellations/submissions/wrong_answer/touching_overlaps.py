"""Wrong: treats the jobs as closed spans, so a job that starts at the very millisecond the last
kept one ends is cancelled too."""


def fewest_cancellations(jobs: list[list[int]]) -> int:
    kept = 0
    free_at = None
    for start, end in sorted(jobs, key=lambda job: job[1]):
        if free_at is None or start > free_at:
            kept += 1
            free_at = end
    return len(jobs) - kept
