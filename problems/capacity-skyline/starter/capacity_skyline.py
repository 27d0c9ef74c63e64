def capacity_outline(reservations: list[list[int]]) -> list[list[int]]:
    """Return the [time, floor] change points of the largest active capacity, in increasing time."""
    raise NotImplementedError
