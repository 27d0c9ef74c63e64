"""Multi-source breadth-first search, one frontier per round: every source starts in the first
frontier, each node is reached once, at its smallest round. O(rows * cols) time and space."""


def propagation_rounds(grid: list[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    waiting = {(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "H"}
    frontier = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S"]
    rounds = 0
    while waiting and frontier:
        reached = []
        for r, c in frontier:
            for cell in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if cell in waiting:
                    waiting.remove(cell)
                    reached.append(cell)
        frontier = reached
        rounds += 1
    if waiting:
        return -1
    return rounds
