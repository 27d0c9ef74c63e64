def flag_sets(costs: list[int], budget: int) -> list[list[int]]:
    """Every distinct ascending combination of costs (each flag at most once) that sums to budget, in lexicographic order."""
    raise NotImplementedError
