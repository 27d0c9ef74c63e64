"""Wrong: merges only when the next window starts strictly before the end, so [1, 3) and [3, 5)
stay two spans although the fleet is under maintenance without a break."""


def merge_windows(windows: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
