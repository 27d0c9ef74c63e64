import json
import time

from pairs.count import count_pairs

values = [i % 997 for i in range(9000)]
began = time.perf_counter()
found = count_pairs(values, 996)
elapsed = time.perf_counter() - began
print(json.dumps({"seconds": round(elapsed, 4), "pairs": found}))
