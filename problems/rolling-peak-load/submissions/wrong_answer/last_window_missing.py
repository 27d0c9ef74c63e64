"""Wrong: loops over range(n - k) starts, one short; the last window is never reported."""


def rolling_peak(loads: list[int], k: int) -> list[int]:
    return [max(loads[i:i + k]) for i in range(len(loads) - k)]
