"""Wrong: returns the round in which the last reachable node was updated, without checking that
every healthy node was reached; cut-off nodes should make the answer -1."""

from collections import deque


def propagation_rounds(grid: list[str]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = {(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S"}
    queue = deque((cell, 0) for cell in seen)
    last = 0
    while queue:
        (r, c), rounds = queue.popleft()
        last = max(last, rounds)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "H" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append(((nr, nc), rounds + 1))
    return last
