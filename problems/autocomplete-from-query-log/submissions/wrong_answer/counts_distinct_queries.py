"""Wrong: counts distinct queries under a prefix instead of log entries (searches)."""
from collections import Counter


def prefix_counts(queries: list[str], prefixes: list[str]) -> list[int]:
    distinct = set(queries)
    return [sum(1 for q in distinct if q.startswith(p)) for p in prefixes]


def top_completion(queries: list[str], prefixes: list[str]) -> list[str]:
    times = Counter(queries)
    result = []
    for p in prefixes:
        matches = [q for q in times if q.startswith(p)]
        result.append(min(matches, key=lambda q: (-times[q], q)) if matches else "")
    return result
