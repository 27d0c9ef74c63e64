def first_viable_start(grant: list[int], spend: list[int]) -> int:
    """Return the smallest worker index at which the batch can enter and get around, or -1."""
    raise NotImplementedError
