def count_routes(grid: list[str]) -> int:
    """Return the number of right/down routes through working cells, modulo 1_000_000_007."""
    raise NotImplementedError
