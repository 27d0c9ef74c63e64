"""Wrong: runs max_relays rounds instead of max_relays + 1, counting relays as links: a route of
L links has L - 1 relays, so the last allowed link is never added."""

import math


def cheapest_transfer(regions: int, links: list[list[int]], source: int, target: int, max_relays: int) -> int:
    best = [math.inf] * regions
    best[source] = 0
    for _ in range(max_relays):
        previous = best[:]  # relax only from last round's prices: one more link per round
        changed = False
        for a, b, price in links:
            if previous[a] + price < best[b]:
                best[b] = previous[a] + price
                changed = True
        if not changed:
            break  # more links cannot help any more
    return -1 if best[target] == math.inf else best[target]
