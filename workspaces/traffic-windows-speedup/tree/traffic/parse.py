"""Read per-minute counts from the access-log summary."""


def read_counts(lines):
    """'HH:MM count' lines -> counts in order; a missing minute counts 0 requests."""
    counts = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        clock, value = line.split()
        hours, minutes = clock.split(":")
        counts[int(hours) * 60 + int(minutes)] = int(value)
    if not counts:
        return []
    first, last = min(counts), max(counts)
    return [counts.get(m, 0) for m in range(first, last + 1)]
