"""Brute force: at every start and end time, scan all reservations for the largest active one: O(n^2)."""


def capacity_outline(reservations: list[list[int]]) -> list[list[int]]:
    outline: list[list[int]] = []
    for time in sorted({t for start, end, _ in reservations for t in (start, end)}):
        floor = max((c for start, end, c in reservations if start <= time < end), default=0)
        if not outline or outline[-1][1] != floor:
            outline.append([time, floor])
    return outline
