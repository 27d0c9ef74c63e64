"""Wrong: starts the latency at 0, leaving out the first chip's delay."""
import heapq


def min_latency(mesh: list[str]) -> int:
    rows = len(mesh)
    cols = len(mesh[0]) if rows else 0
    if rows == 0 or cols == 0 or mesh[0][0] == "#" or mesh[-1][-1] == "#":
        return -1
    dist = {}
    heap = [(0, 0, 0)]
    while heap:
        d, r, c = heapq.heappop(heap)
        if (r, c) in dist:
            continue
        dist[(r, c)] = d
        if (r, c) == (rows - 1, cols - 1):
            return d
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and mesh[nr][nc] != "#" and (nr, nc) not in dist:
                heapq.heappush(heap, (d + int(mesh[nr][nc]), nr, nc))
    return -1
