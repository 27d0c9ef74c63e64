"""The order in which tasks run."""

import heapq

from buildgraph.errors import CycleError, UnknownTask


def build_order(graph):
    """The alphabetically smallest order in which each task follows all its dependencies."""
    waiting = {}
    dependents = {task: [] for task in graph}
    for task, deps in graph.items():
        unique = set(deps)
        for dep in unique:
            if dep not in graph:
                raise UnknownTask("%s depends on %s, which is not declared" % (task, dep))
            dependents[dep].append(task)
        waiting[task] = len(unique)
    ready = [task for task, n in waiting.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for nxt in dependents[task]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, nxt)
    if len(order) < len(graph):
        placed = set(order)
        raise CycleError(sorted(t for t in graph if t not in placed))
    return order
