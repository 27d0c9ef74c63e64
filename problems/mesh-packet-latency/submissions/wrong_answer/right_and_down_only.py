"""Wrong: a DP that only moves right or down, so it cannot route around failed chips."""


def min_latency(mesh: list[str]) -> int:
    rows = len(mesh)
    cols = len(mesh[0]) if rows else 0
    if rows == 0 or cols == 0:
        return -1
    inf = float("inf")
    best = [[inf] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if mesh[r][c] == "#":
                continue
            before = 0 if r == c == 0 else min(best[r - 1][c] if r else inf, best[r][c - 1] if c else inf)
            best[r][c] = before + int(mesh[r][c])
    return -1 if best[-1][-1] == inf else int(best[-1][-1])
