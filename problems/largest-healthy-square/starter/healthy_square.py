def largest_healthy_square(grid: list[str]) -> int:
    """Return the side of the largest square block of '.' cells in grid, 0 if there is none."""
    raise NotImplementedError
