"""Crashes: a memoised recursive DFS is O(n + m) but overflows the stack on a long chain."""
from functools import lru_cache


def pipeline_makespan(durations: list[int], dependencies: list[list[int]]) -> int:
    n = len(durations)
    predecessors: list[list[int]] = [[] for _ in range(n)]
    for a, b in dependencies:
        predecessors[b].append(a)
    state = [0] * n  # 0 new, 1 on the stack, 2 done

    @lru_cache(maxsize=None)
    def finish(job: int) -> int:
        if state[job] == 1:
            raise ValueError("cycle")
        state[job] = 1
        start = max((finish(before) for before in predecessors[job]), default=0)
        state[job] = 2
        return start + durations[job]

    try:
        return max((finish(job) for job in range(n)), default=0)
    except ValueError:
        return -1
