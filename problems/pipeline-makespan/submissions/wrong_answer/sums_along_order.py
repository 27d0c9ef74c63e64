"""Wrong: adds up durations as if one worker ran the jobs one after another."""


def pipeline_makespan(durations: list[int], dependencies: list[list[int]]) -> int:
    n = len(durations)
    indegree = [0] * n
    successors: list[list[int]] = [[] for _ in range(n)]
    for a, b in dependencies:
        successors[a].append(b)
        indegree[b] += 1
    ready = [job for job in range(n) if indegree[job] == 0]
    total = done = 0
    while ready:
        job = ready.pop()
        done += 1
        total += durations[job]
        for nxt in successors[job]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return total if done == n else -1
