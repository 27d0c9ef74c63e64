"""Order 3,000 tasks with about three dependencies each; print {"seconds": ...}."""

import json
import random
import time

from buildgraph.order import build_order

rng = random.Random(21)
names = ["task%05d" % i for i in range(3000)]
rng.shuffle(names)
graph = {n: rng.sample(names[max(0, i - 200) : i], min(i, 3)) for i, n in enumerate(names)}

began = time.perf_counter()
order = build_order(graph)
elapsed = time.perf_counter() - began
assert len(order) == len(graph)
print(json.dumps({"seconds": round(elapsed, 4)}))
