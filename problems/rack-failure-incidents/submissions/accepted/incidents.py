"""Groups of failing racks under a stream of failures: union-find, near O(1) per event."""


def incidents_after_each_failure(rows: int, cols: int, failures: list[list[int]]) -> list[int]:
    parent = [-1] * (rows * cols)  # -1: healthy; otherwise the union-find parent
    size = [1] * (rows * cols)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
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
                    a, b = find(cell), find(nr * cols + nc)
                    if a != b:  # already joined through another side: no merge
                        if size[a] < size[b]:
                            a, b = b, a
                        parent[b] = a
                        size[a] += size[b]
                        groups -= 1
        result.append(groups)
    return result
