def fewest_cancellations(jobs: list[list[int]]) -> int:
    """Return the fewest jobs to cancel so that no two of the remaining jobs overlap. Each job is
    [start, end], in epoch milliseconds, and runs over the half-open span [start, end)."""
    raise NotImplementedError
