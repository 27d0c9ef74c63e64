def count_readings(digits: str, max_id: int) -> int:
    """Return the number of ways to split digits into ids 1..max_id (no leading zeros), mod 10^9 + 7."""
    raise NotImplementedError
