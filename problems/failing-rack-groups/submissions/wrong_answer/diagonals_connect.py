"""Wrong: treats diagonal neighbours as connected (8-connectivity)."""


def count_failure_groups(floor: list[str]) -> int:
    rows = len(floor)
    cols = len(floor[0]) if rows else 0
    seen = set()
    groups = 0
    for r in range(rows):
        for c in range(cols):
            if floor[r][c] != "#" or (r, c) in seen:
                continue
            groups += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny in (y - 1, y, y + 1):
                    for nx in (x - 1, x, x + 1):
                        if 0 <= ny < rows and 0 <= nx < cols and (ny, nx) not in seen and floor[ny][nx] == "#":
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return groups
