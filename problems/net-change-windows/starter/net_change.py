def count_periods(changes: list[int], target: int) -> int:
    """Return how many runs of consecutive minutes have changes summing to exactly target."""
    raise NotImplementedError
