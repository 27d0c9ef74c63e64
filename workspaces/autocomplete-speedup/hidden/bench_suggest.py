"""20,000 queries, 3,000 distinct prefix lookups; print {"seconds": ...}."""

import json
import random
import time

from suggest.index import QueryIndex

rng = random.Random(17)
letters = "abcdefghijklmnopqrstuvwxyz"
queries = set()
while len(queries) < 20000:
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 8))) for _ in range(rng.randint(1, 3))]
    queries.add(" ".join(words))
queries = sorted(queries)
prefixes = []
seen = set()
for q in rng.sample(queries, 6000):
    p = q[: rng.randint(2, 5)]
    if p not in seen:
        seen.add(p)
        prefixes.append(p)
    if len(prefixes) == 3000:
        break

began = time.perf_counter()
index = QueryIndex()
for q in queries:
    index.add(q, rng.randint(1, 50))
total = 0
for p in prefixes:
    total += len(index.suggest(p, k=5))
elapsed = time.perf_counter() - began
print(json.dumps({"seconds": round(elapsed, 4), "suggestions": total}))
