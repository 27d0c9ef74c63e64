"""Wrong: treats a job as still running at its end time, so back-to-back jobs need two machines."""

import heapq


def min_machines(starts: list[int], durations: list[int]) -> int:
    ends: list[int] = []
    for i in sorted(range(len(starts)), key=starts.__getitem__):
        if ends and ends[0] < starts[i]:
            heapq.heapreplace(ends, starts[i] + durations[i])
        else:
            heapq.heappush(ends, starts[i] + durations[i])
    return len(ends)


def assign_machines(starts: list[int], durations: list[int]) -> list[int]:
    machine = [0] * len(starts)
    free: list[int] = []
    busy: list[tuple[int, int]] = []
    opened = 0
    for i in sorted(range(len(starts)), key=starts.__getitem__):
        while busy and busy[0][0] < starts[i]:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            machine[i] = heapq.heappop(free)
        else:
            machine[i] = opened
            opened += 1
        heapq.heappush(busy, (starts[i] + durations[i], machine[i]))
    return machine
