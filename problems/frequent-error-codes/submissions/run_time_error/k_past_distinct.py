"""Crashes: assumes there are always at least k distinct codes."""
from collections import Counter


def top_error_codes(codes: list[int], k: int) -> list[int]:
    counts = Counter(codes)
    order = sorted(counts, key=lambda code: -counts[code])  # stable: first appearance on ties
    return [order[i] for i in range(k)]
