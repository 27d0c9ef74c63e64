"""Crashes: a recursive flood fill is O(cells) but exceeds the recursion limit on a long group."""


def count_failure_groups(floor: list[str]) -> int:
    rows = len(floor)
    cols = len(floor[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]

    def fill(y: int, x: int) -> None:
        if not (0 <= y < rows and 0 <= x < cols) or seen[y][x] or floor[y][x] != "#":
            return
        seen[y][x] = True
        fill(y - 1, x)
        fill(y + 1, x)
        fill(y, x - 1)
        fill(y, x + 1)

    groups = 0
    for r in range(rows):
        for c in range(cols):
            if floor[r][c] == "#" and not seen[r][c]:
                groups += 1
                fill(r, c)
    return groups
