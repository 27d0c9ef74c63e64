"""Time both questions on 6,000 minutes; print {"seconds": ...}."""

import json
import random
import time

from traffic.windows import count_windows, longest_quiet_window

rng = random.Random(99)
counts = [rng.choice([0, 1, 2, 3, 4, 5, 8, 13]) for _ in range(6000)]

began = time.perf_counter()
found = count_windows(counts, 40)
longest = longest_quiet_window(counts, 60)
elapsed = time.perf_counter() - began
print(json.dumps({"seconds": round(elapsed, 4), "windows": found, "longest": longest}))
