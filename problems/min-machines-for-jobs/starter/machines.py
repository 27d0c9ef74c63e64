def min_machines(starts: list[int], durations: list[int]) -> int:
    """Return the fewest machines that run every job [starts[i], starts[i] + durations[i])."""
    raise NotImplementedError


def assign_machines(starts: list[int], durations: list[int]) -> list[int]:
    """Return the machine number of every job under the lowest-free-machine rule."""
    raise NotImplementedError
