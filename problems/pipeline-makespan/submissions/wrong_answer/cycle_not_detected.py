"""Wrong: runs Kahn's algorithm but never checks that every job left the queue."""
from collections import deque


def pipeline_makespan(durations: list[int], dependencies: list[list[int]]) -> int:
    n = len(durations)
    successors: list[list[int]] = [[] for _ in range(n)]
    indegree = [0] * n
    for a, b in dependencies:
        successors[a].append(b)
        indegree[b] += 1
    start = [0] * n
    ready = deque(job for job in range(n) if indegree[job] == 0)
    makespan = 0
    while ready:
        job = ready.popleft()
        finish = start[job] + durations[job]
        makespan = max(makespan, finish)
        for nxt in successors[job]:
            start[nxt] = max(start[nxt], finish)
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return makespan
