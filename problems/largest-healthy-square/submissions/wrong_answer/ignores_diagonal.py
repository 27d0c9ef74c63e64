"""Wrong: extends a square from its top and left neighbours only; without the top-left neighbour a
failed rack on the diagonal inside the block goes unnoticed."""


def largest_healthy_square(grid: list[str]) -> int:
    cols = len(grid[0]) if grid else 0
    previous = [0] * (cols + 1)
    best = 0
    for row in grid:
        current = [0] * (cols + 1)
        for c, rack in enumerate(row):
            if rack == ".":
                current[c + 1] = 1 + min(previous[c + 1], current[c])
                best = max(best, current[c + 1])
        previous = current
    return best
