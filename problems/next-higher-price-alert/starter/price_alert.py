def days_until_higher(prices: list[int]) -> list[int]:
    """For each day, the days until a strictly higher price (0 if it never comes)."""
    raise NotImplementedError
