"""Lowest-latency route on a chip mesh: Dijkstra with a binary heap, O(V log V)."""
import heapq


def min_latency(mesh: list[str]) -> int:
    rows = len(mesh)
    cols = len(mesh[0]) if rows else 0
    if rows == 0 or cols == 0 or mesh[0][0] == "#" or mesh[-1][-1] == "#":
        return -1
    delay = [0 if ch == "#" else int(ch) for row in mesh for ch in row]
    target = rows * cols - 1
    dist = [-1] * (rows * cols)  # -1: not settled
    heap = [(delay[0], 0)]
    while heap:
        d, cell = heapq.heappop(heap)
        if dist[cell] >= 0:
            continue  # a stale entry: the cell was settled with a smaller latency
        dist[cell] = d
        if cell == target:
            return d
        r, c = divmod(cell, cols)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                nxt = nr * cols + nc
                if delay[nxt] and dist[nxt] < 0:
                    heapq.heappush(heap, (d + delay[nxt], nxt))
    return -1
