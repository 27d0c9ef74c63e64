"""Brute force: take the max of each window's slice: O((n - k + 1) * k)."""


def rolling_peak(loads: list[int], k: int) -> list[int]:
    return [max(loads[i:i + k]) for i in range(len(loads) - k + 1)]
