"""Routes to each cell = routes to the cell above + routes to the cell on the left, row by row,
modulo 10^9 + 7: O(rows * columns) time, O(columns) space."""

MOD = 1_000_000_007


def count_routes(grid: list[str]) -> int:
    columns = len(grid[0])
    routes = [0] * columns  # routes[c]: routes to (current row, c); before row 0, nothing
    routes[0] = 1  # one way to stand on the entry, if it works
    for row in grid:
        for c, cell in enumerate(row):
            if cell == "#":
                routes[c] = 0
            elif c > 0:
                routes[c] = (routes[c] + routes[c - 1]) % MOD  # from above + from the left
    return routes[-1]
