"""Sweep the distinct start and end times in order with a max-heap of active reservations keyed by
capacity; expired ones are dropped lazily when they reach the top. O(n log n)."""

import heapq


def capacity_outline(reservations: list[list[int]]) -> list[list[int]]:
    by_start = sorted(reservations)
    times = sorted({t for start, end, _ in reservations for t in (start, end)})
    active: list[tuple[int, int]] = []  # (-capacity, end)
    outline: list[list[int]] = []
    nxt = 0
    for time in times:
        while nxt < len(by_start) and by_start[nxt][0] == time:
            _, end, capacity = by_start[nxt]
            heapq.heappush(active, (-capacity, end))
            nxt += 1
        while active and active[0][1] <= time:
            heapq.heappop(active)  # ended at or before `time`: [start, end) is half-open
        floor = -active[0][0] if active else 0
        if not outline or outline[-1][1] != floor:
            outline.append([time, floor])
    return outline
