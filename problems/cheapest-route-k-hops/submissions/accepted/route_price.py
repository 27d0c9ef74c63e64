"""Bellman-Ford limited to max_relays + 1 rounds: after round r, best[v] is the cheapest price of
reaching v with at most r links. O((max_relays + 1) * links) time, O(regions) space."""

import math


def cheapest_transfer(regions: int, links: list[list[int]], source: int, target: int, max_relays: int) -> int:
    best = [math.inf] * regions
    best[source] = 0
    for _ in range(max_relays + 1):
        previous = best[:]  # relax only from last round's prices: one more link per round
        changed = False
        for a, b, price in links:
            if previous[a] + price < best[b]:
                best[b] = previous[a] + price
                changed = True
        if not changed:
            break  # more links cannot help any more
    return -1 if best[target] == math.inf else best[target]
