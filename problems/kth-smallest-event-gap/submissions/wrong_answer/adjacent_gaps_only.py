"""Wrong: sorts and ranks only the gaps between neighbours, missing every wider pair."""


def kth_smallest_gap(times: list[int], k: int) -> int:
    ordered = sorted(times)
    gaps = sorted(b - a for a, b in zip(ordered, ordered[1:]))
    return gaps[min(k, len(gaps)) - 1]
