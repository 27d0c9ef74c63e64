"""Time min_rooms and assign_rooms on a busy day; print {"seconds": ...}."""

import json
import random
import time

from roomplanner.models import Meeting
from roomplanner.rooms import assign_rooms, min_rooms

rng = random.Random(2024)
day = []
for i in range(6000):
    start = rng.randint(0, 20 * 60)
    day.append(Meeting("m%d" % i, start, start + rng.randint(15, 120)))

began = time.perf_counter()
rooms = min_rooms(day)
assigned = assign_rooms(day)
elapsed = time.perf_counter() - began
assert max(assigned) + 1 == rooms, "the assignment uses more rooms than needed"
print(json.dumps({"seconds": round(elapsed, 4), "rooms": rooms}))
