"""Wrong: averages the two middle values (rounded down) instead of reporting a measured one."""
import bisect


def running_medians(latencies: list[int]) -> list[int]:
    seen: list[int] = []
    medians = []
    for latency in latencies:
        bisect.insort(seen, latency)
        k = len(seen)
        medians.append(seen[k // 2] if k % 2 else (seen[k // 2 - 1] + seen[k // 2]) // 2)
    return medians
