"""Wrong: rescans the floor and updates nodes in place, so a node updated early in a scan forwards
the config again in the same round: a row can be updated in one round instead of one per node."""


def propagation_rounds(grid: list[str]) -> int:
    floor = [list(row) for row in grid]
    rows = len(floor)
    cols = len(floor[0]) if rows else 0
    rounds = 0
    while True:
        changed = False
        waiting = False
        for r in range(rows):
            for c in range(cols):
                if floor[r][c] != "H":
                    continue
                if any(0 <= nr < rows and 0 <= nc < cols and floor[nr][nc] == "S"
                       for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))):
                    floor[r][c] = "S"
                    changed = True
                else:
                    waiting = True
        if not changed:
            return -1 if waiting else rounds
        rounds += 1
