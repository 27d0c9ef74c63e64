"""Makespan of a DAG of jobs: Kahn's topological order with a longest-path DP, O(n + m)."""
from collections import deque


def pipeline_makespan(durations: list[int], dependencies: list[list[int]]) -> int:
    n = len(durations)
    successors: list[list[int]] = [[] for _ in range(n)]
    indegree = [0] * n
    for a, b in dependencies:
        successors[a].append(b)
        indegree[b] += 1
    start = [0] * n  # earliest start of each job, final once the job leaves the queue
    ready = deque(job for job in range(n) if indegree[job] == 0)
    done = 0
    makespan = 0
    while ready:
        job = ready.popleft()
        done += 1
        finish = start[job] + durations[job]
        makespan = max(makespan, finish)
        for nxt in successors[job]:
            start[nxt] = max(start[nxt], finish)
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return makespan if done == n else -1
