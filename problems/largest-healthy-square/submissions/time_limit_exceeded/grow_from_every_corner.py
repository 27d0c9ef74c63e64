"""Brute force: from every rack, grow a square while its new row and column are healthy: O(rows * cols * side^2)."""


def largest_healthy_square(grid: list[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    best = 0
    for r in range(rows):
        for c in range(cols):
            side = 0
            while (r + side < rows and c + side < cols
                   and all(grid[r + side][c + i] == "." and grid[r + i][c + side] == "." for i in range(side + 1))):
                side += 1
            best = max(best, side)
    return best
