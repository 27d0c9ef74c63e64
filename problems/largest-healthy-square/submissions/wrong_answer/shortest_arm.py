"""Wrong: takes, at every rack, the shorter of its healthy runs to the right and downwards as the
side of a square, without checking the inside of the square."""


def largest_healthy_square(grid: list[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    right = [[0] * (cols + 1) for _ in range(rows + 1)]
    down = [[0] * (cols + 1) for _ in range(rows + 1)]
    best = 0
    for r in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            if grid[r][c] == ".":
                right[r][c] = 1 + right[r][c + 1]
                down[r][c] = 1 + down[r + 1][c]
                best = max(best, min(right[r][c], down[r][c]))
    return best
