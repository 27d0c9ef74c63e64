def count_pairs_within(amounts: list[int], limit: int) -> int:
    """Sort, then two pointers from both ends. If the smallest and largest left fit together,
    the smallest fits with every amount between them: count them all and move on from it.
    Otherwise the largest fits with nothing left, so drop it. O(n log n) for the sort."""
    ordered = sorted(amounts)
    low, high = 0, len(ordered) - 1
    pairs = 0
    while low < high:
        if ordered[low] + ordered[high] <= limit:
            pairs += high - low
            low += 1
        else:
            high -= 1
    return pairs
