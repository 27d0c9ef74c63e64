"""Questions about windows of consecutive minutes."""


def count_windows(counts, total):
    """Two pointers: wrong when minutes with 0 requests make several windows share a sum."""
    found = start = running = 0
    for end, c in enumerate(counts):
        running += c
        while running > total and start <= end:
            running -= counts[start]
            start += 1
        if running == total and start <= end:
            found += 1
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
