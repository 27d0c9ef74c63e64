"""Brute force: Kruskal's order, but each cable asks "already connected?" with a BFS over the
cables bought so far: O(E * (V + E))."""

from collections import deque


def cheapest_cabling(racks: int, cables: list[list[int]]) -> int:
    neighbours: list[list[int]] = [[] for _ in range(racks)]
    total = 0
    bought = 0
    for a, b, cost in sorted(cables, key=lambda cable: cable[2]):
        seen = [False] * racks
        seen[a] = True
        queue = deque([a])
        while queue:
            rack = queue.popleft()
            for other in neighbours[rack]:
                if not seen[other]:
                    seen[other] = True
                    queue.append(other)
        if seen[b]:
            continue
        neighbours[a].append(b)
        neighbours[b].append(a)
        total += cost
        bought += 1
    return total if bought == racks - 1 else -1
