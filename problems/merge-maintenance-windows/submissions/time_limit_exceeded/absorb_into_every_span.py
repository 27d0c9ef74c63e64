"""Brute force: for each window, scan every span merged so far and absorb the ones it overlaps.
O(n * spans): quadratic when the windows are mostly disjoint."""


def merge_windows(windows: list[list[int]]) -> list[list[int]]:
    spans: list[list[int]] = []
    for start, end in windows:
        kept = []
        for s, e in spans:
            if s <= end and start <= e:
                start, end = min(start, s), max(end, e)
            else:
                kept.append([s, e])
        kept.append([start, end])
        spans = kept
    return sorted(spans)
