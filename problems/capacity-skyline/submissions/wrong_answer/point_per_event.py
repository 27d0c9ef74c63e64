"""Wrong: handles one start or end event at a time and records the floor after each, so when one
reservation ends and another starts at the same time the outline gets two points at that time
(a dip to the lower floor that never happens)."""

import heapq


def capacity_outline(reservations: list[list[int]]) -> list[list[int]]:
    # ends (kind 0) before starts (kind 1) at the same time
    events = sorted([(end, 0, 0, 0) for _, end, _ in reservations]
                    + [(start, 1, capacity, end) for start, end, capacity in reservations])
    active: list[tuple[int, int]] = []
    outline: list[list[int]] = []
    for time, kind, capacity, end in events:
        if kind == 1:
            heapq.heappush(active, (-capacity, end))
        while active and active[0][1] <= time:
            heapq.heappop(active)
        floor = -active[0][0] if active else 0
        if not outline or outline[-1][1] != floor:
            outline.append([time, floor])
    return outline
