def longest_unique_run(pages: list[int]) -> int:
    """Sliding window; the left edge jumps past the previous view of the page just seen: O(n)."""
    last_seen: dict[int, int] = {}
    left = 0
    best = 0
    for right, page in enumerate(pages):
        previous = last_seen.get(page)
        if previous is not None and previous >= left:
            left = previous + 1
        last_seen[page] = right
        best = max(best, right - left + 1)
    return best
