"""The order in which tasks run."""

from buildgraph.errors import CycleError, UnknownTask


def build_order(graph):
    """The alphabetically smallest order in which each task follows all its dependencies."""
    for task, deps in graph.items():
        for dep in deps:
            if dep not in graph:
                raise UnknownTask("%s depends on %s, which is not declared" % (task, dep))
    placed = set()
    order = []
    while len(order) < len(graph):
        ready = [t for t in graph if t not in placed and all(d in placed for d in graph[t])]
        if not ready:
            raise CycleError(sorted(t for t in graph if t not in placed))
        nxt = min(ready)
        placed.add(nxt)
        order.append(nxt)
    return order
