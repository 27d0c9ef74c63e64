"""Wrong: seeds the entry with one route without looking at it, so a failed entry switch still
lets routes start (the rest of the grid is handled correctly)."""

MOD = 1_000_000_007


def count_routes(grid: list[str]) -> int:
    columns = len(grid[0])
    routes = [0] * columns
    routes[0] = 1
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell == "#" and (r, c) != (0, 0):
                routes[c] = 0
            elif c > 0:
                routes[c] = (routes[c] + routes[c - 1]) % MOD
    return routes[-1]
