"""Questions about windows of consecutive minutes."""


def count_windows(counts, total):
    """How many windows of consecutive minutes sum to exactly total (prefix sums seen so far)."""
    seen = {0: 1}
    prefix = found = 0
    for c in counts:
        prefix += c
        found += seen.get(prefix - total, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return found


def longest_quiet_window(counts, limit):
    """The length of the longest window whose sum is at most limit (counts are never negative)."""
    best = start = running = 0
    for end, c in enumerate(counts):
        running += c
        while running > limit:
            running -= counts[start]
            start += 1
        best = max(best, end - start + 1)
    return best
