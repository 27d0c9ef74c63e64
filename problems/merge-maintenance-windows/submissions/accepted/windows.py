def merge_windows(windows: list[list[int]]) -> list[list[int]]:
    """Sort by start, then extend the last merged span while the next window starts at or before
    its end (half-open spans that touch leave no gap). O(n log n) time, O(n) for the result."""
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
