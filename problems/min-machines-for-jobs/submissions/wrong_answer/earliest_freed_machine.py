"""Wrong: reuses the machine that freed up first instead of the lowest-numbered free one.

The machine count is still right (it is the textbook one-heap solution); the assignment is not.
"""

import heapq


def min_machines(starts: list[int], durations: list[int]) -> int:
    return max(assign_machines(starts, durations), default=-1) + 1


def assign_machines(starts: list[int], durations: list[int]) -> list[int]:
    machine = [0] * len(starts)
    busy: list[tuple[int, int]] = []  # (end, id)
    opened = 0
    for i in sorted(range(len(starts)), key=starts.__getitem__):
        if busy and busy[0][0] <= starts[i]:
            machine[i] = heapq.heappop(busy)[1]
        else:
            machine[i] = opened
            opened += 1
        heapq.heappush(busy, (starts[i] + durations[i], machine[i]))
    return machine
