"""Wrong: plain Dijkstra, the cheapest route with any number of relays; the limit is ignored."""

import heapq


def cheapest_transfer(regions: int, links: list[list[int]], source: int, target: int, max_relays: int) -> int:
    out: list[list[tuple[int, int]]] = [[] for _ in range(regions)]
    for a, b, price in links:
        out[a].append((b, price))
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, v = heapq.heappop(heap)
        if v == target:
            return d
        if d > dist[v]:
            continue
        for w, price in out[v]:
            if d + price < dist.get(w, d + price + 1):
                dist[w] = d + price
                heapq.heappush(heap, (d + price, w))
    return -1
