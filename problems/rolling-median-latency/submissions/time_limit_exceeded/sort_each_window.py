"""Brute force: sort every window: O((n - k + 1) * k log k)."""


def rolling_median(latencies: list[int], k: int) -> list[float]:
    medians = []
    for start in range(len(latencies) - k + 1):
        window = sorted(latencies[start:start + k])
        medians.append((window[(k - 1) // 2] + window[k // 2]) / 2)
    return medians
