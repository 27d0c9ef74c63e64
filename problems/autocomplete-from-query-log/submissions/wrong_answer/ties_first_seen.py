"""Wrong: on a tie keeps the completion seen first in the log, not the smallest."""
from collections import Counter


def prefix_counts(queries: list[str], prefixes: list[str]) -> list[int]:
    return [sum(1 for q in queries if q.startswith(p)) for p in prefixes]


def top_completion(queries: list[str], prefixes: list[str]) -> list[str]:
    times = Counter(queries)  # insertion order: first appearance
    result = []
    for p in prefixes:
        best, best_count = "", 0
        for q, t in times.items():
            if q.startswith(p) and t > best_count:
                best, best_count = q, t
        result.append(best)
    return result
