def max_batch_profit(starts: list[int], ends: list[int], profits: list[int]) -> int:
    """Return the largest total profit of jobs whose windows [start, end) do not overlap."""
    raise NotImplementedError
