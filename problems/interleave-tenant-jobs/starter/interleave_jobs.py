def interleave_jobs(tenants: list[str]) -> list[int]:
    """Return the job numbers in the dispatcher's order (no tenant twice in a row, most jobs left
    first, ties to the earliest remaining job), or [] when no such order exists."""
    raise NotImplementedError
