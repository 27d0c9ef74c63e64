def overlaps(first: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    """Return the non-empty intersections [start, end) of the shifts of first with those of second,
    sorted by start. Each list is sorted by start and its shifts do not overlap."""
    raise NotImplementedError
