def incidents_after_each_failure(rows: int, cols: int, failures: list[list[int]]) -> list[int]:
    """Return the number of groups of failing racks after each failure event."""
    raise NotImplementedError
