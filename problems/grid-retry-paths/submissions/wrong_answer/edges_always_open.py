"""Wrong: fills the first row and the first column with 1 before the main loop, as if the edge
cells could always be reached straight along the edge; a failed cell on the edge cuts off the
cells after it, which still get 1 here."""

MOD = 1_000_000_007


def count_routes(grid: list[str]) -> int:
    rows, columns = len(grid), len(grid[0])
    if grid[0][0] == "#" or grid[-1][-1] == "#":
        return 0
    routes = [[0] * columns for _ in range(rows)]
    for c in range(columns):
        routes[0][c] = 1 if grid[0][c] == "." else 0
    for r in range(rows):
        routes[r][0] = 1 if grid[r][0] == "." else 0
    for r in range(1, rows):
        for c in range(1, columns):
            if grid[r][c] == ".":
                routes[r][c] = (routes[r - 1][c] + routes[r][c - 1]) % MOD
    return routes[-1][-1]
