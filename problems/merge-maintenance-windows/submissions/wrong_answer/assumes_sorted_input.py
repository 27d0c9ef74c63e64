"""Wrong: merges in the order the bookings arrive, as if they were sorted by start."""


def merge_windows(windows: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
