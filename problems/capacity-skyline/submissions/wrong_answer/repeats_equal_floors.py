"""Wrong: emits a point whenever a different reservation takes the top of the heap, not when the
floor's value changes, so touching or overlapping reservations of equal capacity repeat a floor."""

import heapq


def capacity_outline(reservations: list[list[int]]) -> list[list[int]]:
    by_start = sorted(reservations)
    times = sorted({t for start, end, _ in reservations for t in (start, end)})
    active: list[tuple[int, int, int]] = []  # (-capacity, end, index)
    outline: list[list[int]] = []
    top = None
    nxt = 0
    for time in times:
        while nxt < len(by_start) and by_start[nxt][0] == time:
            heapq.heappush(active, (-by_start[nxt][2], by_start[nxt][1], nxt))
            nxt += 1
        while active and active[0][1] <= time:
            heapq.heappop(active)
        now = active[0] if active else None
        if now != top:
            outline.append([time, -now[0] if now else 0])
        top = now
    return outline
