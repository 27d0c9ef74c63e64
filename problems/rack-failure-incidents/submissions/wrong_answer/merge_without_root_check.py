"""Wrong: decrements the count for every failing neighbour, even one already in the same group."""


def incidents_after_each_failure(rows: int, cols: int, failures: list[list[int]]) -> list[int]:
    parent = [-1] * (rows * cols)

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    groups = 0
    result = []
    for r, c in failures:
        cell = r * cols + c
        if parent[cell] == -1:
            parent[cell] = cell
            groups += 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and parent[nr * cols + nc] != -1:
                    parent[find(nr * cols + nc)] = find(cell)
                    groups -= 1
        result.append(groups)
    return result
