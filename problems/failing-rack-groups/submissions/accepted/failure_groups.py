"""Connected groups of '#' in a grid, by iterative flood fill: O(rows * cols)."""


def count_failure_groups(floor: list[str]) -> int:
    rows = len(floor)
    cols = len(floor[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    groups = 0
    for r in range(rows):
        for c in range(cols):
            if floor[r][c] != "#" or seen[r][c]:
                continue
            groups += 1
            seen[r][c] = True
            stack = [(r, c)]  # an explicit stack: a group may be a path of 45 000 racks
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and not seen[ny][nx] and floor[ny][nx] == "#":
                        seen[ny][nx] = True
                        stack.append((ny, nx))
    return groups
