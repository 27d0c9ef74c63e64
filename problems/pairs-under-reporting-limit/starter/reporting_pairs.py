def count_pairs_within(amounts: list[int], limit: int) -> int:
    """Return the number of pairs i < j with amounts[i] + amounts[j] <= limit."""
    raise NotImplementedError
