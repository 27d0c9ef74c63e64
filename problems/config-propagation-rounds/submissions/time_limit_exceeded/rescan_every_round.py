"""Brute force: simulate round by round, rescanning the whole floor each round: O(rounds * rows * cols)."""


def propagation_rounds(grid: list[str]) -> int:
    floor = [list(row) for row in grid]
    rows = len(floor)
    cols = len(floor[0]) if rows else 0
    rounds = 0
    while True:
        reached = []
        waiting = False
        for r in range(rows):
            for c in range(cols):
                if floor[r][c] != "H":
                    continue
                if any(0 <= nr < rows and 0 <= nc < cols and floor[nr][nc] == "S"
                       for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))):
                    reached.append((r, c))
                else:
                    waiting = True
        if not reached:
            return -1 if waiting else rounds
        for r, c in reached:
            floor[r][c] = "S"
        rounds += 1
