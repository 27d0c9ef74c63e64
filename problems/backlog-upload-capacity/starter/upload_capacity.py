def min_daily_capacity(sizes: list[int], days: int) -> int:
    """Return the smallest daily quota that moves every shard, in order, within days days."""
    raise NotImplementedError
