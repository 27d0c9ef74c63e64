#!/usr/bin/env python3
"""Write the tests of cheapest-route-k-hops: `/usr/bin/python3 generators/generate.py`.

Every `expect` is computed by the Python reference in submissions/accepted/ and cross-checked
against a Dijkstra search over (region, links used) states, and on the small tests against an
enumeration of every route; random cases are seeded, so running this again reproduces the same files.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import shutil
import sys
from pathlib import Path


MODULE = "route_price.py"
ROOT = Path(__file__).resolve().parent.parent


def load_reference():
    path = ROOT / "submissions" / "accepted" / MODULE
    spec = importlib.util.spec_from_file_location("reference", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


REFERENCE = load_reference()


def write(name: str, description: str, calls: list[dict]) -> None:
    """Write data/NAME.json compactly (one call per line)."""
    path = ROOT / "data" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in calls)
    path.write_text(f'{{"description": {json.dumps(description)},\n"calls": [\n{body}\n]}}\n')


def by_states(regions, links, source, target, max_relays):
    """Independent check: Dijkstra over (region, links used) with links used <= max_relays + 1."""
    import heapq
    out = [[] for _ in range(regions)]
    for a, b, price in links:
        out[a].append((b, price))
    heap = [(0, source, 0)]
    seen = set()
    while heap:
        d, v, used = heapq.heappop(heap)
        if v == target:
            return d
        if (v, used) in seen:
            continue
        seen.add((v, used))
        if used <= max_relays:
            for w, price in out[v]:
                heapq.heappush(heap, (d + price, w, used + 1))
    return -1


def every_route(regions, links, source, target, max_relays):
    def walk(at, left):
        if at == target:
            return 0
        if left == 0:
            return None
        options = [p + r for a, b, p in links if a == at for r in [walk(b, left - 1)] if r is not None]
        return min(options) if options else None
    result = walk(source, max_relays + 1)
    return -1 if result is None else result


def call(regions, links, source, target, max_relays, brute=False) -> dict:
    args = [regions, links, source, target, max_relays]
    result = REFERENCE.cheapest_transfer(*copy.deepcopy(args))
    assert result == by_states(*args), args
    if brute:
        assert result == every_route(*args), args
    return {"call": "cheapest_transfer", "args": args, "expect": result}


def random_links(rng, regions, count, lo, hi):
    return [[a, b, rng.randint(lo, hi)] for a, b in
            ((rng.randrange(regions), rng.randrange(regions)) for _ in range(count)) if a != b]


def main() -> None:
    shutil.rmtree(ROOT / "data", ignore_errors=True)
    rng = random.Random(4242)
    links = [[0, 1, 100], [1, 2, 100], [2, 3, 100], [0, 3, 500], [0, 2, 250]]
    write("sample/1-example", "the statement's example",
          [call(4, links, 0, 3, 1, True), call(4, links, 0, 3, 2, True), call(4, links, 0, 3, 0, True)])
    write("secret/01-same-region-and-unreachable", "source equals target, no links, no route",
          [call(1, [], 0, 0, 0, True), call(3, [[0, 1, 5]], 1, 1, 0, True), call(3, [], 0, 2, 2, True),
           call(3, [[1, 0, 5], [2, 1, 5]], 0, 2, 2, True), call(2, [[1, 0, 7]], 0, 1, 1, True)])
    write("secret/02-cheaper-with-more-relays", "the cheapest route overall needs more relays than allowed",
          [call(5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [0, 4, 100]], 0, 4, 2, True),
           call(5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [0, 4, 100]], 0, 4, 3, True),
           call(4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]], 0, 3, 1, True)])
    write("secret/03-limit-is-relays-not-links", "a route of exactly max_relays + 1 links is allowed",
          [call(3, [[0, 1, 10], [1, 2, 10], [0, 2, 50]], 0, 2, 1, True),
           call(4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]], 0, 3, 2, True), call(2, [[0, 1, 9]], 0, 1, 0, True)])
    # links listed so that one in-place pass chains them all: 0->1, 1->2, 2->3 in order
    write("secret/04-chain-in-one-round", "links in route order: in-place relaxation chains them in one round",
          [call(4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 10]], 0, 3, 0, True),
           call(5, [[0, 1, 2], [1, 2, 2], [2, 3, 2], [3, 4, 2], [0, 2, 9], [2, 4, 9]], 0, 4, 1, True)])
    write("secret/05-prices-beyond-int", "routes whose prices pass 2^31 - 1",
          [call(4, [[0, 1, 10**9], [1, 2, 10**9], [2, 3, 10**9]], 0, 3, 2, True),
           call(4, [[0, 1, 10**9], [1, 2, 10**9], [2, 3, 10**9], [0, 3, 2147483647]], 0, 3, 2, True),
           call(3, [[0, 1, 1500000000], [1, 2, 1500000000]], 0, 2, 1, True)])
    write("secret/06-parallel-links-and-cycles", "several links between two regions, cycles",
          [call(3, [[0, 1, 9], [0, 1, 4], [0, 1, 7], [1, 2, 1], [1, 0, 1], [2, 0, 1]], 0, 2, 1, True),
           call(3, [[0, 1, 5], [1, 0, 1], [1, 2, 5]], 0, 2, 2, True)])
    calls = []
    for _ in range(40):
        regions = rng.randint(2, 6)
        calls.append(call(regions, random_links(rng, regions, rng.randint(0, 10), 1, 20),
                          rng.randrange(regions), rng.randrange(regions), rng.randint(0, 3), True))
    write("secret/07-random-small", "small random networks", calls)
    calls = []
    for _ in range(5):
        regions = rng.randint(50, 200)
        calls.append(call(regions, random_links(rng, regions, regions * 5, 1, 10**9), 0, regions - 1, rng.randint(0, 12)))
    write("secret/08-random-medium", "medium networks, prices up to 10^9", calls)
    # large: 1 000 regions, 6 000 links, 40 relays. Every route of up to 41 links is far too
    # many to enumerate (out-degree 6); Bellman-Ford does at most 41 rounds over 6 000 links.
    # Cheap links form a long chain, so the cheap routes need many relays and the rounds run.
    regions = 1000
    order = list(range(1, regions))
    rng.shuffle(order)
    order = [0] + order
    links = [[order[i], order[i + 1], rng.randint(1, 50)] for i in range(regions - 1)]
    links += random_links(rng, regions, 6000 - len(links), 1000, 10**9)
    rng.shuffle(links)
    target = order[35]
    write("secret/large/1-thousand-regions", "1 000 regions, 6 000 links, 40 relays",
          [call(regions, links, 0, target, 40), call(regions, links, 0, order[60], 40)])


if __name__ == "__main__":
    main()
