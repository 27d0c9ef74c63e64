"""Wrong: breaks ties by the smaller code instead of the earlier first appearance."""
from collections import Counter


def top_error_codes(codes: list[int], k: int) -> list[int]:
    counts = Counter(codes)
    return sorted(counts, key=lambda code: (-counts[code], code))[:k]
