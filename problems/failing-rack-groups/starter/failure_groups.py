def count_failure_groups(floor: list[str]) -> int:
    """Return the number of 4-connected groups of '#' on the floor map."""
    raise NotImplementedError
