"""Wrong: breaks ties between equal start times by duration, not by position in the queue."""

import heapq


def min_machines(starts: list[int], durations: list[int]) -> int:
    return max(assign_machines(starts, durations), default=-1) + 1


def assign_machines(starts: list[int], durations: list[int]) -> list[int]:
    machine = [0] * len(starts)
    free: list[int] = []
    busy: list[tuple[int, int]] = []
    opened = 0
    for i in sorted(range(len(starts)), key=lambda j: (starts[j], durations[j])):
        while busy and busy[0][0] <= starts[i]:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            machine[i] = heapq.heappop(free)
        else:
            machine[i] = opened
            opened += 1
        heapq.heappush(busy, (starts[i] + durations[i], machine[i]))
    return machine
