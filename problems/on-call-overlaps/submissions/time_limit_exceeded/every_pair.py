"""Brute force: intersect every shift of one list with every shift of the other. O(n * m)."""


def overlaps(first: list[list[int]], second: list[list[int]]) -> list[list[int]]:
    shared: list[list[int]] = []
    for a_start, a_end in first:
        for b_start, b_end in second:
            start, end = max(a_start, b_start), min(a_end, b_end)
            if start < end:
                shared.append([start, end])
    shared.sort()
    return shared
