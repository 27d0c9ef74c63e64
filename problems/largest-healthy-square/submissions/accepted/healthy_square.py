"""Dynamic programming over the grid: side[r][c] is the largest healthy square whose bottom-right
corner is (r, c), 1 + the minimum of its top, left and top-left neighbours. O(rows * cols) time,
one row of memory."""


def largest_healthy_square(grid: list[str]) -> int:
    cols = len(grid[0]) if grid else 0
    previous = [0] * (cols + 1)  # previous[c + 1]: side ending at (r - 1, c); previous[0] is a wall
    best = 0
    for row in grid:
        current = [0] * (cols + 1)
        for c, rack in enumerate(row):
            if rack == ".":
                side = 1 + min(previous[c], previous[c + 1], current[c])
                current[c + 1] = side
                if side > best:
                    best = side
        previous = current
    return best
